package io.caimira.calculator.input;

import java.util.List;

/** Explicit breaks replacing lunch and coffee breaks ({@code specific_breaks}). */
public record SpecificBreaks(List<MinuteSpan> exposed, List<MinuteSpan> infected) {
  public SpecificBreaks {
    exposed = List.copyOf(exposed);
    infected = List.copyOf(infected);
  }
}
