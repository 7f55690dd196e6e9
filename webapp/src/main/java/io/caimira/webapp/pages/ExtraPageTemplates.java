package io.caimira.webapp.pages;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the template of an extra page: first in the operator's directory ({@code CAIMIRA_EXTRA_PAGES_DIR}, read
 * once at start-up), then among the application's own templates under {@code templates/pages/}. A trailing ".j2"
 * of upstream's names may be left out of the file. Names that would leave the directory (absolute, or with a
 * ".." part, or through a link pointing outside it) are refused.
 */
final class ExtraPageTemplates {
  static final String FOLDER = "pages/";

  private final Engine engine;
  private final Path directory;

  ExtraPageTemplates(Engine engine, Optional<String> directory) {
    this.engine = engine;
    this.directory = directory.filter(d -> !d.isBlank()).map(d -> Path.of(d.trim())).orElse(null);
  }

  /** Whether a file name stays inside its directory: relative, no ".." part, no backslash, not empty. */
  static boolean safeName(String filename) {
    if (filename == null || filename.isBlank() || filename.contains("\\") || filename.startsWith("/")) {
      return false;
    }
    try {
      Path p = Path.of(filename);
      if (p.isAbsolute()) {
        return false;
      }
      for (Path part : p) {
        if (part.toString().equals("..")) {
          return false;
        }
      }
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The template of a page, or null when the name is refused or no such template exists. */
  Template find(String filename) {
    if (!safeName(filename)) {
      return null;
    }
    Template template = fromDirectory(filename);
    if (template == null && filename.endsWith(".j2")) {
      template = fromDirectory(strip(filename));
    }
    if (template == null) {
      template = engine.getTemplate(FOLDER + filename);
    }
    if (template == null && filename.endsWith(".j2")) {
      template = engine.getTemplate(FOLDER + strip(filename));
    }
    return template;
  }

  private static String strip(String filename) {
    return filename.substring(0, filename.length() - 3);
  }

  private Template fromDirectory(String filename) {
    if (directory == null || !Files.isDirectory(directory)) {
      return null;
    }
    try {
      Path base = directory.toRealPath();
      Path file = base.resolve(filename).normalize();
      if (!file.startsWith(base) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(base)) {
        return null;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return engine.parse(text, Variant.forContentType(Variant.TEXT_HTML), "extra-pages/" + base.relativize(file));
    } catch (IOException e) {
      throw new UncheckedIOException("EXTRA_PAGES: cannot read " + filename + " in " + directory, e);
    }
  }

  /** Where templates are looked up, for messages. */
  String where() {
    return directory == null ? FOLDER : directory + " or " + FOLDER;
  }
}
