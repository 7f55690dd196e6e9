package io.caimira.calculator.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.Baseline;
import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Presence intervals, ported from upstream caimira/tests/apps/calculator/test_model_generator.py (api.md §4.3).
 * Upstream compares with == (exact) or allclose rtol 1e-14; so do these tests.
 */
class PresenceIntervalsTest {

  private static PopulationInput population(ObjectNode body) {
    return Baseline.parse(body).population();
  }

  private static double[][] times(SpecificInterval interval) {
    return interval.boundaries().stream().map(s -> new double[] {s.start(), s.end()}).toArray(double[][]::new);
  }

  private static double[][] pairs(double... values) {
    double[][] out = new double[values.length / 2][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[] {values[2 * i], values[2 * i + 1]};
    }
    return out;
  }

  private static void assertClose(SpecificInterval actual, double... expected) {
    double[][] a = times(actual);
    assertThat(a.length).isEqualTo(expected.length / 2);
    for (int i = 0; i < a.length; i++) {
      assertThat(a[i][0]).isCloseTo(expected[2 * i], within(1e-14 * expected[2 * i]));
      assertThat(a[i][1]).isCloseTo(expected[2 * i + 1], within(1e-14 * expected[2 * i + 1]));
    }
  }

  private static ObjectNode twoCoffeeBreaksOf15() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_duration", "15");
    b.put("exposed_coffee_break_option", "coffee_break_2");
    b.put("exposed_start", "09:00");
    b.put("exposed_finish", "17:00");
    b.put("exposed_lunch_start", "12:30");
    b.put("exposed_lunch_finish", "13:30");
    return b;
  }

  @Test
  void infectedSharingTheExposedBreaks() {
    ObjectNode b = twoCoffeeBreaksOf15();
    b.put("infected_dont_have_breaks_with_exposed", "0");
    b.put("infected_start", "10:00");
    b.put("infected_finish", "15:00");
    assertThat(times(Presences.infected(population(b))))
        .isEqualTo(pairs(10, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 15.0));
  }

  @Test
  void exposedWithLunchAndTwoCoffeeBreaks() {
    assertThat(times(Presences.exposed(population(twoCoffeeBreaksOf15()))))
        .isEqualTo(pairs(9, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 15 + 7 / 60.0, 15 + 22 / 60.0, 17.0));
  }

  @Test
  void commonBreaks() {
    ObjectNode b = twoCoffeeBreaksOf15();
    b.put("infected_dont_have_breaks_with_exposed", "0");
    b.put("infected_coffee_duration", "15");
    b.put("infected_coffee_break_option", "coffee_break_2");
    b.put("infected_lunch_start", "12:30");
    b.put("infected_lunch_finish", "13:30");
    b.put("infected_start", "09:00");
    b.put("infected_finish", "16:00");
    PopulationInput p = population(b);
    assertThat(times(Presences.exposed(p)))
        .isEqualTo(pairs(9, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 15 + 7 / 60.0, 15 + 22 / 60.0, 17.0));
    assertThat(times(Presences.infected(p)))
        .isEqualTo(pairs(9, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 15 + 7 / 60.0, 15 + 22 / 60.0, 16.0));
  }

  @Test
  void splitBreaks() {
    ObjectNode b = twoCoffeeBreaksOf15();
    b.put("infected_dont_have_breaks_with_exposed", "1");
    b.put("infected_coffee_duration", "15");
    b.put("infected_coffee_break_option", "coffee_break_2");
    b.put("infected_lunch_start", "12:30");
    b.put("infected_lunch_finish", "13:30");
    b.put("infected_start", "09:00");
    b.put("infected_finish", "16:00");
    PopulationInput p = population(b);
    assertThat(times(Presences.exposed(p)))
        .isEqualTo(pairs(9, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 15 + 7 / 60.0, 15 + 22 / 60.0, 17.0));
    assertThat(times(Presences.infected(p)))
        .isEqualTo(pairs(9, 10 + 37 / 60.0, 10 + 52 / 60.0, 12.5, 13.5, 14 + 37 / 60.0, 14 + 52 / 60.0, 16.0));
  }

  @Test
  void startingWithLunch() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_break_option", "coffee_break_0");
    b.put("exposed_start", "13:00");
    b.put("exposed_lunch_start", "13:00");
    b.put("exposed_finish", "18:00");
    b.put("exposed_lunch_finish", "14:00");
    assertThat(times(Presences.exposed(population(b)))).isEqualTo(pairs(14.0, 18.0));
  }

  @Test
  void endingWithLunch() {
    // upstream sets the form fields without validating (a lunch ending after the presence would be rejected)
    var s = new io.caimira.calculator.input.Schedule(660, 780, true, 780, 840, 0, 5);
    assertThat(times(PresentInterval.of(660, 780, Breaks.all(s)))).isEqualTo(pairs(11.0, 13.0));
  }

  @Test
  void noBreaks() {
    ObjectNode b = Baseline.body();
    b.put("infected_dont_have_breaks_with_exposed", "0");
    b.put("exposed_lunch_option", "0");
    b.put("exposed_coffee_break_option", "coffee_break_0");
    b.put("exposed_start", "09:00");
    b.put("exposed_finish", "17:00");
    b.put("infected_start", "10:00");
    b.put("infected_finish", "15:00");
    PopulationInput p = population(b);
    assertThat(times(Presences.exposed(p))).isEqualTo(pairs(9, 17));
    assertThat(times(Presences.infected(p))).isEqualTo(pairs(10, 15));
  }

  @Test
  void fourCoffeeBreaksOf30AroundLunch() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_duration", "30");
    b.put("exposed_coffee_break_option", "coffee_break_4");
    b.put("exposed_start", "09:00");
    b.put("exposed_finish", "18:00");
    assertClose(Presences.exposed(population(b)), 9, 9 + 50 / 60.0, 10 + 20 / 60.0, 11 + 10 / 60.0,
        11 + 40 / 60.0, 12 + 30 / 60.0, 13 + 30 / 60.0, 14 + 40 / 60.0, 15 + 10 / 60.0, 16 + 20 / 60.0,
        16 + 50 / 60.0, 18);
  }

  @Test
  void unbalancedLunch() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_duration", "30");
    b.put("exposed_coffee_break_option", "coffee_break_2");
    b.put("exposed_start", "09:00");
    b.put("exposed_finish", "13:30");
    b.put("infected_start", "09:00");
    b.put("infected_finish", "13:30");
    b.put("infected_coffee_break_option", "coffee_break_0");
    assertClose(Presences.exposed(population(b)), 9, 9 + 50 / 60.0, 10 + 20 / 60.0, 11 + 10 / 60.0,
        11 + 40 / 60.0, 12 + 30 / 60.0);
  }

  @Test
  void fourCoffeeBreaksWithoutLunch() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_duration", "10");
    b.put("exposed_coffee_break_option", "coffee_break_4");
    b.put("exposed_start", "09:00");
    b.put("exposed_finish", "10:00");
    b.put("exposed_lunch_option", "0");
    assertClose(Presences.exposed(population(b)), 9, 9 + 4 / 60.0, 9 + 14 / 60.0, 9 + 18 / 60.0, 9 + 28 / 60.0,
        9 + 32 / 60.0, 9 + 42 / 60.0, 9 + 46 / 60.0, 9 + 56 / 60.0, 10);
  }

  // Upstream fixture coffee_break_between_1045_and_1115: one break of 30 min in 10:00–12:00, no lunch.
  private static final List<MinuteSpan> COFFEE_1045_1115 = Breaks.inInterval(600, 720, 1, 30);

  @Test
  void coffeeBreakBetween1045And1115() {
    assertThat(COFFEE_1045_1115).containsExactly(new MinuteSpan((int) (10.75 * 60), (int) (11.25 * 60)));
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_break_option", "coffee_break_1");
    b.put("exposed_coffee_duration", "30");
    b.put("exposed_start", "10:00");
    b.put("exposed_finish", "12:00");
    b.put("exposed_lunch_option", "0");
    assertThat(times(Presences.exposed(population(b)))).isEqualTo(pairs(10, 10.75, 11.25, 12));
  }

  @Test
  void presentAroundTheCoffeeBreak() {
    assertThat(times(PresentInterval.of(630, 660, COFFEE_1045_1115))).isEqualTo(pairs(10.5, 10.75));
    assertThat(times(PresentInterval.of(660, 690, COFFEE_1045_1115))).isEqualTo(pairs(11.25, 11.5));
    assertThat(times(PresentInterval.of(645, 690, COFFEE_1045_1115))).isEqualTo(pairs(11.25, 11.5));
    assertThat(times(PresentInterval.of(630, 675, COFFEE_1045_1115))).isEqualTo(pairs(10.5, 10.75));
    assertThat(times(PresentInterval.of(645, 675, COFFEE_1045_1115))).isEmpty();
  }

  private static List<MinuteSpan> breaksEvery25MinutesFor20() {
    ObjectNode b = Baseline.body();
    b.put("exposed_coffee_break_option", "coffee_break_4");
    b.put("exposed_coffee_duration", "20");
    b.put("exposed_start", "10:00");
    b.put("exposed_finish", "14:10");
    b.put("exposed_lunch_start", "11:55");
    b.put("exposed_lunch_finish", "12:15");
    b.put("infected_start", "10:00");
    b.put("infected_finish", "14:10");
    b.put("infected_lunch_start", "11:55");
    b.put("infected_lunch_finish", "12:15");
    b.put("infected_coffee_break_option", "coffee_break_0");
    PopulationInput p = population(b);
    assertThat(times(Presences.exposed(p))).isEqualTo(pairs(10, 10 + 25 / 60.0, 10.75, 11 + 10 / 60.0, 11.5,
        11 + 55 / 60.0, 12.25, 12 + 40 / 60.0, 13, 13 + 25 / 60.0, 13.75, 14 + 10 / 60.0));
    List<MinuteSpan> breaks = new ArrayList<>(Breaks.coffee(p.exposed()));
    breaks.addAll(Breaks.lunch(p.exposed()));
    return breaks;
  }

  @Test
  void presentAfterTwoBreaksForASmallInterval() {
    assertThat(times(PresentInterval.of(11 * 60 + 35, 11 * 60 + 40, breaksEvery25MinutesFor20())))
        .isEqualTo(pairs(11 + 35 / 60.0, 11 + 40 / 60.0));
  }

  @Test
  void presentOnlyDuringTheSecondBreak() {
    assertThat(times(PresentInterval.of(11 * 60 + 15, 11 * 60 + 20, breaksEvery25MinutesFor20()))).isEmpty();
  }

  @Test
  void morningBreaksUsePythonRoundingTiesToEven() {
    // 09:00–16:00 with lunch 12:00–13:00: 3 h before and 3 h after lunch
    // 2 breaks: round(2 · 0.5) = 1 in the morning; 1 break: round(0.5) = 0 (ties to even), so in the afternoon
    var two = Breaks.coffee(new io.caimira.calculator.input.Schedule(540, 960, true, 720, 780, 2, 10));
    assertThat(two).hasSize(2);
    assertThat(two.get(0).finish()).isLessThanOrEqualTo(720);
    assertThat(two.get(1).start()).isGreaterThanOrEqualTo(780);
    var one = Breaks.coffee(new io.caimira.calculator.input.Schedule(540, 960, true, 720, 780, 1, 10));
    assertThat(one).containsExactly(new MinuteSpan(780 + 85, 780 + 95));
    // 3 breaks: round(1.5) = 2 morning breaks
    var three = Breaks.coffee(new io.caimira.calculator.input.Schedule(540, 960, true, 720, 780, 3, 10));
    assertThat(three.stream().filter(m -> m.finish() <= 720)).hasSize(2);
  }

  @Test
  void breakSpacingUsesFloorDivision() {
    // (61 − 2·10) // 3 = 13 (not 13.67)
    assertThat(Breaks.inInterval(0, 61, 2, 10)).containsExactly(new MinuteSpan(13, 23), new MinuteSpan(36, 46));
  }

  @Test
  void breakErrors() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PresentInterval.of(600, 900, List.of(new MinuteSpan(700, 700))))
        .hasMessage("Break ends before it begins.");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PresentInterval.of(600, 900,
            List.of(new MinuteSpan(700, 760), new MinuteSpan(750, 800))))
        .hasMessage("A break starts before another ends (750, 800, 760).");
  }

  @Test
  void spansAreHours() {
    assertThat(PresentInterval.of(540, 600, List.of()).boundaries()).containsExactly(new Span(9, 10));
  }
}
