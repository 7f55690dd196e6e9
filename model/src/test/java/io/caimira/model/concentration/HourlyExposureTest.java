package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.Particle;
import io.caimira.model.concentration.ConstructedTemperatures.Day;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.virus.Variant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deposited dose with an hourly outside temperature, after upstream caimira/tests/test_known_quantities.py
 * test_exposure_hourly_dep and test_exposure_hourly_dep_refined (CAiMIRA 4.19). Upstream's expected doses (Geneva
 * January and June) were computed with a trapezoidal integration of the concentration, 100 000 points per
 * presence interval; they depend on Geneva weather data we do not ship, so the same comparison runs here on the
 * constructed days of {@link ConstructedTemperatures}: the model's exact dose against an independent trapezoidal
 * integration of the model's concentration curve.
 *
 * <p>Model as upstream: 75 m³ at 293 K, a sliding window 1.6 m × 0.6 m open all day, one infected person emitting
 * 970·50 virions/h present 8–12 h and 13–17 h (light activity, no mask, no particle diameter so the deposition
 * fraction is the default 0.6), ten exposed people present at the same times breathing 1.25 m³/h. Dose =
 * ∫C(t)dt · f_dep · inhalation rate. Tolerance rtol 1e-7 (upstream's for the hourly table): the trapezoidal error
 * with 100 000 points per interval is below 1e-9 relative for these smooth piecewise-exponential curves.
 */
class HourlyExposureTest {
  private static final SpecificInterval PRESENCE = SpecificInterval.of(8, 12, 13, 17);
  private static final int POINTS_PER_INTERVAL = 100_000;

  private static ExposureModel exposureModel(PiecewiseConstant outside) {
    EmittingPopulation infected = new EmittingPopulation(
        Headcount.fixed(1, PRESENCE),
        PhysicalActivity.LIGHT_ACTIVITY.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(),
        Samples.constant(970 * 50));
    Room room = new Room(75, PiecewiseConstant.constant(0, 24, 293), 0.5);
    SlidingWindow window = new SlidingWindow(SpecificInterval.of(0, 24), outside, 1.6, 0.6, 1);
    VirusConcentrationModel c = new VirusConcentrationModel(room, window, infected, 0.3);
    ExposedPopulation exposed = new ExposedPopulation(
        new Headcount.Fixed(10, PRESENCE), infected.activity(), infected.mask(), Samples.constant(0.0));
    return new ExposureModel(List.of(c), List.of(), exposed, Cases.NONE);
  }

  /** Trapezoidal rule on {@code POINTS_PER_INTERVAL} equally spaced points of each presence interval. */
  private static double trapezoidalExposure(ExposureModel model) {
    double sum = 0;
    for (Span span : PRESENCE.boundaries()) {
      double h = span.duration() / (POINTS_PER_INTERVAL - 1);
      double inner = 0;
      for (int i = 1; i < POINTS_PER_INTERVAL - 1; i++) {
        inner += model.longRangeConcentration(span.start() + i * h);
      }
      double ends = model.longRangeConcentration(span.start()) + model.longRangeConcentration(span.end());
      sum += h * (inner + ends / 2);
    }
    return sum;
  }

  static Stream<Arguments> tables() {
    return Stream.of(ConstructedTemperatures.days()).flatMap(day -> Stream.of(
        Arguments.of(day, "hourly", ConstructedTemperatures.hourly(day)),
        Arguments.of(day, "refined ×10", ConstructedTemperatures.hourly(day).refine())));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("tables")
  void doseIsTheIntegralOfTheConcentrationCurve(Day day, String table, PiecewiseConstant outside) {
    ExposureModel model = exposureModel(outside);
    double expected = trapezoidalExposure(model) * Particle.DEFAULT_DEPOSITION_FRACTION * 1.25;
    double dose = model.depositedExposure(false).scalar();
    assertThat(expected).isPositive();
    assertThat(Math.abs(dose - expected)).as("dose %s vs trapezoid %s", dose, expected)
        .isLessThanOrEqualTo(1e-7 * expected);
  }
}
