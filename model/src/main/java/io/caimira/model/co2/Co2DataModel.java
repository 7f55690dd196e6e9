package io.caimira.model.co2;

import io.caimira.model.population.Headcount;
import io.caimira.model.room.Room;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PiecewiseConstant;
import java.util.Objects;

/**
 * Measured CO₂ concentrations in a room with a known occupancy, to be explained by one exhalation
 * rate per person and one air-change rate per ventilation interval ({@link #fit()}).
 *
 * <p>The fitted model is a {@link io.caimira.model.concentration.Co2ConcentrationModel} of a room of
 * the given volume, ventilated at a piecewise-constant rate that changes at the ventilation
 * transition times, with {@code occupancy} people breathing out at the fitted rate. The parameters
 * minimise sqrt(Σ (measured − predicted)²) over the sample times: upstream's search (all-ones start, bounded Powell
 * on [0, ∞), {@link BoundedPowell#minimiseNonNegative}) refined by searches over the air-change rates with the
 * exhalation rate solved exactly (see {@link #fit()}).
 */
public final class Co2DataModel {
  private final double roomVolume;
  private final Integer roomCapacity;
  private final IntPiecewiseConstant occupancy;
  private final double[] ventilationTransitionTimes;
  private final double[] times;
  private final double[] co2;

