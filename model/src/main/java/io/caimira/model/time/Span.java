package io.caimira.model.time;

/**
 * A time span in hours, open at its start and closed at its end: t belongs to it iff start &lt; t &le; end.
 */
public record Span(double start, double end) {
  public Span {
    if (!(start <= end)) {
      throw new IllegalArgumentException("A span must not end before it starts: (" + start + ", " + end + ")");
    }
  }

  public boolean contains(double t) {
    return start < t && t <= end;
  }

  public double duration() {
    return end - start;
  }
}
