package io.caimira.webapp.pages;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The profiler's Java Flight Recorder sessions: at most one running recording (JFR's "profile" settings without
 * the events that hold the environment, system properties and command lines, {@link #LEAKY_EVENTS}); a stopped
 * one is written to {@code <CAIMIRA_PROFILER_CACHE_DIR>/caimira-profiler/<id>.jfr} (default: the system temporary
 * directory), to be opened with JDK Mission Control or {@code jfr print}.
 */
@Singleton
public class Recordings {
  private static final Pattern ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[A-Za-z0-9_-]{1,40}");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
      .withZone(ZoneOffset.UTC);
  private static final String SUFFIX = ".jfr";
  /**
   * The events of the "profile" settings that would carry secrets into a file meant to be downloaded and shared:
   * the environment (COOKIE_SECRET, CLIENT_SECRET...), the system properties and the JVM's command line (where
   * -D options may hold them), and the command lines of the machine's and the server's processes.
   */
  static final List<String> LEAKY_EVENTS = List.of("jdk.InitialEnvironmentVariable", "jdk.InitialSystemProperty",
      "jdk.JVMInformation", "jdk.SystemProcess", "jdk.ProcessStart");

  /** A stored recording. */
  public record Stored(String id, long bytes) {
    /** The size in KiB, rounded up. */
    public long kib() {
      return (bytes + 1023) / 1024;
    }
  }

  private final Path dir;
  private Recording active;
  private String activeId;

  Recordings(@ConfigProperty(name = "CAIMIRA_PROFILER_CACHE_DIR") Optional<String> cacheDir) {
    this.dir = Path.of(cacheDir.orElse(System.getProperty("java.io.tmpdir")), "caimira-profiler");
  }

  /** The id of the running recording, or null. */
  public synchronized String activeId() {
    return activeId;
  }

  /** Starts a recording named after {@code name} unless one is running. */
  public synchronized void start(String name) {
    if (active != null) {
      return;
    }
    String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_-]", "_");
    safe = safe.isEmpty() ? "session" : safe.substring(0, Math.min(40, safe.length()));
    try {
      Recording recording = new Recording(Configuration.getConfiguration("profile"));
      LEAKY_EVENTS.forEach(recording::disable);
      recording.setName("caimira-" + safe);
      recording.start();
      active = recording;
      activeId = STAMP.format(Instant.now()) + "-" + safe;
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("the JFR profile settings cannot be read", e);
    }
  }

  /** Stops the running recording, if any, and stores it. */
  public synchronized void stop() {
    if (active == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      active.stop();
      active.dump(dir.resolve(activeId + SUFFIX));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      active.close();
      active = null;
      activeId = null;
    }
  }

  /** The stored recordings, newest first. */
  public synchronized List<Stored> list() {
    List<Stored> stored = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return stored;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path file : files) {
        String id = file.getFileName().toString().replace(SUFFIX, "");
        if (ID.matcher(id).matches()) {
          stored.add(new Stored(id, Files.size(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stored.sort(Comparator.comparing(Stored::id).reversed());
    return stored;
  }

  /** The file of a stored recording; empty for an unknown id. */
  public Optional<Path> file(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Path file = dir.resolve(id + SUFFIX);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Deletes every stored recording (not while one is running). */
  public synchronized void clear() {
    if (active != null) {
      return;
    }
    for (Stored s : list()) {
      try {
        Files.deleteIfExists(dir.resolve(s.id() + SUFFIX));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
