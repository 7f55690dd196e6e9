package io.caimira.model.concentration;

import io.caimira.model.sample.Samples;

/**
 * A per-sample weight of {@link ConcentrationModel#means}: {@code factor / divisor}, or the factor alone. The
 * quotient is formed block by block as the means are summed, never as a whole array, so that a report with many
 * short-range interactions (one weight per interaction, each divided by its own dilution factor) holds no extra
 * sample-sized array per interaction.
 *
 * @param factor the samples (or a constant)
 * @param divisor the samples each factor is divided by, or null for none
 */
public record Weight(Samples factor, Samples divisor) {

  public static Weight of(Samples factor) {
    return new Weight(factor, null);
  }

  public static Weight quotient(Samples factor, Samples divisor) {
    return new Weight(factor, divisor);
  }

  static Weight[] of(Samples[] factors) {
    Weight[] out = new Weight[factors.length];
    for (int w = 0; w < out.length; w++) {
      out[w] = of(factors[w]);
    }
    return out;
  }

  /** Number of samples (1 when both parts are constants). */
  public int size() {
    return divisor == null ? factor.size() : Samples.broadcastSize(factor, divisor);
  }

  /** The weight of sample {@code i}. */
  public double get(int i) {
    return divisor == null ? factor.get(i) : factor.get(i) / divisor.get(i);
  }

  /** Writes the weights of samples [from, to) into {@code target} from index 0. */
  public void copyTo(double[] target, int from, int to) {
    factor.copyTo(target, from, to);
    if (divisor != null) {
      divisor.divideSlice(target, from, to);
    }
  }

  /** The weights as samples (an array when either part is one). */
  public Samples toSamples() {
    return divisor == null ? factor : factor.dividedBy(divisor);
  }

  /** The same weight with its factor multiplied by {@code other}. */
  Weight times(Samples other) {
    return new Weight(factor.times(other), divisor);
  }

  /** Whether both weights are formed from the same instances (and so are equal without comparing samples). */
  boolean sameParts(Weight other) {
    return factor == other.factor && divisor == other.divisor;
  }
}
