package io.caimira.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Arithmetic with broadcasting and the statistics of {@link Samples}. */
class SamplesTest {

  private static double[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 3 + 2 * r.nextGaussian();
    }
    return v;
  }

  @Test
  void elementwiseOperationsBroadcastConstants() {
    Samples a = Samples.of(1, 2, 3);
    Samples b = Samples.of(4, 5, 6);
    Samples two = Samples.constant(2);
    assertThat(a.times(b).toArray()).containsExactly(4, 10, 18);
    assertThat(a.plus(b).toArray()).containsExactly(5, 7, 9);
    assertThat(b.minus(a).toArray()).containsExactly(3, 3, 3);
    assertThat(b.dividedBy(a).toArray()).containsExactly(4, 2.5, 2);
    assertThat(a.times(two).toArray()).containsExactly(2, 4, 6);
    assertThat(two.times(a).toArray()).containsExactly(2, 4, 6);
    assertThat(two.minus(a).toArray()).containsExactly(1, 0, -1);
    assertThat(a.dividedBy(two).toArray()).containsExactly(0.5, 1, 1.5);
    assertThat(two.dividedBy(a).toArray()).containsExactly(2, 1, 2.0 / 3);
    assertThat(two.plus(Samples.constant(3)).isConstant()).isTrue();
    assertThatThrownBy(() -> a.times(Samples.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 and 2");
  }

  @Test
  void meanAndStandardDeviationMatchTheTextbookSumsToRoundOff() {
    for (int n : new int[] {2, 3, 5, 1001, 250_000}) {
      double[] v = random(n, n);
      double sum = 0;
      for (double x : v) {
        sum += x;
      }
      double mean = sum / n;
      double squares = 0;
      for (double x : v) {
        squares += (x - mean) * (x - mean);
      }
      Samples s = Samples.of(v);
      // the sums are formed in another order: a relative 1e-12 covers the rounding of 250 000 terms
      assertThat(s.mean()).isCloseTo(mean, within(1e-12 * Math.abs(mean)));
      assertThat(s.std()).isCloseTo(Math.sqrt(squares / n), within(1e-12 * Math.sqrt(squares / n)));
    }
    assertThat(Samples.constant(4).std()).isZero();
    assertThat(Samples.of(-1, 1).mean()).isZero();
    assertThat(Samples.of(-1, 1).std()).isEqualTo(1.0);
  }

  @Test
  void fusedProductsAndReadersGiveTheSameBitsAsTheSeparateOperations() {
    Samples a = Samples.of(random(70_001, 1));
    Samples b = Samples.of(random(70_001, 2));
    Samples c = Samples.of(random(70_001, 3));
    Samples k = Samples.constant(0.37);
    Samples[][] cases = {{a, b, c}, {a, k, c}, {a, b, k}, {k, b, c}, {a, k, k}, {k, k, k}};
    for (Samples[] x : cases) {
      assertThat(x[0].timesProduct(x[1], x[2])).isEqualTo(x[0].times(x[1].times(x[2])));
    }
    // the product that records its statistics: the same bits, and the summary of a fresh pass over them
    for (Samples[] x : new Samples[][] {{a, b}, {a, k}, {k, b}, {k, k}}) {
      Samples recorded = x[0].timesRecording(x[1]);
      Samples separate = x[0].times(x[1]);
      assertThat(recorded).isEqualTo(separate);
      assertThat(recorded.summary()).isEqualTo(Samples.of(separate.toArray()).summary());
    }
    Samples.Reader reader = a.reader();
    Samples.Reader constant = k.reader();
    for (int i = 0; i < a.size(); i += 997) {
      assertThat(reader.get(i)).isEqualTo(a.get(i));
      assertThat(constant.get(i)).isEqualTo(0.37);
    }
    // a summary is computed once per instance
    assertThat(a.summary()).isSameAs(a.summary());
  }

  @Test
  void summaryEqualsTheSeparateStatistics() {
    for (int n : new int[] {2, 3, 7, 250_001}) {
      Samples s = Samples.of(random(n, 40 + n));
      Samples.Summary summary = s.summary();
      assertThat(summary.mean()).isEqualTo(s.mean());
      assertThat(summary.sd()).isEqualTo(s.std());
      assertThat(summary.min()).isEqualTo(s.min());
      assertThat(summary.max()).isEqualTo(s.max());
    }
    assertThat(Samples.constant(2.5).summary()).isEqualTo(new Samples.Summary(2.5, 0, 2.5, 2.5));
  }

  @Test
  void extremesFindTheLastElementsAndPropagateNaN() {
    assertThat(Samples.of(3, 1, 2, 9, 5, -4).min()).isEqualTo(-4);
    assertThat(Samples.of(3, 1, 2, 9, 5, -4).max()).isEqualTo(9);
    assertThat(Samples.of(1, Double.NaN, 2).min()).isNaN();
    assertThat(Samples.of(1, Double.NaN, 2).max()).isNaN();
    assertThat(Samples.of(1, 2, 3, 4, Double.NaN).summary().max()).isNaN();
    // infinities of both signs: the summary has no mean, the extremes are still found
    Samples infinite = Samples.of(1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2);
    assertThat(infinite.summary().mean()).isNaN();
    assertThat(infinite.min()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(infinite.max()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void derivedQuantitiesAreKeptWithTheirSamplesUpToALimit() {
    Samples a = Samples.of(random(1000, 5));
    Samples b = Samples.of(random(1000, 6));
    int[] made = {0};
    java.util.function.Supplier<Samples> product = () -> {
      made[0]++;
      return a.times(b);
    };
    Samples first = a.derived(java.util.List.of("times", b.key()), product);
    assertThat(a.derived(java.util.List.of("times", b.key()), product)).isSameAs(first);
    assertThat(made[0]).isOne();
    // arrays are operands by identity: equal values in another array are another operand
    Samples copy = Samples.of(b.toArray());
    assertThat(copy).isEqualTo(b);
    assertThat(copy.key()).isNotEqualTo(b.key());
    assertThat(a.derived(java.util.List.of("times", copy.key()), product)).isNotSameAs(first);
    assertThat(made[0]).isEqualTo(2);
    // constants by value, and a constant keeps nothing
    assertThat(Samples.constant(0.25).key()).isEqualTo(Samples.constant(0.25).key());
    Samples k = Samples.constant(3);
    assertThat(k.derived("x", product)).isNotSameAs(k.derived("x", product));
    // no more than the limit is kept: further quantities are made every time
    Samples host = Samples.of(random(100, 7));
    for (int i = 0; i < 40; i++) {
      int index = i;
      host.derived(index, () -> host.times(index));
    }
    int before = made[0];
    Samples extra = host.derived("beyond the limit", product);
    assertThat(host.derived("beyond the limit", product)).isNotSameAs(extra);
    assertThat(made[0]).isEqualTo(before + 2);
  }
}
