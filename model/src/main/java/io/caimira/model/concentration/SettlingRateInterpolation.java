package io.caimira.model.concentration;

import io.caimira.model.work.Cancellation;
import io.caimira.model.work.ParallelBlocks;

import io.caimira.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample means of the walk when the samples differ only by their time-independent removal a (the settling rate of
 * the sampled diameter): the normed concentration at each time and its cumulative integral are smooth (analytic)
 * functions of a, so they are walked exactly at a few Chebyshev–Lobatto nodes in a and interpolated in between.
 * Then Σᵢ wᵢ·C(t; aᵢ) = Σ_k c_k(t)·Σᵢ wᵢ·T_k(xᵢ), with c_k the Chebyshev coefficients of the interpolant and
 * xᵢ the sample's rate mapped to [−1, 1]: one pass over the samples forms the moments Σᵢ wᵢ·T_k(xᵢ), and a few
 * dozen walks replace one walk per sample.
 *
 * <p>The range of a is cut into panels, halved until every curve is resolved on each panel: the last Chebyshev
 * coefficients of each curve must be below {@link #TOLERANCE} times its largest value on the panel, and the
 * interpolant must agree with an exact walk at an interior check point. The interpolation error is then many orders
 * of magnitude below the Monte-Carlo noise; when the panels would become too many or too narrow, the caller walks
 * every sample instead.
 */
final class SettlingRateInterpolation {
  /** Chebyshev–Lobatto nodes per panel (polynomial degree 16). */
  static final int NODES = 17;
  /** Relative size of the last Chebyshev coefficients that counts as resolved. */
  static final double TOLERANCE = 1e-13;
  /** Relative agreement required at the check point of a panel. */
  static final double CHECK_TOLERANCE = 1e-11;
  private static final int MAX_PANELS = 256;
  /** Samples per block of the parallel pass (fixed, so that sums do not depend on the number of threads). */
  private static final int BLOCK = 8192;

  private final Schedule schedule;
  private final Timeline line;
  private final int times;
  private final double[] decay;

  private SettlingRateInterpolation(Schedule schedule, Timeline line, int times) {
    this.schedule = schedule;
    this.line = line;
    this.times = times;
    this.decay = new double[line.lengths.length];
  }

  /**
   * Whether the samples differ only by their time-independent removal and their background (the walk is linear in
   * the background: C/K = B/K·U(t; a) + G(t; a), with U the walk with a unit background and no emitters and G the
   * walk with no background).
   */
  static boolean applies(Schedule s) {
    return !s.baseRemoval.isConstant() && s.volume.isConstant() && BlockWalk.applies(s);
  }

  /**
   * The means of {@link ConcentrationModel#means}, or null when the curves cannot be resolved with few panels.
   *
   * @param samples the number of samples (the size of the per-sample inputs)
   */
  static ConcentrationModel.Means means(Schedule s, Timeline line, int times, Weight[] concentrationWeights,
      Weight[] integralWeights, int samples) {
    if (s.background.isConstant()) {
      return resolvedMeans(s, line, times, concentrationWeights, integralWeights, samples);
    }
    Samples zero = Samples.constant(0.0);
    ConcentrationModel.Means emitted =
        resolvedMeans(s.with(zero, true), line, times, concentrationWeights, integralWeights, samples);
    if (emitted == null || allZero(s.background)) {
      return emitted;
    }
    ConcentrationModel.Means background = resolvedMeans(s.with(Samples.constant(1.0), false), line, times,
        scaled(concentrationWeights, s.background), scaled(integralWeights, s.background), samples);
    if (background == null) {
      return null;
    }
    return new ConcentrationModel.Means(sum(emitted.concentrations(), background.concentrations()),
        sum(emitted.cumulativeIntegrals(), background.cumulativeIntegrals()));
  }

  private static boolean allZero(Samples s) {
    Samples.Reader values = s.reader();
    for (int i = 0; i < s.size(); i++) {
      if (values.get(i) != 0.0) {
        return false;
      }
    }
    return true;
  }

  private static Weight[] scaled(Weight[] weights, Samples factor) {
    Weight[] out = new Weight[weights.length];
    for (int w = 0; w < out.length; w++) {
      for (int earlier = 0; earlier < w && out[w] == null; earlier++) {
        out[w] = weights[earlier].sameParts(weights[w]) ? out[earlier] : null; // the same weight stays one instance
      }
      if (out[w] == null) {
        out[w] = weights[w].times(factor);
      }
    }
    return out;
  }

  private static double[][] sum(double[][] a, double[][] b) {
    double[][] out = new double[a.length][];
    for (int w = 0; w < a.length; w++) {
      out[w] = new double[a[w].length];
      for (int q = 0; q < out[w].length; q++) {
        out[w][q] = a[w][q] + b[w][q];
      }
    }
    return out;
  }

  private static ConcentrationModel.Means resolvedMeans(Schedule s, Timeline line, int times,
      Weight[] concentrationWeights, Weight[] integralWeights, int samples) {
    SettlingRateInterpolation interpolation = new SettlingRateInterpolation(s, line, times);
    List<Panel> panels = interpolation.panels(s.baseRemoval.min(), s.baseRemoval.max());
    if (panels == null) {
      return null;
    }
    int cw = concentrationWeights.length;
    int weightCount = cw + integralWeights.length;
    Weight[] weights = new Weight[weightCount];
    System.arraycopy(concentrationWeights, 0, weights, 0, cw);
    System.arraycopy(integralWeights, 0, weights, cw, integralWeights.length);
    double[][] moments = distinctMoments(s.baseRemoval, panels, weights, samples);

    double[][] concentrations = new double[cw][times];
    double[][] cumulative = new double[integralWeights.length][times];
    for (int w = 0; w < weightCount; w++) {
      double[] out = w < cw ? concentrations[w] : cumulative[w - cw];
      int offset = w < cw ? 0 : times;
      for (int p = 0; p < panels.size(); p++) {
        double[][] coefficients = panels.get(p).coefficients();
        for (int k = 0; k < panels.get(p).terms(); k++) {
          double weight = moments[w][p * NODES + k];
          double[] curve = coefficients[k];
          for (int q = 0; q < times; q++) {
            out[q] += weight * curve[offset + q];
          }
        }
      }
      for (int q = 0; q < times; q++) {
        out[q] /= samples;
      }
    }
    return new ConcentrationModel.Means(concentrations, cumulative);
  }

  /**
   * A panel [lo, hi] of settling rates, the curves walked at its nodes (values[node][curve point]), the Chebyshev
   * coefficients of their interpolants (coefficients[k][curve point]) and how many of them count: the coefficients
   * from {@code terms} on are below {@link #TOLERANCE} times their curve's largest value (dropping them changes a
   * mean by less than (NODES − terms)·TOLERANCE of it), so their moments are not formed.
   */
  private record Panel(double lo, double hi, double[][] values, double[][] coefficients, int terms) {}

  /**
   * The coefficients c_k of the polynomial through the values at the Lobatto nodes xₘ = cos(πm/n), in the basis
   * of the Chebyshev polynomials T_k: c_k = (2/n)·Σ″ₘ vₘ·cos(πmk/n), the end terms of the sum and c₀, c_n halved.
   */
  static double[][] chebyshevCoefficients(double[][] values) {
    int n = NODES - 1;
    int length = values[0].length;
    double[][] out = new double[NODES][length];
    for (int k = 0; k <= n; k++) {
      double[] row = out[k];
      for (int m = 0; m <= n; m++) {
        double factor = Math.cos(Math.PI * ((long) m * k % (2L * n)) / n) * (m == 0 || m == n ? 0.5 : 1.0);
        double[] v = values[m];
        for (int c = 0; c < length; c++) {
          row[c] += factor * v[c];
        }
      }
      double scale = (k == 0 || k == n ? 1.0 : 2.0) / n;
      for (int c = 0; c < length; c++) {
        row[c] *= scale;
      }
    }
    return out;
  }

  private List<Panel> panels(double lo, double hi) {
    List<Panel> out = new ArrayList<>();
    if (!(hi > lo)) {
      hi = lo + Math.max(1e-9, Math.abs(lo) * 1e-9);
    }
    return resolve(lo, hi, out) ? out : null;
  }

  /** Adds the panels that resolve [lo, hi], in increasing order; false when that needs too many or too narrow. */
  private boolean resolve(double lo, double hi, List<Panel> out) {
    double[][] values = new double[NODES][];
    for (int m = 0; m < NODES; m++) {
      values[m] = curves(node(lo, hi, m));
    }
    double[][] coefficients = chebyshevCoefficients(values);
    if (resolved(lo, hi, values, coefficients)) {
      out.add(new Panel(lo, hi, values, coefficients, terms(values, coefficients)));
      return out.size() <= MAX_PANELS;
    }
    double mid = 0.5 * (lo + hi);
    if (!(mid > lo && mid < hi) || hi - lo < 1e-9 * Math.max(1.0, Math.abs(hi)) || out.size() >= MAX_PANELS) {
      return false;
    }
    return resolve(lo, mid, out) && resolve(mid, hi, out);
  }

  /**
   * Whether every curve is resolved on the panel: its two highest Chebyshev coefficients are negligible next to
   * its largest value, and the interpolant matches an exact walk at an interior point that is not a node.
   */
  private boolean resolved(double lo, double hi, double[][] values, double[][] coefficients) {
    double check = lo + 0.3819660112501051 * (hi - lo);
    double[] exact = curves(check);
    double[] basis = new double[NODES];
    basis(nodes(lo, hi), check, basis);
    double[] last = coefficients[NODES - 1];
    double[] beforeLast = coefficients[NODES - 2];
    for (int c = 0; c < exact.length; c++) {
      double scale = 0;
      double interpolated = 0;
      for (int m = 0; m < NODES; m++) {
        scale = Math.max(scale, Math.abs(values[m][c]));
        interpolated += basis[m] * values[m][c];
      }
      if (!Double.isFinite(scale) || !Double.isFinite(exact[c])
          || Math.abs(last[c]) > TOLERANCE * scale || Math.abs(beforeLast[c]) > TOLERANCE * scale) {
        return false;
      }
      if (Math.abs(interpolated - exact[c]) > CHECK_TOLERANCE * Math.max(scale, Math.abs(exact[c]))) {
        return false;
      }
    }
    return true;
  }

  /** The number of leading coefficients that are not negligible for some curve (at least 2). */
  private static int terms(double[][] values, double[][] coefficients) {
    int curves = values[0].length;
    double[] scale = new double[curves];
    for (double[] v : values) {
      for (int c = 0; c < curves; c++) {
        scale[c] = Math.max(scale[c], Math.abs(v[c]));
      }
    }
    for (int k = NODES - 1; k >= 2; k--) {
      for (int c = 0; c < curves; c++) {
        if (Math.abs(coefficients[k][c]) > TOLERANCE * scale[c]) {
          return k + 1;
        }
      }
    }
    return 2;
  }

  /** Node m of the Chebyshev–Lobatto points of [lo, hi], in decreasing order. */
  private static double node(double lo, double hi, int m) {
    return 0.5 * (lo + hi) + 0.5 * (hi - lo) * Math.cos(Math.PI * m / (NODES - 1));
  }

  /** The Chebyshev–Lobatto nodes of [lo, hi]. */
  private static double[] nodes(double lo, double hi) {
    double[] nodes = new double[NODES];
    for (int m = 0; m < NODES; m++) {
      nodes[m] = node(lo, hi, m);
    }
    return nodes;
  }

  /** The exact concentrations at the times, then the cumulative integrals, for the removal a. */
  private double[] curves(double a) {
    Schedule single = new Schedule(schedule.times, schedule.firstPresence, Samples.constant(a), schedule.removal,
        schedule.people, schedule.volume, schedule.background);
    double[] concentration = new double[times];
    double[] cumulative = new double[times];
    Thread owner = Cancellation.owner();
    Cancellation.check(owner);
    TimelineWalk.walk(single, line, 0, concentration, cumulative, decay, owner);
    double[] out = new double[2 * times];
    System.arraycopy(concentration, 0, out, 0, times);
    System.arraycopy(cumulative, 0, out, times, times);
    return out;
  }

  /** {@link #moments} with each weight given more than once (from the same instances) formed once. */
  private static double[][] distinctMoments(Samples removal, List<Panel> panels, Weight[] weights, int samples) {
    List<Weight> distinct = new ArrayList<>();
    int[] index = new int[weights.length];
    for (int w = 0; w < weights.length; w++) {
      int found = -1;
      for (int d = 0; d < distinct.size() && found < 0; d++) {
        found = distinct.get(d).sameParts(weights[w]) ? d : -1;
      }
      if (found < 0) {
        found = distinct.size();
        distinct.add(weights[w]);
      }
      index[w] = found;
    }
    double[][] computed = moments(removal, panels, distinct.toArray(Weight[]::new), samples);
    double[][] out = new double[weights.length][];
    for (int w = 0; w < weights.length; w++) {
      out[w] = computed[index[w]];
    }
    return out;
  }

  /**
   * The Chebyshev moments Σᵢ wᵢ·T_k(xᵢ) of every weight w on every panel, xᵢ the sample's settling rate mapped
   * to [−1, 1] on its panel: [weight][panel·NODES + k]. The mean of w·C is then Σ_k moment_k·c_k / N.
   */
  private static double[][] moments(Samples removal, List<Panel> panels, Weight[] weights, int samples) {
    int count = panels.size();
    double[] highs = new double[count];
    double[] centres = new double[count];
    double[] inverseHalfWidths = new double[count];
    int[] terms = new int[count];
    for (int p = 0; p < count; p++) {
      Panel panel = panels.get(p);
      terms[p] = panel.terms;
      highs[p] = panel.hi;
      centres[p] = 0.5 * (panel.lo + panel.hi);
      inverseHalfWidths[p] = 2 / (panel.hi - panel.lo);
    }
    int blocks = (samples + BLOCK - 1) / BLOCK;
    double[][][] partial = new double[blocks][][];
    ParallelBlocks.run(samples, BLOCK, (from, to) -> {
      // read in place, a piece at a time: no block-sized copies
      ChebyshevMoments.Source[] sources = new ChebyshevMoments.Source[weights.length];
      for (int k = 0; k < weights.length; k++) {
        sources[k] = weights[k]::copyTo;
      }
      partial[from / BLOCK] = count == 1
          ? new ChebyshevMoments(weights.length)
              .of(removal::copyTo, sources, from, to, centres[0], inverseHalfWidths[0], terms[0])
          : new ChebyshevMoments(weights.length, count)
              .ofPanels(removal::copyTo, sources, from, to, highs, centres, inverseHalfWidths, terms);
    });
    double[][] total = new double[weights.length][count * NODES];
    for (double[][] sums : partial) {
      for (int k = 0; k < total.length; k++) {
        for (int j = 0; j < total[k].length; j++) {
          total[k][j] += sums[k][j];
        }
      }
    }
    return total;
  }

  /** The Lagrange basis of the Lobatto nodes at a (barycentric formula), into {@code basis}. */
  private static void basis(double[] nodes, double a, double[] basis) {
    double sum = 0;
    for (int m = 0; m < NODES; m++) {
      double d = a - nodes[m];
      if (d == 0) {
        java.util.Arrays.fill(basis, 0.0);
        basis[m] = 1.0;
        return;
      }
      double lambda = ((m & 1) == 0 ? 1.0 : -1.0) * (m == 0 || m == NODES - 1 ? 0.5 : 1.0);
      basis[m] = lambda / d;
      sum += basis[m];
    }
    double inverse = 1 / sum;
    for (int m = 0; m < NODES; m++) {
      basis[m] *= inverse;
    }
  }

  /**
   * The first {@code terms} moments of one block on a single panel (the others are left 0), formed by
   * {@link ChebyshevMoments}.
   */
  static double[][] onePanelMoments(double[] a, double[][] w, double centre, double inverseHalfWidth, int terms) {
    return onePanelMoments(a, w, 0, a.length, centre, inverseHalfWidth, terms);
  }

  /** As {@link #onePanelMoments(double[], double[][], double, double, int)} on the samples [from, to) of the arrays. */
  static double[][] onePanelMoments(double[] a, double[][] w, int from, int to, double centre,
      double inverseHalfWidth, int terms) {
    ChebyshevMoments.Source[] sources = new ChebyshevMoments.Source[w.length];
    for (int k = 0; k < w.length; k++) {
      sources[k] = slice(w[k]);
    }
    return new ChebyshevMoments(w.length).of(slice(a), sources, from, to, centre, inverseHalfWidth, terms);
  }

  private static ChebyshevMoments.Source slice(double[] values) {
    return (target, from, to) -> System.arraycopy(values, from, target, 0, to - from);
  }

}
