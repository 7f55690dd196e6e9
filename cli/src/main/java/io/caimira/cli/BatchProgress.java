package io.caimira.cli;

import java.io.PrintWriter;

/**
 * The progress line of a batch on a terminal, rewritten in place at most four times a second: rooms done, failed,
 * rate and time left. Off a terminal (a log file, a pipe) only the final summary is written.
 */
final class BatchProgress {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final long start = System.nanoTime();
  private long shown;

  BatchProgress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** After each room; {@code last} forces the line. */
  void update(int done, int failed, boolean last) {
    long now = System.nanoTime();
    if (!terminal || (!last && now - shown < EVERY_NANOS)) {
      return;
    }
    shown = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 && done < total ? String.format(java.util.Locale.ROOT, ", %s left",
        duration((total - done) / rate)) : "";
    err.printf(java.util.Locale.ROOT, "\rcaimira batch: %d/%d rooms, %d failed, %.1f rooms/s%s   ", done, total,
        failed, rate, left);
    err.flush();
  }

  /** The closing line, on a terminal or not. */
  void summary(int done, int failed, String output) {
    if (terminal) {
      err.println();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(java.util.Locale.ROOT, "caimira batch: %d rooms in %s, %d succeeded, %d failed; results in %s%n",
        done, duration(seconds), done - failed, failed, output);
    err.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }
}
