package io.caimira.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of the run, for the summary: requests, 5xx, slowest answers, failures by class of attack. */
final class Tally {
  int requests;
  int canaries;
  int serverErrors;
  int refusals;
  int accepted;
  double slowestRefusal;
  String slowestRefusalKind = "";
  double slowestAccepted;
  String slowestAcceptedKind = "";
  double slowestCanary;
  int restarts;
  final Map<String, Integer> staleConnections = new TreeMap<>();
  final Map<String, Integer> byKind = new TreeMap<>();
  final Map<String, String> failures = new TreeMap<>();
  final List<String> outOfMemory = new ArrayList<>();
  private final long started = System.nanoTime();

  synchronized void record(Attack attack, Answer answer) {
    requests++;
    byKind.merge(attack.kind().replaceAll(" \\[[^\\]]*\\]$", ""), 1, Integer::sum);
    if (answer.serverError()) {
      serverErrors++;
    } else if (answer.refusal()) {
      refusals++;
      if (answer.seconds() > slowestRefusal) {
        slowestRefusal = answer.seconds();
        slowestRefusalKind = attack.kind();
      }
    } else {
      accepted++;
      if (answer.seconds() > slowestAccepted) {
        slowestAccepted = answer.seconds();
        slowestAcceptedKind = attack.kind();
      }
    }
  }

  synchronized void canary(Answer answer) {
    canaries++;
    slowestCanary = Math.max(slowestCanary, answer.seconds());
  }

  /** A request sent again on a new connection: the server had closed the pooled one after {@code previous}. */
  synchronized void staleConnection(String previous) {
    staleConnections.merge(previous, 1, Integer::sum);
  }

  /** The first example of each problem of each class of attack. */
  synchronized void failure(Attack attack, String problem, String answer) {
    failures.putIfAbsent(attack.kind() + " → " + problem, problem + ": " + answer + " — " + attack);
  }

  /** Writes the summary to {@code out/summary.txt} and returns it. */
  synchronized String write(Path out, long[] heapMb, String heap) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Adversarial suite summary%n"));
    s.append(String.format(Locale.ROOT, "requests tried: %d (+ %d ordinary reports checked after them)%n", requests,
        canaries));
    s.append(String.format(Locale.ROOT, "answers: %d refused (4xx), %d accepted (2xx/3xx), %d 5xx or no answer%n",
        refusals, accepted, serverErrors));
    s.append(String.format(Locale.ROOT, "slowest refusal: %.2f s (%s)%n", slowestRefusal, slowestRefusalKind));
    s.append(String.format(Locale.ROOT, "slowest accepted: %.2f s (%s)%n", slowestAccepted, slowestAcceptedKind));
    s.append(String.format(Locale.ROOT, "slowest ordinary report after a hostile request: %.2f s%n", slowestCanary));
    s.append(String.format(Locale.ROOT, "peak heap (GC log): %d MB live after a full collection (-1: none), "
        + "%d MB before any collection, of -Xmx%s%n", heapMb[1], heapMb[0], heap));
    s.append(String.format(Locale.ROOT, "OutOfMemoryError lines in the server log: %d%n", outOfMemory.size()));
    s.append(String.format(Locale.ROOT, "server restarts after a failure: %d%n", restarts));
    s.append(String.format(Locale.ROOT, "requests sent again on a new connection (the server had closed the kept-alive "
        + "one after the answer named): %d%n", staleConnections.values().stream().mapToInt(Integer::intValue).sum()));
    staleConnections.forEach((k, n) -> s.append(String.format(Locale.ROOT, "  %5d  after %s%n", n, k)));
    s.append(String.format(Locale.ROOT, "duration: %.0f s%n", (System.nanoTime() - started) / 1e9));
    s.append(String.format(Locale.ROOT, "requests by class of attack:%n"));
    byKind.forEach((k, n) -> s.append(String.format(Locale.ROOT, "  %5d  %s%n", n, k)));
    s.append(String.format(Locale.ROOT, "failing classes of attack: %d%n", failures.size()));
    failures.forEach((k, v) -> s.append("  ").append(Attack.preview(v, 600)).append(System.lineSeparator()));
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.txt"), s.toString());
    return s.toString();
  }
}
