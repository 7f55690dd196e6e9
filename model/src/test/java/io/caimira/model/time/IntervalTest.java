package io.caimira.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interval semantics of physics.md §1.1 (upstream models.Interval, SpecificInterval, PeriodicInterval): spans are
 * open at the start and closed at the end, periodic boundaries follow numpy {@code arange(start, 24, period/60)}
 * (n = ceil((24 − start)/step) elements, element i = start + i·step), a zero period or duration means never on,
 * and {@code always_on} = PeriodicInterval(120, 120) is not triggered at t = 0. All checks are exact.
 */
class IntervalTest {

  @Test
  void specificIntervalIsOpenAtTheStartAndClosedAtTheEnd() {
    SpecificInterval interval = SpecificInterval.of(0.5, 1, 1.1, 2);
    assertThat(interval.triggered(0.5)).isFalse();
    assertThat(interval.triggered(0.5000001)).isTrue();
    assertThat(interval.triggered(1)).isTrue();
    assertThat(interval.triggered(1.05)).isFalse();
    assertThat(interval.triggered(1.1)).isFalse();
    assertThat(interval.triggered(2)).isTrue();
    assertThat(interval.triggered(2.0000001)).isFalse();
    assertThat(interval.boundaries()).containsExactly(new Span(0.5, 1), new Span(1.1, 2));
  }

  @Test
  void transitionTimesAreEveryStartAndEndWithoutDuplicates() {
    // upstream test_concentration_model.py uses ((0.5, 1), (1.1, 2), (2, 3)): 2 is shared
    SpecificInterval interval = SpecificInterval.of(0.5, 1, 1.1, 2, 2, 3);
    assertThat(interval.transitionTimes()).containsExactly(0.5, 1, 1.1, 2, 3);
  }

  @Test
  void anEmptyIntervalIsNeverTriggered() {
    SpecificInterval empty = new SpecificInterval(List.of());
    assertThat(empty.boundaries()).isEmpty();
    assertThat(empty.transitionTimes()).isEmpty();
    assertThat(empty.triggered(0)).isFalse();
    assertThat(empty.triggered(12)).isFalse();
  }

  @Test
  void alwaysOnCoversTheDayInTwoHourBlocksButNotMidnight() {
    PeriodicInterval alwaysOn = PeriodicInterval.ALWAYS_ON;
    assertThat(alwaysOn).isEqualTo(new PeriodicInterval(120, 120));
    List<Span> spans = alwaysOn.boundaries();
    assertThat(spans).hasSize(12);
    for (int i = 0; i < 12; i++) {
      assertThat(spans.get(i)).isEqualTo(new Span(2 * i, 2 * i + 2));
    }
    assertThat(alwaysOn.triggered(0)).isFalse();
    assertThat(alwaysOn.triggered(1e-9)).isTrue();
    assertThat(alwaysOn.triggered(2)).isTrue();
    assertThat(alwaysOn.triggered(24)).isTrue();
    assertThat(alwaysOn.triggered(24.001)).isFalse();
  }

  @Test
  void periodicBoundariesFollowArange() {
    // period 120 min, duration 15 min (upstream test_known_quantities.py baseline_periodic_window)
    List<Span> spans = new PeriodicInterval(120, 15).boundaries();
    assertThat(spans).hasSize(12);
    assertThat(spans.get(0)).isEqualTo(new Span(0, 0.25));
    assertThat(spans.get(11)).isEqualTo(new Span(22, 22.25));

    // a start that is not on the grid: arange(8.5, 24, 2) has ceil(15.5 / 2) = 8 elements, 8.5 … 22.5
    List<Span> shifted = new PeriodicInterval(120, 30, 8.5).boundaries();
    assertThat(shifted).hasSize(8);
    assertThat(shifted.get(0)).isEqualTo(new Span(8.5, 9));
    assertThat(shifted.get(7)).isEqualTo(new Span(22.5, 23));
  }

