package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The Java library as an integrator gets it: .ci/publish-library (what the GitLab pipeline runs on a vX.Y.Z tag)
 * publishes the parent pom, model and calculator with their sources and javadoc jars to a local file repository,
 * from a copy of the project; then the example consumer project (docs/library-example) is compiled against that
 * repository and run.
 */
class LibraryPublishE2eTest {

  @Test
  void publishedLibraryCompilesAndRunsInAConsumerProject() throws Exception {
    Path root = Path.of(System.getProperty("caimira.root", "..")).toAbsolutePath().normalize();
    Path work = Files.createDirectories(root.resolve("e2e/target/library-publish"));
    deleteTree(work);
    Path project = Files.createDirectories(work.resolve("project"));
    Path repository = Files.createDirectories(work.resolve("repository"));
    copyProject(root, project);
    // a version of its own, so that nothing cached from an earlier run can stand in for the published files
    String version = "1.0.0-libtest." + System.currentTimeMillis();
    try {
      String published = run(project, work.resolve("publish.log"), "bash", ".ci/publish-library", version,
          repository.toUri().toString());
      assertThat(published).contains("BUILD SUCCESS");
      for (String artifact : List.of("caimira-model", "caimira-calculator")) {
        Path dir = repository.resolve("io/caimira/" + artifact + "/" + version);
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
          assertThat(dir.resolve(artifact + "-" + version + suffix)).as(artifact + suffix).isRegularFile();
        }
      }
      assertThat(repository.resolve("io/caimira/caimira-parent/" + version + "/caimira-parent-" + version + ".pom"))
          .isRegularFile();
      try (ZipFile javadoc = new ZipFile(repository.resolve("io/caimira/caimira-calculator/" + version
          + "/caimira-calculator-" + version + "-javadoc.jar").toFile())) {
        assertThat(javadoc.getEntry("io/caimira/calculator/Caimira.html")).as("the entry point's javadoc").isNotNull();
      }

      // deploying installed the artifacts in the local repository too: the consumer must fetch them
      forgetLocally(version);
      String output = run(project, work.resolve("consumer.log"), "./mvnw", "-B", "-f",
          "docs/library-example/pom.xml", "-Dcaimira.version=" + version,
          "-Dcaimira.repository=" + repository.toUri(), "compile", "exec:java");
      assertThat(output).contains("BUILD SUCCESS", "masks none: P(infection)", "masks FFP2: P(infection)",
          "CO2 fit: air changes", "\"total_times\":[8.0,9.0,10.0]", "refused: room_volume: room_volume must be");
      assertThat(output).as("resolved from the published repository")
          .contains("Downloaded from caimira: " + repository.toUri() + "io/caimira/caimira-calculator/" + version);
    } finally {
      forgetLocally(version);
    }
  }

  private static void forgetLocally(String version) throws IOException {
    Path localRepository = localRepository().resolve("io/caimira");
    for (String artifact : List.of("caimira-parent", "caimira-model", "caimira-calculator")) {
      deleteTree(localRepository.resolve(artifact).resolve(version));
    }
  }

  /** The project's files without build outputs and Git's data. */
  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(p);
        if (relative.toString().isEmpty() || excluded(relative)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static boolean excluded(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals(".git") || name.equals(".m2")) {
        return true;
      }
    }
    return false;
  }

  private static String run(Path dir, Path log, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + tail(output)).isZero();
    return output;
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** Maven's local repository: -Dmaven.repo.local of MAVEN_OPTS (as in the GitLab pipeline), else ~/.m2. */
  private static Path localRepository() {
    String opts = System.getenv().getOrDefault("MAVEN_OPTS", "");
    Matcher m = Pattern.compile("-Dmaven\\.repo\\.local=(\\S+)").matcher(opts);
    return m.find() ? Path.of(m.group(1)) : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
