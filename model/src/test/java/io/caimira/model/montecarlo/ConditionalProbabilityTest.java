package io.caimira.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.exposure.ConditionalProbability;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream caimira/tests/test_conditional_probability.py. Scenario: 50 m³ at 298 K, RH 0.5, 0.25 ACH;
 * one infected (Delta, seated, breathing, no mask) and three exposed (seated), present 0–3.5 h and 4.5–9 h.
 * 2 000 000 samples as upstream, fixed seed.
 */
class ConditionalProbabilityTest {
  static final int SAMPLE_SIZE = 2_000_000;
  static final long SEED = 4_519L;
  static final double[] LOG10_VIRAL_LOADS = {3, 5, 7, 9};
  static final double STEP = 8 / 100.0;

  static ExposureModel model;

  /** The baseline scenario; {@code log10ViralLoad} replaces the sampled viral load (NaN keeps it). */
  static McScenario baseline(double log10ViralLoad) {
    SpecificInterval presence = SpecificInterval.of(0, 3.5, 4.5, 9);
    return new McScenario(
        new Room(50, PiecewiseConstant.constant(0, 24, 298), 0.5),
        MultipleVentilation.of(new AirChange(new PeriodicInterval(120, 120), 0.25)),
        1, presence,
        s -> {
          Virus v = s.virus(Variant.SARS_CoV_2_DELTA);
          return Double.isNaN(log10ViralLoad) ? v
              : new Virus(Samples.constant(Math.pow(10, log10ViralLoad)), v.infectiousDose(), v.viableToRnaRatio(),
                  v.transmissibilityFactor(), v.infectiousnessDays());
        },
        Mask.NONE, s -> s.activity(PhysicalActivity.SEATED),
        ExpirationDistribution.longRange(ExpirationType.BREATHING),
        3, presence, s -> s.activity(PhysicalActivity.SEATED), Mask.NONE, List.of());
  }

  @BeforeAll
  static void build() {
    model = baseline(Double.NaN).build(SAMPLE_SIZE, SEED);
  }

  /**
   * Binning the samples by viral load (bins of width 0.08 around 3, 5, 7, 9) must give the same statistics as
   * recomputing the model with the viral load fixed at the bin centre and every other sample unchanged (same
   * seed, same draw order): mean, 5th and 95th percentiles of P(I) as a fraction, atol 0.002 (upstream).
   */
  @Test
  void conditionalProbabilityGivenViralLoad() {
    Samples probability = model.infectionProbability().times(0.01);
    ConditionalProbability binned = ConditionalProbability.of(
        probability, model.virus().viralLoadInSputum(), LOG10_VIRAL_LOADS, STEP);
    for (int b = 0; b < LOG10_VIRAL_LOADS.length; b++) {
      double[] direct = baseline(LOG10_VIRAL_LOADS[b]).build(SAMPLE_SIZE, SEED).infectionProbability().times(0.01)
          .toArray();
      double mean = Arrays.stream(direct).average().orElseThrow();
      Arrays.sort(direct);
      String at = "log10 viral load " + LOG10_VIRAL_LOADS[b];
      assertThat(binned.means()[b]).as(at + " mean").isCloseTo(mean, org.assertj.core.data.Offset.offset(0.002));
      assertThat(binned.lowerPercentiles()[b]).as(at + " 5th percentile")
          .isCloseTo(ConditionalProbability.quantile(direct, 0.05), org.assertj.core.data.Offset.offset(0.002));
      assertThat(binned.upperPercentiles()[b]).as(at + " 95th percentile")
          .isCloseTo(ConditionalProbability.quantile(direct, 0.95), org.assertj.core.data.Offset.offset(0.002));
    }
  }

  /** P(I) = 1 − exp(−vD·(1 − HI)/(ID50/ln 2 · transmissibility)) per sample, atol 1e-14 (upstream). */
  @Test
  void probabilityFormula() {
    double[] dose = model.depositedExposure(true).toArray();
    double[] id50 = model.virus().infectiousDose().toArray();
    double transmissibility = model.virus().transmissibilityFactor();
    Samples immunity = model.exposed().hostImmunity();
    Samples actual = model.infectionProbability();
    for (int i = 0; i < SAMPLE_SIZE; i++) {
      double expected =
          1 - Math.exp(-(dose[i] * (1 - immunity.get(i))) / (id50[i] / Math.log(2) * transmissibility));
      assertThat(Math.abs(actual.get(i) / 100 - expected)).as("sample %d", i).isLessThanOrEqualTo(1e-14);
    }
  }
}
