package io.caimira.model.concentration;

/**
 * The Chebyshev moments Σᵢ wᵢ·T_k(xᵢ) of a run of samples on one panel of {@link SettlingRateInterpolation}, xᵢ the
 * sample's settling rate mapped to [−1, 1]. The run is taken {@value #PIECE} samples at a time: the rates and
 * weights of a piece are copied into small arrays of this instance, T_k follows from T_(k−1) and T_(k−2) over the
 * piece (a loop the JIT vectorises), and its products with each weight are added to four interleaved partial sums
 * per moment. All of it stays in the first-level cache, and nothing is allocated per run.
 *
 * <p>The partial sums are carried from one piece to the next (a piece holds a multiple of four samples, the last
 * one excepted), so every moment is the same, bit for bit, as {@link io.caimira.model.numeric.FixedOrderSums#dot}
 * of the weights and the stored T_k over the whole run.
 *
 * <p>Not thread-safe: each thread uses its own instance.
 */
final class ChebyshevMoments {
  /** Samples per piece: a multiple of four; five arrays of it take 20 KiB. */
  static final int PIECE = 512;

  /** Samples [from, to) of a per-sample quantity, written to {@code target} from index 0. */
  @FunctionalInterface
  interface Source {
    void copyTo(double[] target, int from, int to);
  }

  /** T_0 over a piece. */
  private static final double[] ONES = filledWithOnes();

  private final double[] rates = new double[PIECE];
  /** Multi-panel moments: each panel's samples, in their order, until a piece of them is full. */
  private final double[][] panelRates;
  private final double[][][] panelWeights;
  private final double[] twoX = new double[PIECE];
  private final double[] previous = new double[PIECE];
  private final double[] current = new double[PIECE];
  private final double[][] weights;
  /** The four partial sums of moment k of weight w on panel p at [((p·weights + w)·NODES + k)·4 .. +4). */
  private final double[] chains;

  /** Moments for up to {@code weightCount} weights at a time, on one panel. */
  ChebyshevMoments(int weightCount) {
    this(weightCount, 1);
  }

  /** Moments for up to {@code weightCount} weights at a time, on up to {@code panels} panels. */
  ChebyshevMoments(int weightCount, int panels) {
    this.weights = new double[weightCount][PIECE];
    this.panelRates = panels > 1 ? new double[panels][PIECE] : null;
    this.panelWeights = panels > 1 ? new double[panels][weightCount][PIECE] : null;
    this.chains = new double[panels * weightCount * SettlingRateInterpolation.NODES * 4];
  }

  /**
   * The first {@code terms} moments of samples [from, to) of {@code weightSources} ({@code [weight][k]}, the others
   * 0), the rates taken from {@code rateSource} and mapped to [−1, 1] by (a − centre)·inverseHalfWidth, clamped.
   */
  double[][] of(Source rateSource, Source[] weightSources, int from, int to, double centre, double inverseHalfWidth,
      int terms) {
    int count = weightSources.length;
    int nodes = SettlingRateInterpolation.NODES;
    java.util.Arrays.fill(chains, 0, count * nodes * 4, 0.0);
    for (int start = from; start < to; start += PIECE) {
      int end = Math.min(to, start + PIECE);
      int n = copyPiece(rateSource, weightSources, start, end);
      addPiece(rates, weights, n, count, centre, inverseHalfWidth, terms, 0);
    }
    double[][] sums = new double[count][nodes];
    collect(sums, count, 0, terms);
    return sums;
  }

  /**
   * The moments of samples [from, to) on several panels ({@code [weight][panel·NODES + k]}): a sample belongs to the
   * first panel whose upper end {@code highs[p]} is at or above its rate (the last one otherwise, and for NaN). The
   * samples are dealt to their panels' small arrays in one pass, in their order; a panel's piece is summed when it is
   * full (and at the end), its partial sums carried from piece to piece: no block-sized copies.
   */
  double[][] ofPanels(Source rateSource, Source[] weightSources, int from, int to, double[] highs, double[] centres,
      double[] inverseHalfWidths, int[] terms) {
    int count = weightSources.length;
    int panels = highs.length;
    int nodes = SettlingRateInterpolation.NODES;
    java.util.Arrays.fill(chains, 0, panels * count * nodes * 4, 0.0);
    int[] filled = new int[panels];
    for (int start = from; start < to; start += PIECE) {
      int n = copyPiece(rateSource, weightSources, start, Math.min(to, start + PIECE));
      for (int i = 0; i < n; i++) {
        double a = rates[i];
        int p = 0;
        for (int q = 0; q + 1 < panels; q++) {
          p += highs[q] >= a ? 0 : 1; // the panels below the rate, counted without a branch
        }
        int m = filled[p];
        panelRates[p][m] = a;
        for (int k = 0; k < count; k++) {
          panelWeights[p][k][m] = weights[k][i];
        }
        if (++m == PIECE) {
          addPiece(panelRates[p], panelWeights[p], PIECE, count, centres[p], inverseHalfWidths[p], terms[p],
              p * count * nodes * 4);
          m = 0;
        }
        filled[p] = m;
      }
    }
    double[][] sums = new double[count][panels * nodes];
    for (int p = 0; p < panels; p++) {
      if (filled[p] > 0) {
        addPiece(panelRates[p], panelWeights[p], filled[p], count, centres[p], inverseHalfWidths[p], terms[p],
            p * count * nodes * 4);
      }
      double[][] own = new double[count][nodes];
      collect(own, count, p * count * nodes * 4, terms[p]);
      for (int k = 0; k < count; k++) {
        System.arraycopy(own[k], 0, sums[k], p * nodes, nodes);
      }
    }
    return sums;
  }

