package io.caimira.model.concentration;

import static io.caimira.model.Tolerance.assertRelClose;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.ConstructedTemperatures.Day;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Port of the time-dependent outside temperature cases of upstream caimira/tests/test_known_quantities.py. Upstream
 * runs them on the Geneva hourly temperatures of each month (weather data); here they run on the constructed days
 * of {@link ConstructedTemperatures} and assert the same structural properties with the same tolerances.
 *
 * <p>The absolute doses of test_exposure_hourly_dep (Geneva January 359.140499, June 1385.917562) and
 * test_exposure_hourly_dep_refined (359.983716, 1439.267381) depend on the Geneva weather data; their comparison
 * (exact dose against a trapezoidal integration of the concentration) runs in {@link HourlyExposureTest}.
 *
 * <p>Model (upstream build_hourly_dependent_model): 75 m³ at 293 K, a sliding window 1.6 m × 0.6 m as the only
 * ventilation, one person emitting 970·50 virions/h (light activity, no mask, evaporation factor 0.3).
 */
class HourlyTemperatureTest {
  private static final double[] TIMES = {0.5, 1.2, 2., 3.5, 5., 6.5, 7.5, 7.9, 8.};
  private static final double[] MORE_TIMES = {0.5, 1.2, 2., 3.5, 5., 6.5, 7.5, 7.9, 8., 8.5, 9., 12.};

  private static VirusConcentrationModel model(Ventilation ventilation, SpecificInterval presence) {
    EmittingPopulation infected = new EmittingPopulation(
        Headcount.fixed(1, presence),
        PhysicalActivity.LIGHT_ACTIVITY.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(),
        Samples.constant(970 * 50));
    Room room = new Room(75, PiecewiseConstant.constant(0, 24, 293), 0.5);
    return new VirusConcentrationModel(room, ventilation, infected, 0.3);
  }

  private static SlidingWindow window(SpecificInterval open, PiecewiseConstant outside) {
    return new SlidingWindow(open, outside, 1.6, 0.6, 1);
  }

  private static final SpecificInterval DEFAULT_PRESENCE = SpecificInterval.of(0, 4, 5, 7.5);
  private static final SpecificInterval DEFAULT_OPEN = SpecificInterval.of(7.5, 8.5);

  /** The hourly table with every hour split in two halves of the same value (no interpolation). */
  private static PiecewiseConstant artificiallyRefined(PiecewiseConstant hourly) {
    int factor = 2;
    double[] values = hourly.values();
    double[] times = new double[factor * values.length + 1];
    double[] refined = new double[factor * values.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = 24.0 * i / (times.length - 1);
    }
    for (int i = 0; i < refined.length; i++) {
      refined[i] = values[i / factor];
    }
    return new PiecewiseConstant(times, refined);
  }

  static Stream<Arguments> daysAndTimes() {
    List<Arguments> args = new ArrayList<>();
    for (Day day : ConstructedTemperatures.days()) {
      for (double t : TIMES) {
        args.add(Arguments.of(day, t));
      }
    }
    return args.stream();
  }

