package io.caimira.model.time;

import java.util.List;

/** An interval given by an explicit list of spans. */
public record SpecificInterval(List<Span> boundaries) implements Interval {
  public SpecificInterval {
    boundaries = List.copyOf(boundaries);
  }

  public static SpecificInterval of(double... startEndPairs) {
    if (startEndPairs.length % 2 != 0) {
      throw new IllegalArgumentException("Expected (start, end) pairs");
    }
    Span[] spans = new Span[startEndPairs.length / 2];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(startEndPairs[2 * i], startEndPairs[2 * i + 1]);
    }
    return new SpecificInterval(List.of(spans));
  }
}