  /**
   * @param roomVolume room volume [m³], positive
   * @param roomCapacity maximum number of occupants, for flow rates per person (null when unknown)
   * @param occupancy number of people present over time (at least one person at some time)
   * @param ventilationTransitionTimes times [h] at which the air-change rate may change, strictly
   *     increasing, at least two (n times give n − 1 ventilation intervals)
   * @param times sample times [h]
   * @param co2 measured concentrations [ppm], one per sample time
   */
  public Co2DataModel(
      double roomVolume,
      Integer roomCapacity,
      IntPiecewiseConstant occupancy,
      double[] ventilationTransitionTimes,
      double[] times,
      double[] co2) {
    Objects.requireNonNull(occupancy, "occupancy");
    Objects.requireNonNull(ventilationTransitionTimes, "ventilationTransitionTimes");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(co2, "co2");
    if (times.length != co2.length) {
      throw new IllegalArgumentException("times and CO2_concentrations must have same length.");
    }
    if (times.length < 2) {
      throw new IllegalArgumentException(
          "times and CO2_concentrations must contain at least two elements");
    }
    if (ventilationTransitionTimes.length < 2) {
      throw new IllegalArgumentException(
          "ventilation_transition_times must contain at least two elements (one ventilation"
              + " interval); got " + ventilationTransitionTimes.length);
    }
    // the same check, and message, as the fitted ventilation will make
    new PiecewiseConstant(ventilationTransitionTimes, new double[ventilationTransitionTimes.length - 1]);
    if (!(roomVolume > 0) || Double.isInfinite(roomVolume)) {
      throw new IllegalArgumentException("The room volume must be positive and finite. Got " + roomVolume);
    }
    if (roomCapacity != null && roomCapacity < 0) {
      throw new IllegalArgumentException("The room capacity must not be negative. Got " + roomCapacity);
    }
    if (occupancy.max() <= 0) {
      throw new IllegalArgumentException("The occupancy must have at least one person present.");
    }
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(times[i])) {
        throw new IllegalArgumentException("The sample times must be finite numbers.");
      }
    }
    this.roomVolume = roomVolume;
    this.roomCapacity = roomCapacity;
    this.occupancy = occupancy;
    this.ventilationTransitionTimes = ventilationTransitionTimes.clone();
    this.times = times.clone();
    this.co2 = co2.clone();
  }

  public double roomVolume() {
    return roomVolume;
  }

  public Integer roomCapacity() {
    return roomCapacity;
  }

  public IntPiecewiseConstant occupancy() {
    return occupancy;
  }

  public double[] ventilationTransitionTimes() {
    return ventilationTransitionTimes.clone();
  }

  public double[] times() {
    return times.clone();
  }

  public double[] co2() {
    return co2.clone();
  }

  /** Number of fitted parameters: the exhalation rate and one air-change rate per interval. */
  public int parameterCount() {
    return ventilationTransitionTimes.length;
  }

  /**
   * Fits the exhalation rate and the air-change rates. Deterministic: the same inputs give the
   * same result, bit for bit.
   */
  public Co2Fit fit() {
    Co2FitObjective objective = objective();
    double[] x = bestPoint(objective);
    double[] ach = java.util.Arrays.copyOfRange(x, 1, x.length);
    double[] litresPerSecond = new double[ach.length];
    for (int i = 0; i < ach.length; i++) {
      litresPerSecond[i] = ach[i] / 3600 * roomVolume * 1000;
    }
    double[] perPerson = null;
    if (roomCapacity != null && roomCapacity != 0) {
      perPerson = new double[ach.length];
      for (int i = 0; i < ach.length; i++) {
        perPerson[i] = litresPerSecond[i] / roomCapacity;
      }
    }
    return new Co2Fit(x[0], ach, roomCapacity, litresPerSecond, perPerson, objective.predict(x));
  }

  /**
   * Upstream's search (Powell from all-ones over [E, λ…]), then searches over the air-change rates alone with the
   * exhalation rate solved exactly ({@link ProjectedCo2Objective}), from upstream's point and, for up to
   * {@link #MULTI_START_MAX_INTERVALS} intervals, from uniform rates of {@link #STARTS} h⁻¹; the point of lowest
   * objective wins. Upstream's search alone may stop in a local minimum or on a poor point; the exact exhalation
   * rate removes the valley along which the two kinds of parameters trade off, and the starts cover air-change
   * rates from a closed room to a strongly ventilated one.
   */
  private double[] bestPoint(Co2FitObjective objective) {
    int n = parameterCount();
    PowellResult upstream = BoundedPowell.minimiseNonNegative(objective, n);
    double[] best = upstream.point();
    double bestValue = upstream.value();
    ProjectedCo2Objective projected = new ProjectedCo2Objective(objective, co2);
    java.util.List<double[]> starts = new java.util.ArrayList<>();
    starts.add(java.util.Arrays.copyOfRange(best, 1, n));
    if (n - 1 <= MULTI_START_MAX_INTERVALS) {
      for (double rate : STARTS) {
        double[] start = new double[n - 1];
        java.util.Arrays.fill(start, rate);
        starts.add(start);
      }
    }
    double[] lower = new double[n - 1];
    double[] upper = new double[n - 1];
    java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
    BoundedPowell search = BoundedPowell.co2FitSettings(n - 1);
    for (double[] start : starts) {
      PowellResult r = search.minimise(projected, start, lower, upper);
      double[] x = projected.withBestExhalation(r.point());
      double value = objective.applyAsDouble(x);
      if (value < bestValue) {
        best = x;
        bestValue = value;
      }
    }
    return best;
  }

  /** Uniform air-change rates [h⁻¹] the projected search also starts from. */
  private static final double[] STARTS = {0.3, 3};

  /** Above this many ventilation intervals, the projected search starts from upstream's point only. */
  static final int MULTI_START_MAX_INTERVALS = 4;

  /**
   * The fit's objective sqrt(Σ (measured − predicted)²) [ppm] at x = [exhalation rate [m³/h], ACH
   * of each interval [h⁻¹]].
   */
  public double residualNorm(double[] x) {
    if (x.length != parameterCount()) {
      throw new IllegalArgumentException(
          "expected " + parameterCount() + " parameters, got " + x.length);
    }
    return objective().applyAsDouble(x.clone());
  }

  /** Concentrations [ppm] predicted at the sample times for x (as {@link #residualNorm}). */
  public double[] predict(double[] x) {
    if (x.length != parameterCount()) {
      throw new IllegalArgumentException(
          "expected " + parameterCount() + " parameters, got " + x.length);
    }
    return objective().predict(x.clone());
  }

  private Co2FitObjective objective() {
    return new Co2FitObjective(
        new Room(roomVolume), Headcount.varying(occupancy), ventilationTransitionTimes, times, co2);
  }
}
