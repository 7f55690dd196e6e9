package io.caimira.model.work;

import java.util.concurrent.CancellationException;

/**
 * A computation stopped because its requester gave up on it (see {@link Cancellation}). Unchecked; a
 * {@link CancellationException}, so that code waiting on futures treats it as one.
 */
public class CancelledException extends CancellationException {
  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("The computation was abandoned by its caller");
  }

  /** As rethrown on the caller's thread by a fork-join task. */
  public CancelledException(Throwable cause) {
    this();
    initCause(cause);
  }
}
