package io.caimira.api;

/** How a report request ended: the {@code outcome} tag of the metrics. */
public enum Outcome {
  SUCCESS("success", false),
  BAD_INPUT("bad_input", false),
  OVERLOADED("overloaded", false),
  TIMEOUT("timeout", true),
  UNAVAILABLE("unavailable", true),
  ERROR("error", true);

  private final String tag;
  private final boolean serverError;

  Outcome(String tag, boolean serverError) {
    this.tag = tag;
    this.serverError = serverError;
  }

  public String tag() {
    return tag;
  }

  /** Counted by the error counter: the server failed (overload is capacity, not an error). */
  public boolean serverError() {
    return serverError;
  }
}
