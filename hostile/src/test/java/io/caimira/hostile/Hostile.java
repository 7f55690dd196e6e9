package io.caimira.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The run's shared state (the server, the client, the tally) and the one check of every generated request: an
 * answer in time and no 5xx, then, after every few requests or after any slow or failed one, an ordinary report
 * answered promptly and no OutOfMemoryError in the server's log.
 */
final class Hostile {
  /** A refusal (4xx) must be at least this fast. */
  static final double REFUSAL_SECONDS = Double.parseDouble(System.getProperty("hostile.refusal-seconds", "2"));
  /** The ordinary report after hostile requests must be at least this fast. */
  static final double CANARY_SECONDS = Double.parseDouble(System.getProperty("hostile.canary-seconds", "5"));
  /** An ordinary report is checked after this many hostile requests (and after any slow or failed one). */
  static final int CANARY_EVERY = Integer.getInteger("hostile.canary-every", 10);

  static final Tally TALLY = new Tally();
  static Server server;
  static Client client;
  private static boolean poisoned;
  private static int sinceCanary;
  private static int started;

  private Hostile() {}

  static Path out() {
    return Path.of(System.getProperty("hostile.out", "target/hostile"));
  }

  static String heap() {
    return System.getProperty("hostile.heap", "384m");
  }

  static Duration reportTimeout() {
    return Duration.parse("PT" + System.getProperty("hostile.report-timeout", "20s").toUpperCase(Locale.ROOT));
  }

  static synchronized void start() throws IOException, InterruptedException {
    if (started == 0) {
      clean(out());
    }
    server = Server.start(Server.jar(), out(), ++started, heap(), reportTimeout());
    client = new Client(server.base, TALLY);
    poisoned = false;
  }

  private static void clean(Path out) throws IOException {
    if (java.nio.file.Files.isDirectory(out)) {
      try (var files = java.nio.file.Files.list(out)) {
        for (Path f : files.filter(f -> f.getFileName().toString().matches("(server|gc)-\\d+\\.log")).toList()) {
          java.nio.file.Files.delete(f);
        }
      }
    }
  }

  /**
   * A fresh server when a failure left the current one busy or broken, so that the next request (a shrinking step,
   * or the next property) tests something.
   */
  static synchronized void restartIfPoisoned() {
    if (poisoned) {
      TALLY.restarts++;
      try {
        TALLY.outOfMemory.addAll(server.newOutOfMemoryLines());
        server.close();
        start();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static synchronized String stop() throws IOException {
    if (server == null) {
      return "";
    }
    TALLY.outOfMemory.addAll(server.newOutOfMemoryLines());
    long[] peak = Server.peakHeapMb(out());
    server.close();
    server = null;
    return TALLY.write(out(), peak, heap());
  }

  /** Sends one hostile request and checks the answer, then the server's health when it is time to. */
  static synchronized Answer check(Attack attack) {
    if (Thread.currentThread().isInterrupted()) {
      // a shrinking step that jqwik abandoned at its time bound: send nothing more
      throw new AssertionError("shrinking stopped at its time bound");
    }
    restartIfPoisoned();
    double limit = reportTimeout().toSeconds();
    Answer answer = client.send(attack, reportTimeout().plusSeconds(10));
    TALLY.record(attack, answer);
    String problem = null;
    if (answer.status() < 0 && answer.failure().contains("Header size too big")) {
      problem = "answer headers too large for the client (over 384 kB: a huge Location?)";
    } else if (answer.status() < 0) {
      problem = "no answer within " + (limit + 10) + " s, or the connection failed";
    } else if (answer.status() >= 500) {
      problem = "5xx";
    } else if (answer.refusal() && answer.seconds() > REFUSAL_SECONDS) {
      problem = "refusal slower than " + REFUSAL_SECONDS + " s";
    } else if (answer.seconds() > limit) {
      problem = "answer slower than the report time limit (" + limit + " s)";
    }
    sinceCanary++;
    String health = null;
    if (problem != null || answer.seconds() > 1 || sinceCanary >= CANARY_EVERY) {
      health = health();
    }
    if (problem == null && health != null) {
      problem = "server unhealthy after it";
    }
    if (problem != null) {
      poisoned = poisoned || health != null || answer.status() < 0;
      TALLY.failure(attack, problem, answer + (health == null ? "" : "; then " + health));
      throw new AssertionError(problem + "\n  request: " + attack + "\n  answer:  " + answer
          + (health == null ? "" : "\n  then:    " + health));
    }
    return answer;
  }

  /** Null when an ordinary report is answered promptly and the log shows no OutOfMemoryError; else the problem. */
  static String health() {
    sinceCanary = 0;
    Answer canary = client.send(Attack.postJson("ordinary report", "/api/virus/report", ValidBodies.VIRUS),
        Duration.ofSeconds((long) CANARY_SECONDS + 5));
    TALLY.canary(canary);
    List<String> oom;
    try {
      oom = server.newOutOfMemoryLines();
    } catch (IOException e) {
      oom = List.of("cannot read the server log: " + e);
    }
    TALLY.outOfMemory.addAll(oom);
    if (!server.alive()) {
      return "the server process has ended";
    }
    if (canary.status() != 200 || canary.seconds() > CANARY_SECONDS) {
      return "the ordinary report answered " + canary;
    }
    if (!oom.isEmpty()) {
      return "OutOfMemoryError in the server log: " + oom.get(0);
    }
    return null;
  }
}
