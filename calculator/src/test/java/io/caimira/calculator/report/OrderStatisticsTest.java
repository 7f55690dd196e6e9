package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Selection against its definition, the sorted array: every order statistic and both conditional-probability
 * quantiles, bit for bit, on generated arrays — random, heavy with duplicates, signed zeros and NaN (quantiles
 * only), sorted, reversed, all equal — of sizes 0 to 3 000.
 */
class OrderStatisticsTest {
  private static double[] generated(SplittableRandom random, int n, int kind) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = switch (kind) {
        case 0 -> random.nextDouble() * 100;
        case 1 -> random.nextInt(4); // few distinct values
        case 2 -> new double[] {0.0, -0.0, Double.NaN, 1.5, -1.5}[random.nextInt(5)];
        case 3 -> i; // increasing
        case 4 -> n - i; // decreasing
        default -> 7.25; // all equal
      };
    }
    return v;
  }

  @Test
  void everyOrderStatisticIsTheSortedArraysValue() {
    SplittableRandom random = new SplittableRandom(1207);
    for (int kind = 0; kind < 6; kind++) {
      for (int n : new int[] {1, 2, 3, 17, 18, 100, 1001}) {
        double[] values = generated(random, n, kind);
        if (!OrderStatistics.plainlyOrdered(values)) {
          // NaN or −0.0: selection is not asked for (the quantiles sort those arrays, tested below)
          assertThat(kind).isEqualTo(2);
          continue;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < n; k++) {
          double[] work = values.clone();
          double kth = OrderStatistics.select(work, k);
          assertThat(Double.doubleToRawLongBits(kth)).as("kind %d, n %d, k %d", kind, n, k)
              .isEqualTo(Double.doubleToRawLongBits(sorted[k]));
          assertThat(Double.doubleToRawLongBits(OrderStatistics.min(sorted.clone(), k, n)))
              .isEqualTo(Double.doubleToRawLongBits(sorted[k]));
          // the array is a permutation of the input, partitioned about index k
          double[] again = work.clone();
          Arrays.sort(again);
          assertThat(again).isEqualTo(sorted);
          for (int i = 0; i < n; i++) {
            assertThat(i < k ? work[i] <= kth : i > k ? work[i] >= kth : work[i] == kth).isTrue();
          }
        }
      }
    }
  }

  @Test
  void quantilesOfUnsortedValuesAreThoseOfTheSortedArray() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 600; trial++) {
      int n = trial < 20 ? trial : random.nextInt(1, 3000);
      double[] values = generated(random, n, trial % 6);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (double q : new double[] {ConditionalProbabilityData.LOWER_QUANTILE,
          ConditionalProbabilityData.UPPER_QUANTILE, 0, 0.5, 1, random.nextDouble()}) {
        double expected = NumpySemantics.quantile(sorted, q);
        double actual = NumpySemantics.quantileOfUnsorted(values.clone(), q);
        assertThat(Double.doubleToRawLongBits(actual)).as("n %d, q %s", n, q)
            .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }
}
