package io.caimira.calculator.report;

import java.util.concurrent.CancellationException;

/**
 * Checkpoints between the phases of a report: a caller that gave up (a server's time limit) interrupts the
 * computing thread, and the report stops at the next checkpoint instead of holding its worker to the end.
 */
final class Interruptions {
  private Interruptions() {}

  /** @throws CancellationException when the current thread has been interrupted (the flag is kept) */
  static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("The report was abandoned by its caller");
    }
  }
}