  @Test
  void periodicElementsAreComputedWithoutAccumulation() {
    // 6-minute period: step 0.1 h, arange(0, 24, 0.1) has 240 elements, element i = i·0.1 exactly as numpy
    // computes it (repeated addition of 0.1 would drift, e.g. 0.1 added 8 times is 0.7999999999999999)
    PeriodicInterval p = new PeriodicInterval(6, 3);
    List<Span> spans = p.boundaries();
    assertThat(spans).hasSize(240);
    double step = 6 / 60.0;
    for (int i = 0; i < spans.size(); i++) {
      assertThat(spans.get(i).start()).isEqualTo(i * step);
      assertThat(spans.get(i).end()).isEqualTo(i * step + 3 / 60.0);
    }
  }

  @Test
  void theLastOccurrenceMayEndAfterMidnight() {
    // 50-minute period: ceil(24 / (50/60)) = ceil(28.8) = 29 occurrences, the last starting at 28·50/60 h
    List<Span> spans = new PeriodicInterval(50, 60).boundaries();
    assertThat(spans).hasSize(29);
    Span last = spans.get(28);
    assertThat(last.start()).isEqualTo(28 * (50 / 60.0));
    assertThat(last.end()).isEqualTo(28 * (50 / 60.0) + 1.0).isGreaterThan(24);
  }

  @Test
  void aDurationLongerThanThePeriodOverlaps() {
    List<Span> spans = new PeriodicInterval(60, 90).boundaries();
    assertThat(spans).hasSize(24);
    assertThat(spans.get(0)).isEqualTo(new Span(0, 1.5));
    assertThat(spans.get(1)).isEqualTo(new Span(1, 2.5));
    assertThat(new PeriodicInterval(60, 90).triggered(1.2)).isTrue();
  }

  @Test
  void zeroPeriodOrDurationMeansNeverOn() {
    assertThat(new PeriodicInterval(0, 15).boundaries()).isEmpty();
    assertThat(new PeriodicInterval(120, 0).boundaries()).isEmpty();
    assertThat(new PeriodicInterval(120, 0).triggered(1)).isFalse();
    assertThat(new PeriodicInterval(0, 15).transitionTimes()).isEmpty();
  }

  @Test
  void periodicTriggeringAtTheEdges() {
    // upstream test_known_quantities.py test_periodic_window times: on at 14/60 and 15/60, off at 16/60 … 2 h,
    // on again just after 2 h
    PeriodicInterval p = new PeriodicInterval(120, 15);
    assertThat(p.triggered(0)).isFalse();
    assertThat(p.triggered(14 / 60.0)).isTrue();
    assertThat(p.triggered(15 / 60.0)).isTrue();
    assertThat(p.triggered(16 / 60.0)).isFalse();
    assertThat(p.triggered(120 / 60.0)).isFalse();
    assertThat(p.triggered(121 / 60.0)).isTrue();
    assertThat(p.triggered(240 / 60.0)).isFalse();
  }

  @Test
  void periodicTriggeringAgreesWithItsSpansEverywhere() {
    // PeriodicInterval answers triggered(t) by arithmetic; its spans (the default answer of an Interval) are the
    // reference. Generated periods, durations (also longer than the period) and starts, asked at every span's start
    // and end, one ulp either side, and at random times, midnight and beyond included
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261207);
    int checked = 0;
    for (int k = 0; k < 300; k++) {
      double period = k % 3 == 0 ? 1 + random.nextInt(180) : random.nextDouble(0.5, 200);
      double duration = k % 7 == 0 ? period * random.nextDouble(1, 3) : random.nextDouble(0.1, period);
      double start = k % 2 == 0 ? 0 : random.nextDouble(0, 23.5);
      PeriodicInterval p = new PeriodicInterval(period, duration, start);
      List<Span> spans = p.boundaries();
      java.util.List<Double> times = new java.util.ArrayList<>(List.of(-1.0, 0.0, 24.0, 25.0, Double.NaN,
          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
      for (Span span : spans) {
        for (double edge : new double[] {span.start(), span.end()}) {
          times.add(edge);
          times.add(Math.nextDown(edge));
          times.add(Math.nextUp(edge));
        }
      }
      for (int r = 0; r < 50; r++) {
        times.add(random.nextDouble(-1, 26));
      }
      for (double t : times) {
        boolean expected = spans.stream().anyMatch(span -> span.contains(t));
        assertThat(p.triggered(t)).as("%s at t = %s", p, t).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }
}
