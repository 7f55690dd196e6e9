package io.caimira.calculator.input;

/** A span of the day in whole minutes since midnight: a break, or a presence entry. */
public record MinuteSpan(int start, int finish) {

  public double startHours() {
    return start / 60.0;
  }

  public double finishHours() {
    return finish / 60.0;
  }
}
