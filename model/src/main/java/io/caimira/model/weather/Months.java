package io.caimira.model.weather;

/** Month numbers 1 (January) … 12 (December) and hour-of-day table sizes. */
final class Months {
  static final int COUNT = 12;
  public static final int HOURS_PER_DAY = 24;

  private Months() {}

  static int check(int month) {
    if (month < 1 || month > COUNT) {
      throw new IllegalArgumentException("month must be in 1..12, got " + month);
    }
    return month;
  }
}
