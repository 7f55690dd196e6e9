package io.caimira.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web calculator with the API under /api, started as {@code ./caimira serve} starts it (its runner jar in a
 * separate JVM, {@code -Dcaimira.api.path-prefix=/api}), on a free port of 127.0.0.1, with a bounded heap and a GC
 * log from which the peak heap is read. Its output goes to a log file, read for OutOfMemoryError.
 */
final class Server implements AutoCloseable {
  static final String RUNNER_JAR = "webapp/target/quarkus-app/quarkus-run.jar";
  private static final Pattern GC_LINE = Pattern.compile("\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

  final String base;
  final String heap;
  final Duration reportTimeout;
  private final Process process;
  private final Path log;
  private long logChecked;

  private Server(String base, String heap, Duration reportTimeout, Process process, Path log) {
    this.base = base;
    this.heap = heap;
    this.reportTimeout = reportTimeout;
    this.process = process;
    this.log = log;
  }

  /** The runner jar of this checkout, or null when the webapp is not packaged. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("caimira.root", "..")).resolve(RUNNER_JAR).normalize();
    return Files.isRegularFile(jar) ? jar : null;
  }

  /** Starts server number {@code n} (its logs: server-n.log, gc-n.log under {@code out}). */
  static Server start(Path jar, Path out, int n, String heap, Duration reportTimeout) throws IOException,
      InterruptedException {
    Files.createDirectories(out);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = out.resolve("server-" + n + ".log");
    Path gcLog = out.resolve("gc-" + n + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog + "::filecount=0",
        "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1", "-Dcaimira.api.path-prefix=/api",
        "-Dcaimira.reports.timeout=" + reportTimeout.toSeconds() + "s", "-jar", jar.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // never left running, whatever happens to this JVM's tests
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    Server server = new Server("http://127.0.0.1:" + port, heap, reportTimeout, process, log);
    try {
      server.awaitReady(Duration.ofSeconds(120));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped (exit " + process.exitValue() + "):\n" + tail());
      }
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server was not ready after " + timeout + ":\n" + tail());
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Lines of the server's log written since the last call that mention an OutOfMemoryError. */
  List<String> newOutOfMemoryLines() throws IOException {
    List<String> found = new ArrayList<>();
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      if (length <= logChecked) {
        return found;
      }
      file.seek(logChecked);
      byte[] bytes = new byte[(int) Math.min(length - logChecked, 64L << 20)];
      file.readFully(bytes);
      logChecked += bytes.length;
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (line.contains("OutOfMemoryError")) {
          found.add(line.length() > 300 ? line.substring(0, 300) : line);
        }
      }
    }
    return found;
  }

  /**
   * The largest heap occupancy seen by the collector, in MB: before a collection (how full the heap got, live data
   * and garbage) and after a full one (the live data; -1 when there was none, or when unknown).
   */
  static long[] peakHeapMb(Path out) throws IOException {
    long[] peak = {-1, -1};
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path p : files.filter(f -> f.getFileName().toString().matches("gc-\\d+\\.log")).toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    for (String line : lines) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        peak[0] = Math.max(peak[0], Long.parseLong(m.group(1)));
        // only a full collection leaves nothing but live data; a young one keeps the old generation's garbage
        if (line.contains("Pause Full")) {
          peak[1] = Math.max(peak[1], Long.parseLong(m.group(2)));
        }
      }
    }
    return peak;
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  @Override
  public void close() {
    process.destroy();
    boolean interrupted = Thread.interrupted();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