  static Stream<Arguments> daysAndMoreTimes() {
    List<Arguments> args = new ArrayList<>();
    for (Day day : ConstructedTemperatures.days()) {
      for (double t : MORE_TIMES) {
        args.add(Arguments.of(day, t));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}, t = {1}")
  @MethodSource("daysAndTimes")
  void hourlyTemperatureMatchesConstantUntilItChangesDuringTheOpening(Day day, double time) {
    // upstream test_concentrations_hourly_dep_temp_vs_constant: the window opens at 7.5 h, so until 8 h only the
    // temperature of the hour (7, 8] matters; rtol 1e-5
    VirusConcentrationModel hourly =
        model(window(DEFAULT_OPEN, ConstructedTemperatures.hourly(day)), DEFAULT_PRESENCE);
    double constantKelvin = ConstructedTemperatures.celsiusPerHour(day)[7] + 273.15;
    VirusConcentrationModel constant =
        model(window(DEFAULT_OPEN, PiecewiseConstant.constant(0, 24, constantKelvin)), DEFAULT_PRESENCE);
    double expected = constant.concentration(time).scalar();
    assertThat(expected).isPositive();
    assertRelClose(hourly.concentration(time).scalar(), expected, 1e-5);
  }

  @Test
  void hourlyTemperatureDiffersFromConstantAfterItChangesDuringTheOpening() {
    // counterpart of the previous test (not upstream): after 8 h the window sees the next hour's temperature,
    // so the two models no longer agree (the cold day changes by more than 0.1 K between hours 7 and 8)
    Day day = ConstructedTemperatures.COLD_DAY;
    VirusConcentrationModel hourly =
        model(window(DEFAULT_OPEN, ConstructedTemperatures.hourly(day)), DEFAULT_PRESENCE);
    double constantKelvin = ConstructedTemperatures.celsiusPerHour(day)[7] + 273.15;
    VirusConcentrationModel constant =
        model(window(DEFAULT_OPEN, PiecewiseConstant.constant(0, 24, constantKelvin)), DEFAULT_PRESENCE);
    double h = hourly.concentration(8.5).scalar();
    double c = constant.concentration(8.5).scalar();
    assertThat(Math.abs(h - c) / c).isGreaterThan(1e-5);
  }

  @ParameterizedTest(name = "{0}, t = {1}")
  @MethodSource("daysAndTimes")
  void nothingBeforeTheFirstPresence(Day day, double time) {
    // upstream test_concentrations_hourly_dep_temp_startup: exactly 0 until the infected arrives at 8 h, whatever
    // the windows do before
    SpecificInterval open = SpecificInterval.of(0, 0.5, 1, 1.5, 4, 4.5, 7.5, 8);
    VirusConcentrationModel m =
        model(window(open, ConstructedTemperatures.hourly(day)), SpecificInterval.of(8, 12));
    assertThat(m.concentration(time).scalar()).isZero();
  }

  @Test
  void refinedTemperaturesWithHepaFilter() {
    // upstream test_concentrations_hourly_dep_multipleventilation only evaluates the concentration at 12 h (window
    // on the 10-fold refined January table + 500 m³/h HEPA all day). Here: the value is finite and positive, and
    // below the HEPA-only value, since the window removes more between 7.5 and 8.5 h.
    PiecewiseConstant refined = ConstructedTemperatures.hourly(ConstructedTemperatures.COLD_DAY).refine(10);
    HepaFilter hepa = new HepaFilter(SpecificInterval.of(0, 24), 500);
    VirusConcentrationModel both =
        model(MultipleVentilation.of(window(DEFAULT_OPEN, refined), hepa), DEFAULT_PRESENCE);
    double c = both.concentration(12).scalar();
    assertThat(c).isFinite().isPositive();
    assertThat(c).isLessThan(model(hepa, DEFAULT_PRESENCE).concentration(12).scalar());
    // the refined table's 241 times are state changes (physics.md §1.3)
    assertThat(both.stateChangeTimes()).hasSizeGreaterThanOrEqualTo(241);
  }

  @ParameterizedTest(name = "{0}, t = {1}")
  @MethodSource("daysAndMoreTimes")
  void anOpeningInsideAnotherChangesNothing(Day day, double time) {
    // upstream test_concentrations_hourly_dep_adding_artificial_transitions: rtol 1e-5
    PiecewiseConstant outside = ConstructedTemperatures.hourly(day);
    VirusConcentrationModel single = model(window(DEFAULT_OPEN, outside), DEFAULT_PRESENCE);
    VirusConcentrationModel nested =
        model(window(SpecificInterval.of(7.5, 8.5, 8, 8.1), outside), DEFAULT_PRESENCE);
    assertRelClose(nested.concentration(time).scalar(), single.concentration(time).scalar(), 1e-5);
  }

  static DoubleStream refineTimes() {
    // upstream test_concentrations_refine_times: 10 random times in [0, 24) (here with a fixed seed) and
    // 0, 0.5, …, 24
    Random random = new Random(20240601L);
    DoubleStream randomTimes = DoubleStream.generate(() -> random.nextDouble() * 24).limit(10);
    return DoubleStream.concat(randomTimes, DoubleStream.iterate(0, t -> t <= 24, t -> t + 0.5));
  }

  @ParameterizedTest(name = "t = {0}")
  @MethodSource("refineTimes")
  void splittingTheTemperatureStepsChangesNothing(double time) {
    // upstream test_concentrations_refine_times (January): window open all day, hourly table vs the same table
    // with each hour split in two (same values, 49 times): rtol 1e-8
    PiecewiseConstant hourly = ConstructedTemperatures.hourly(ConstructedTemperatures.COLD_DAY);
    SpecificInterval allDay = SpecificInterval.of(0, 24);
    VirusConcentrationModel m1 = model(window(allDay, hourly), DEFAULT_PRESENCE);
    VirusConcentrationModel m2 = model(window(allDay, artificiallyRefined(hourly)), DEFAULT_PRESENCE);
    assertThat(m2.stateChangeTimes()).hasSize(49);
    assertRelClose(m2.concentration(time).scalar(), m1.concentration(time).scalar(), 1e-8);
  }
}
