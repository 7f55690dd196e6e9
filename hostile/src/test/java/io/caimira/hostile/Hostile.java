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

  static void start() throws IOException, InterruptedException {
    server = Server.start(Server.jar(), out(), heap(), reportTimeout());
    client = new Client(server.base);
    poisoned = false;
  }

  /** A fresh server when a failure left the current one busy or broken (so later properties test something). */
  static void restartIfPoisoned() throws IOException, InterruptedException {
    if (poisoned) {
      TALLY.restarts++;
      TALLY.outOfMemory.addAll(server.newOutOfMemoryLines());
      server.close();
      start();
    }
  }

  static String stop() throws IOException {
    if (server == null) {
      return "";
    }
    TALLY.outOfMemory.addAll(server.newOutOfMemoryLines());
    long[] peak = server.peakHeapMb();
    server.close();
    server = null;
    return TALLY.write(out(), peak, heap());
  }

  /** Sends one hostile request and checks the answer, then the server's health when it is time to. */
  static Answer check(Attack attack) {
    double limit = reportTimeout().toSeconds();
    Answer answer = client.send(attack, reportTimeout().plusSeconds(10));
    TALLY.record(attack, answer);
    String problem = null;
    if (answer.status() < 0) {
      problem = "no answer within " + (limit + 10) + " s";
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
      TALLY.failure(attack, problem, answer);
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
