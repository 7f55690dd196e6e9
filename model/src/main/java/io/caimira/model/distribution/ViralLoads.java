package io.caimira.model.distribution;

/**
 * Viral-load distributions [RNA copies per mL of sputum]. Source: Henriques et al. 2022
 * (https://doi.org/10.1098/rsfs.2021.0076) and references therein; the Weibull shape from Chen et al.
 * (https://elifesciences.org/articles/65774).
 */
public final class ViralLoads {
  private ViralLoads() {}

  /** Bounds of log10(viral load) for the rejection sampler. */
  public static final double LOG10_MIN = 2.0;

  public static final double LOG10_MAX = 10.0;

  /** Envelope of the rejection sampler (the tabulated density peaks at about 0.1903). */
  public static final double MAX_FUNCTION = 0.2;

  /** The default for every variant: 10^x with x drawn from {@link WeibullViralLoadPdf} on [2, 10]. */
  public static final LogCustom COVID_OVERALL =
      new LogCustom(Custom.tabulated(LOG10_MIN, LOG10_MAX, WeibullViralLoadPdf.table(), MAX_FUNCTION));

  /** Kernel bandwidth (in log10 units) of {@link #SYMPTOMATIC_FREQUENCIES}. */
  public static final double SYMPTOMATIC_BANDWIDTH = 0.1;

  private static final double[] SYMPTOMATIC_LOG10 = {
    2.46032, 2.67431, 2.85434, 3.06155, 3.25856, 3.47256, 3.66957, 3.85979, 4.09927, 4.27081,
    4.47631, 4.66653, 4.87204, 5.10302, 5.27456, 5.46478, 5.6533, 5.88428, 6.07281, 6.30549,
    6.48552, 6.64856, 6.85407, 7.10373, 7.30075, 7.47229, 7.66081, 7.85782, 8.05653, 8.27053,
    8.48453, 8.65607, 8.90573, 9.06878, 9.27429, 9.473, 9.66152, 9.87552
  };

  private static final double[] SYMPTOMATIC_WEIGHTS = {
    0.001206885, 0.007851618, 0.008078144, 0.01502491, 0.013258014, 0.018528495, 0.020053765,
    0.021896167, 0.022047184, 0.018604005, 0.01547796, 0.018075445, 0.021503523, 0.022349217,
    0.025097721, 0.032875078, 0.030594727, 0.032573045, 0.034717482, 0.034792991, 0.033267721,
    0.042887485, 0.036846816, 0.03876473, 0.045016819, 0.040063473, 0.04883754, 0.043944602,
    0.048142864, 0.041588741, 0.048762031, 0.027921732, 0.033871788, 0.022122693, 0.016927718,
    0.008833228, 0.00478598, 0.002807662
  };

  /**
   * Alternative from symptomatic-patient frequencies (registry only, not used by default): weighted Gaussian
   * kernel on 38 log10 values, bandwidth 0.1; samples are 10^(kernel sample).
   */
  public static final LogCustomKernel SYMPTOMATIC_FREQUENCIES =
      new LogCustomKernel(SYMPTOMATIC_LOG10, SYMPTOMATIC_WEIGHTS, SYMPTOMATIC_BANDWIDTH);

  public static double[] symptomaticLog10Values() {
    return SYMPTOMATIC_LOG10.clone();
  }

  public static double[] symptomaticWeights() {
    return SYMPTOMATIC_WEIGHTS.clone();
  }
}
