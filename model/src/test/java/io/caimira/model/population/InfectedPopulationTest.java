package io.caimira.model.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.Fixtures;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.virus.Virus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Port of upstream caimira/tests/test_infected_population.py and caimira/tests/test_model.py. */
class InfectedPopulationTest {

  private static InfectedPopulation office(Samples viralLoad, Samples exhalation) {
    return new InfectedPopulation(
        Headcount.fixed(1, SpecificInterval.of(8, 17)),
        new Activity(Samples.constant(0.51), exhalation),
        new Mask(Samples.constant(0.3), null, 0.95),
        new Virus(viralLoad, Samples.constant(50), Samples.constant(0.5), 1.0, 14),
        ExpirationType.BREATHING.fixed(),
        Samples.constant(0.0));
  }

  /** vl · BR_exh · 0.5 · 10⁶ · π d³/6 · (1 − 0.95·η_curve(d)) · 10⁻¹² for the breathing diameter 1.3844 µm. */
  private static double expectedEmission(double viralLoad, double exhalation) {
    double d = ExpirationType.BREATHING.diameter();
    double etaExhale = (0.0509 * d + 0.664) * 0.95; // surgical-mask curve for 0.94614 ≤ d < 3
    return viralLoad * exhalation * 0.5 * 1e6 * Math.PI * d * d * d / 6 * (1 - etaExhale) * 1e-12;
  }

  @Test
  void emissionRateVectorisedOverViralLoad() {
    // upstream test_infected_population_vectorisation (shape (2,) only); values checked against the emission
    // formula computed by hand, rtol 1e-12
    Samples rate = office(Samples.of(5e8, 1e9), Samples.constant(0.75)).emissionRate(10);
    assertThat(rate.size()).isEqualTo(2);
    assertThat(rate.get(0)).isCloseTo(expectedEmission(5e8, 0.75), within(expectedEmission(5e8, 0.75) * 1e-12));
    assertThat(rate.get(1)).isCloseTo(expectedEmission(1e9, 0.75), within(expectedEmission(1e9, 0.75) * 1e-12));
  }

  @Test
  void emissionRateVectorisedOverExhalationRate() {
    // upstream test_infected_population_vectorisation, second case; same check
    Samples rate = office(Samples.constant(1e9), Samples.of(0.75, 0.81)).emissionRate(10);
    assertThat(rate.size()).isEqualTo(2);
    assertThat(rate.get(0)).isCloseTo(expectedEmission(1e9, 0.75), within(expectedEmission(1e9, 0.75) * 1e-12));
    assertThat(rate.get(1)).isCloseTo(expectedEmission(1e9, 0.81), within(expectedEmission(1e9, 0.81) * 1e-12));
    assertThat(office(Samples.constant(1e9), Samples.of(0.75, 0.81)).emissionRate(18)).isEqualTo(
        Samples.constant(0.0));
  }

  @Test
  void reproductionNumberDoesNotDependOnTheNumberOfInfected() {
    // upstream test_model.py::test_exposure_r0: more infected → more new cases, same R (exact equality)
    ExposureModel baseline = Fixtures.baselineExposureModel();
    VirusConcentrationModel c = Fixtures.baselineConcentrationModel();
    VirusConcentrationModel three = c.withInfected(c.infected().withHeadcount(
        Headcount.fixed(3, c.infected().presenceInterval())));
    ExposureModel n3 = new ExposureModel(List.of(three), List.of(), baseline.exposed(), Cases.NONE);
    assertThat(n3.expectedNewCases().scalar()).isGreaterThan(baseline.expectedNewCases().scalar());
    assertThat(n3.reproductionNumber()).isEqualTo(baseline.reproductionNumber());
  }
}
