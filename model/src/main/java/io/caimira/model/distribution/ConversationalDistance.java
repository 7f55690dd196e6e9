package io.caimira.model.distribution;

import io.caimira.model.numeric.LinearTable;

/**
 * Interpersonal distance [m] during short-range interactions: the tabulated frequencies of Zhang et al.
 * (https://www.mdpi.com/1660-4601/17/4/1445, Fig. 8 a, "stand-stand"), linearly interpolated and sampled by
 * rejection on [0.5, 2.0] m with envelope 0.13. (It is not a log-normal.)
 */
public final class ConversationalDistance {
  private ConversationalDistance() {}

  public static final double MINIMUM = 0.5;
  public static final double MAXIMUM = 2.0;
  public static final double MAX_FUNCTION = 0.13;

  private static final double[] DISTANCES = {
    0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0
  };
  private static final double[] FREQUENCIES = {
    0.0598036, 0.0946154, 0.1299152, 0.1064905, 0.1099066, 0.0998209, 0.0845298, 0.0479286,
    0.0406084, 0.039795, 0.0205997, 0.0152316, 0.0118155, 0.0118155, 0.018485, 0.0205997
  };
  private static final LinearTable TABLE = new LinearTable(DISTANCES, FREQUENCIES, 0.0, 0.0);

  public static final Custom DISTRIBUTION =
      Custom.tabulated(MINIMUM, MAXIMUM, TABLE, MAX_FUNCTION);

  /** Interpolated frequency at distance x [m]; 0 outside [0.5, 2.0]. */
  public static double pdf(double x) {
    return TABLE.at(x);
  }

  public static double[] distances() {
    return DISTANCES.clone();
  }

  public static double[] frequencies() {
    return FREQUENCIES.clone();
  }
}
