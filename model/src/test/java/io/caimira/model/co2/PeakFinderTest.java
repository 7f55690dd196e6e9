package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * find_peaks semantics. Each expected value is derived by hand from the rules in
 * docs/physics/co2-change-points.md (derivation in the comment) and was cross-checked with
 * scipy.signal.find_peaks / peak_prominences / peak_widths (scipy 1.17.1, same algorithm as 1.10).
 * Indices are exact; real-valued properties are checked to 1e-12.
 */
class PeakFinderTest {
  private static final double NAN = Double.NaN;
  private static final double EPS = 1e-12;

  private static int[] peaks(double... x) {
    return PeakFinder.localMaxima().find(x);
  }

  @Test
  void plateauMidpointIsRoundedDown() {
    // flat run [1, 4] → ⌊5/2⌋ = 2; run [1, 2] → 1; run [1, 3] → 2
    assertThat(peaks(0, 1, 1, 1, 1, 0)).containsExactly(2);
    assertThat(peaks(0, 1, 1, 0)).containsExactly(1);
    assertThat(peaks(0, 2, 2, 2, 0)).containsExactly(2);
    // single peaks at 1 and 3, then the flat run [6, 9] → 7
    assertThat(peaks(0, 1, 0, 1, 1, 0, 2, 2, 2, 2, 1)).containsExactly(1, 3, 7);
  }

  @Test
  void firstAndLastSamplesAreNeverPeaks() {
    assertThat(peaks(5, 1, 5)).isEmpty();
    assertThat(peaks(3, 2, 1)).isEmpty();
    // a flat run reaching the last sample is not closed by a lower sample
    assertThat(peaks(0, 1, 1)).isEmpty();
    assertThat(peaks()).isEmpty();
    assertThat(peaks(1)).isEmpty();
    assertThat(peaks(1, 2)).isEmpty();
  }

  @Test
  void nanNeighboursPreventPeaks() {
    // index 2 is followed by NaN, index 4 is preceded by NaN: NaN < v and v < NaN are false
    assertThat(peaks(1, 0, 2, NAN, 3, 0, 1)).isEmpty();
    assertThat(peaks(NAN, 1, 0)).isEmpty();
    assertThat(peaks(0, 1, NAN)).isEmpty();
  }

  @Test
  void distanceKeepsTheHigherPeak() {
    // heights 5, 6, 5 at 1, 3, 5: 6 goes first and removes both neighbours (distance 2 < 3)
    assertThat(PeakFinder.localMaxima().withDistance(3).find(new double[] {0, 5, 0, 6, 0, 5, 0}))
        .containsExactly(3);
  }

  @Test
  void distanceTieGoesToTheLaterIndex() {
    // equal heights at 1 and 3: the later one (3) is visited first and removes 1
    assertThat(PeakFinder.localMaxima().withDistance(3).find(new double[] {0, 5, 0, 5, 0}))
        .containsExactly(3);
    // 5 at 1, 3, 5: index 5 removes 3; the removed 3 removes nothing; 1 and 5 are 4 apart
    assertThat(
            PeakFinder.localMaxima().withDistance(3).find(new double[] {0, 5, 0, 5, 0, 5, 0}))
        .containsExactly(1, 5);
    // distance 5: index 5 removes 3 and 1
    assertThat(
            PeakFinder.localMaxima().withDistance(5).find(new double[] {0, 5, 0, 5, 0, 5, 0}))
        .containsExactly(5);
    // the tie decides the outcome: 3 at 1, 5 at 3 and 5; 5 wins over 3, so 1 survives.
    // With "earlier index wins" the answer would be [3].
    assertThat(
            PeakFinder.localMaxima().withDistance(3).find(new double[] {0, 3, 0, 5, 0, 5, 0}))
        .containsExactly(1, 5);
    // a fractional distance is rounded up: 2.5 → 3
    assertThat(
            PeakFinder.localMaxima().withDistance(2.5).find(new double[] {0, 5, 0, 5, 0, 5, 0}))
        .containsExactly(1, 5);
  }

