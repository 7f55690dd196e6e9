package io.caimira.model.distribution;

import io.caimira.model.numeric.TableExp;

/** A {@link CustomKernel} on log10 of the variable; the samples are 10^(kernel sample). */
public final class LogCustomKernel implements ChunkedDistribution {
  private final CustomKernel log10Kernel;

  /** The arrays are copied. */
  public LogCustomKernel(double[] log10Points, double[] weights, double bandwidth) {
    this.log10Kernel = new CustomKernel(log10Points, weights, bandwidth);
  }

  /** The kernel distribution of log10 of the samples. */
  public CustomKernel log10Kernel() {
    return log10Kernel;
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    // the draws first, then the exponentials: the same numbers as one loop, faster (see LogNormal#fill)
    for (int i = from; i < to; i++) {
      out[i] = log10Kernel.draw(random);
    }
    for (int i = from; i < to; i++) {
      out[i] = TableExp.exp(LogCustom.LN_10 * out[i]);
    }
  }
}
