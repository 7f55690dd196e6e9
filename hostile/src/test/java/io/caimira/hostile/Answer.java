package io.caimira.hostile;

/** What the server answered (status -1: no answer within the client's timeout, or the connection failed). */
record Answer(int status, double seconds, String retryAfter, String body, String failure) {
  boolean refusal() {
    return status >= 400 && status < 500;
  }

  boolean serverError() {
    return status >= 500 || status < 0;
  }

  @Override
  public String toString() {
    return (status < 0 ? "no answer (" + failure + ")" : "status " + status) + " after "
        + String.format(java.util.Locale.ROOT, "%.2f s", seconds) + ": " + Attack.preview(body, Attack.PREVIEW);
  }
}
