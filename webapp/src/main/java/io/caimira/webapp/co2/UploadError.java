package io.caimira.webapp.co2;

/** Bad input to the CO₂ fitting routes: an HTTP status (4xx), the field concerned and a message for the user. */
public final class UploadError extends RuntimeException {
  private final int status;
  private final String field;

  public UploadError(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }
}