  /** Copies the rates and weights of samples [start, end) into this instance's piece arrays; their number. */
  private int copyPiece(Source rateSource, Source[] weightSources, int start, int end) {
    rateSource.copyTo(rates, start, end);
    for (int k = 0; k < weightSources.length; k++) {
      weightSources[k].copyTo(weights[k], start, end);
    }
    return end - start;
  }

  /** The moments of the partial sums at {@code base} (four per weight and term) into {@code sums[weight][k]}. */
  private void collect(double[][] sums, int count, int base, int terms) {
    int nodes = SettlingRateInterpolation.NODES;
    int formed = Math.max(2, terms); // T_0 and T_1 always
    for (int k = 0; k < count; k++) {
      for (int m = 0; m < formed; m++) {
        int c = base + (k * nodes + m) * 4;
        sums[k][m] = (chains[c] + chains[c + 1]) + (chains[c + 2] + chains[c + 3]);
      }
    }
  }

  private static double[] filledWithOnes() {
    double[] ones = new double[PIECE];
    java.util.Arrays.fill(ones, 1.0);
    return ones;
  }

  private void addPiece(double[] rates, double[][] weights, int n, int count, double centre, double inverseHalfWidth,
      int terms, int base) {
    double[] x = current;
    for (int i = 0; i < n; i++) {
      // a clamp by comparisons (Math.min and max of doubles are slow on some processors)
      double y = (rates[i] - centre) * inverseHalfWidth;
      double clamped = y < -1.0 ? -1.0 : (y > 1.0 ? 1.0 : y);
      twoX[i] = 2 * clamped;
      previous[i] = 1.0;
      x[i] = clamped;
    }
    addDots(weights, ONES, n, 0, count, base); // T_0 = 1: the products are the weights themselves, exactly
    addDots(weights, x, n, 1, count, base);
    double[] older = previous;
    double[] newer = x;
    for (int m = 2; m < terms; m++) {
      for (int i = 0; i < n; i++) {
        older[i] = twoX[i] * newer[i] - older[i];
      }
      double[] next = older; // T_m now; T_(m−1) becomes the older one
      older = newer;
      newer = next;
      addDots(weights, newer, n, m, count, base);
    }
  }

  /** Adds moment m of every weight: two weights per pass where there are two (T_m read once for both). */
  private void addDots(double[][] weights, double[] t, int n, int m, int count, int base) {
    int nodes = SettlingRateInterpolation.NODES;
    int k = 0;
    for (; k + 1 < count; k += 2) {
      addDot2(weights[k], weights[k + 1], t, n, base + (k * nodes + m) * 4, base + ((k + 1) * nodes + m) * 4);
    }
    if (k < count) {
      addDot(weights[k], t, n, base + (k * nodes + m) * 4);
    }
  }

  /** {@link #addDot} of two weights in one pass (the same partial sums, term for term). */
  private void addDot2(double[] w, double[] v, double[] t, int n, int c, int d) {
    double s0 = chains[c];
    double s1 = chains[c + 1];
    double s2 = chains[c + 2];
    double s3 = chains[c + 3];
    double u0 = chains[d];
    double u1 = chains[d + 1];
    double u2 = chains[d + 2];
    double u3 = chains[d + 3];
    int i = 0;
    for (; i + 3 < n; i += 4) {
      double t0 = t[i];
      double t1 = t[i + 1];
      double t2 = t[i + 2];
      double t3 = t[i + 3];
      s0 += w[i] * t0;
      s1 += w[i + 1] * t1;
      s2 += w[i + 2] * t2;
      s3 += w[i + 3] * t3;
      u0 += v[i] * t0;
      u1 += v[i + 1] * t1;
      u2 += v[i + 2] * t2;
      u3 += v[i + 3] * t3;
    }
    for (; i < n; i++) {
      s0 += w[i] * t[i];
      u0 += v[i] * t[i];
    }
    chains[c] = s0;
    chains[c + 1] = s1;
    chains[c + 2] = s2;
    chains[c + 3] = s3;
    chains[d] = u0;
    chains[d + 1] = u1;
    chains[d + 2] = u2;
    chains[d + 3] = u3;
  }

  /** Adds Σ w·t over [0, n) to the partial sums at {@code c}, as FixedOrderSums.dot assigns the terms. */
  private void addDot(double[] w, double[] t, int n, int c) {
    double s0 = chains[c];
    double s1 = chains[c + 1];
    double s2 = chains[c + 2];
    double s3 = chains[c + 3];
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += w[i] * t[i];
      s1 += w[i + 1] * t[i + 1];
      s2 += w[i + 2] * t[i + 2];
      s3 += w[i + 3] * t[i + 3];
    }
    for (; i < n; i++) {
      s0 += w[i] * t[i];
    }
    chains[c] = s0;
    chains[c + 1] = s1;
    chains[c + 2] = s2;
    chains[c + 3] = s3;
  }
}