  @Test
  void distanceBelowOneIsRejected() {
    assertThatThrownBy(() -> PeakFinder.localMaxima().withDistance(0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prominenceAndBases() {
    // x = [1, 4, 2, 6, 3, 5, 0], peaks 1, 3, 5
    // peak 1 (4): left min 1 @0; right 2 @2 then 6 > 4 stops → 4 − max(1, 2) = 2, bases (0, 2)
    // peak 3 (6): left min 1 @0; right min 0 @6 → 6 − max(1, 0) = 5, bases (0, 6)
    // peak 5 (5): left 3 @4 then 6 > 5 stops; right 0 @6 → 5 − max(3, 0) = 2, bases (4, 6)
    double[] x = {1, 4, 2, 6, 3, 5, 0};
    PeakProminences p = PeakProminences.compute(x, new int[] {1, 3, 5});
    assertThat(p.prominences()).containsExactly(new double[] {2, 5, 2}, within(EPS));
    assertThat(p.leftBases()).containsExactly(0, 0, 4);
    assertThat(p.rightBases()).containsExactly(2, 6, 6);
  }

  @Test
  void equalMinimaKeepTheBaseNearestThePeak() {
    // peak 3 (5) of [0, 2, 0, 5, 0]: walking left, 0 @2 is found first; 0 @0 is not lower
    PeakProminences p = PeakProminences.compute(new double[] {0, 2, 0, 5, 0}, new int[] {1, 3});
    assertThat(p.prominences()).containsExactly(new double[] {2, 5}, within(EPS));
    assertThat(p.leftBases()).containsExactly(0, 2);
    assertThat(p.rightBases()).containsExactly(2, 4);
  }

  @Test
  void widthIsInterpolatedAtHalfProminence() {
    // x = [0, 1, 5, 9, 4, 1, 0], peak 3, prominence 9 → h = 4.5
    // left: stops at 1 (x = 1 < h): 1 + (4.5 − 1)/(5 − 1) = 1.875
    // right: stops at 4 (x = 4 < h): 4 − (4.5 − 4)/(9 − 4) = 3.9 → width 2.025
    double[] x = {0, 1, 5, 9, 4, 1, 0};
    int[] peaks = {3};
    PeakWidths w = PeakWidths.compute(x, peaks, 0.5, PeakProminences.compute(x, peaks));
    assertThat(w.widthHeights()[0]).isCloseTo(4.5, within(EPS));
    assertThat(w.leftIps()[0]).isCloseTo(1.875, within(EPS));
    assertThat(w.rightIps()[0]).isCloseTo(3.9, within(EPS));
    assertThat(w.widths()[0]).isCloseTo(2.025, within(EPS));
  }

  @Test
  void nanStopsTheProminenceAndWidthWalks() {
    // x = [0, 1, 5, 9, 4, NaN, 8, 0]: 8 @6 has a NaN neighbour, so the only peak is 3.
    // right walk stops at the NaN: right min 4 @4 → prominence 9 − max(0, 4) = 5, h = 6.5
    // left walk stops at 2 (5 < 6.5): 2 + (6.5 − 5)/(9 − 5) = 2.375; right stops at 4: 4 − 2.5/5 = 3.5
    double[] x = {0, 1, 5, 9, 4, NAN, 8, 0};
    int[] peaks = PeakFinder.localMaxima().find(x);
    assertThat(peaks).containsExactly(3);
    PeakProminences p = PeakProminences.compute(x, peaks);
    assertThat(p.prominences()[0]).isCloseTo(5, within(EPS));
    assertThat(p.leftBases()).containsExactly(0);
    assertThat(p.rightBases()).containsExactly(4);
    PeakWidths w = PeakWidths.compute(x, peaks, 0.5, p);
    assertThat(w.leftIps()[0]).isCloseTo(2.375, within(EPS));
    assertThat(w.rightIps()[0]).isCloseTo(3.5, within(EPS));
    assertThat(w.widths()[0]).isCloseTo(1.125, within(EPS));
  }

  @Test
  void distanceRunsBeforeProminence() {
    // x = [0, 5, 0, 6, 5.8, 5.9, 5.7]: peaks 1 (prom 5), 3 (prom 0.3), 5 (prom 0.1)
    double[] x = {0, 5, 0, 6, 5.8, 5.9, 5.7};
    assertThat(PeakFinder.localMaxima().withProminence(1).find(x)).containsExactly(1);
    assertThat(PeakFinder.localMaxima().withDistance(3).find(x)).containsExactly(3);
    // 6 @3 removes 1 and 5 by distance, then fails the prominence test itself: nothing is left
    assertThat(PeakFinder.localMaxima().withDistance(3).withProminence(1).find(x)).isEmpty();
    // the order of the with… calls does not matter
    assertThat(PeakFinder.localMaxima().withProminence(1).withDistance(3).find(x)).isEmpty();
  }

  @Test
  void widthFilterUsesTheProminenceData() {
    // x = [0, 1, 5, 9, 4, 1, 0, 3, 0]: peak 3 has width 2.025; peak 7 (3, prominence 3) has
    // h = 1.5, left 6 + 1.5/3 = 6.5, right 8 − 1.5/3 = 7.5 → width 1
    double[] x = {0, 1, 5, 9, 4, 1, 0, 3, 0};
    assertThat(PeakFinder.localMaxima().withProminence(1).find(x)).containsExactly(3, 7);
    assertThat(PeakFinder.localMaxima().withProminence(1).withWidth(2.0).find(x))
        .containsExactly(3);
    assertThat(PeakFinder.localMaxima().withProminence(1).withWidth(2.5).find(x)).isEmpty();
    // width alone also computes prominences
    assertThat(PeakFinder.localMaxima().withWidth(1.0).find(x)).containsExactly(3, 7);
  }

  @Test
  void prominenceThresholdIsInclusive() {
    // peak 1 of [0, 2, 0] has prominence exactly 2
    assertThat(PeakFinder.localMaxima().withProminence(2).find(new double[] {0, 2, 0}))
        .containsExactly(1);
    assertThat(PeakFinder.localMaxima().withProminence(2.0000001).find(new double[] {0, 2, 0}))
        .isEmpty();
  }
}
