package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Counts as numpy's {@code np.histogram(values, bins, range)}; expected counts worked out by hand. */
class SampleHistogramTest {

  @Test
  void valuesOnAnEdgeGoToTheUpperBinExceptTheLastEdgeAndOutsideValuesAreDropped() {
    double[] values = {2, 2.5, 4, 5.9, 6, 9.99, 10, 1.99, 10.01, Double.NaN, Double.POSITIVE_INFINITY};
    SampleHistogram h = SampleHistogram.of(values, 2, 10, 4);
    assertThat(h.edges()).containsExactly(2, 4, 6, 8, 10);
    // [2,4): 2, 2.5; [4,6): 4, 5.9; [6,8): 6; [8,10]: 9.99, 10
    assertThat(h.counts()).containsExactly(2, 2, 1, 2);
  }

  @Test
  void edgesAreEvenlySpacedLikeLinspace() {
    SampleHistogram h = SampleHistogram.of(new double[] {3}, 2, 10, 150);
    assertThat(h.edges()).hasSize(151);
    assertThat(h.edges()[75]).isCloseTo(6, within(1e-12));
    assertThat(h.edges()[150]).isEqualTo(10);
    assertThat(h.counts()).hasSize(150);
    // 3 lies in [2 + 18·8/150, 2 + 19·8/150) = [2.96, 3.013…)
    assertThat(h.counts()[18]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(h.counts()).sum()).isEqualTo(1);
  }

  @Test
  void ownRangeSpansTheFiniteValuesAndWidensASingleValue() {
    SampleHistogram h = SampleHistogram.ofRange(new double[] {1, 3, 2, 3, Double.NaN}, 2);
    assertThat(h.edges()).containsExactly(1, 2, 3);
    assertThat(h.counts()).containsExactly(1, 3);
    SampleHistogram same = SampleHistogram.ofRange(new double[] {5, 5}, 2);
    assertThat(same.edges()).containsExactly(4.5, 5, 5.5);
    assertThat(same.counts()).containsExactly(0, 2);
    assertThatThrownBy(() -> SampleHistogram.ofRange(new double[] {Double.NaN}, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
