package io.caimira.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Gatling run in its own JVM (the test classpath), bounded in time: killed when it outlives its limit. Its
 * results (simulation.log) go below {@code resultsDir}, its console output to {@code gatling-console.log} there.
 * No HTML report is written (that would need the Highcharts module, which is not open source).
 *
 * <p>Nothing leaves the machine: the HTTP stack's warm-up (to an external site by default) is switched off in the
 * simulation, the anonymous usage statistics here, and the JVM's own HTTPS connections (Gatling's check for a newer
 * release) are sent to a closed loopback port.
 */
final class GatlingRun {
  /** The exit code and the console output of a finished run. */
  record Result(int exitCode, String console) {}

  private GatlingRun() {}

  static Result run(Class<?> simulation, Path resultsDir, Map<String, String> properties, Duration limit)
      throws IOException, InterruptedException {
    Files.createDirectories(resultsDir);
    Path console = resultsDir.resolve("gatling-console.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        // Gatling reads String internals for its log writer
        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
        "-Dlogback.configurationFile=io/caimira/e2e/load/logback.xml",
        "-Dgatling.data.enableAnalytics=false",
        "-Dhttps.proxyHost=127.0.0.1",
        "-Dhttps.proxyPort=9"));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-cp", classpath(), "io.gatling.app.Gatling",
        "--simulation", simulation.getName(),
        "--results-folder", resultsDir.toString(),
        "--no-reports"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the Gatling run did not end within " + limit + "; its output so far:\n"
            + Files.readString(console));
      }
      return new Result(process.exitValue(), Files.readString(console));
    } finally {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Surefire runs the tests from a manifest-only jar; the real test classpath is in this property. */
  private static String classpath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
