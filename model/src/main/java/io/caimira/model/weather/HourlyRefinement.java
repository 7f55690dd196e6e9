package io.caimira.model.weather;

import io.caimira.model.numeric.Grids;
import io.caimira.model.numeric.PeriodicInterp;
import io.caimira.model.time.PiecewiseConstant;

/**
 * Turns a daily cycle of hourly values into a finer piecewise-constant profile over [0, 24] h: the day is cut
 * into {@code npts} equal segments and each segment takes the 24-hour-periodic linear interpolation of the
 * source points at the segment's mid-point.
 */
public final class HourlyRefinement {
  /** Segments per day of the outside-temperature profile: 10 per hour, i.e. 6-minute steps. */
  public static final int SEGMENTS_PER_DAY = 240;

  private static final double DAY = 24.0;

  private HourlyRefinement() {}

  /**
   * @param sourceTimes times [h] of the source values; any order, may exceed [0, 24) (they are taken modulo 24)
   * @param values source values, same length
   * @param npts number of segments of the result
   * @return boundaries {@code linspace(0, 24, npts + 1)} with the interpolated mid-point values
   */
  public static PiecewiseConstant refine(double[] sourceTimes, double[] values, int npts) {
    if (npts < 1) {
      throw new IllegalArgumentException("npts must be positive");
    }
    double[] boundaries = Grids.linspace(0, DAY, npts + 1);
    double halfStep = DAY / npts / 2;
    PeriodicInterp daily = new PeriodicInterp(sourceTimes, values, DAY);
    double[] refined = new double[npts];
    for (int i = 0; i < npts; i++) {
      refined[i] = daily.at(boundaries[i] + halfStep);
    }
    return new PiecewiseConstant(boundaries, refined);
  }

  /**
   * The local-time profile of 24 values given on the hour in another clock: value h is placed at local time
   * {@code h + offsetHours}, then refined to {@link #SEGMENTS_PER_DAY} segments.
   *
   * @param hourly 24 values, index h at h:00 of the source clock (UTC for station data)
   * @param offsetHours hours to add to the source clock to get local time (0 if already local)
   */
  public static PiecewiseConstant localDailyProfile(double[] hourly, double offsetHours) {
    if (hourly.length != Months.HOURS_PER_DAY) {
      throw new IllegalArgumentException("expected 24 hourly values, got " + hourly.length);
    }
    double[] times = new double[hourly.length];
    for (int h = 0; h < times.length; h++) {
      times[h] = h + offsetHours;
    }
    return refine(times, hourly, SEGMENTS_PER_DAY);
  }
}
