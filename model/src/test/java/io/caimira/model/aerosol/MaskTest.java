package io.caimira.model.aerosol;

import static io.caimira.model.Tolerance.assertAlmostEqual;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.sample.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Port of upstream caimira/tests/models/test_mask.py (mask efficiencies, physics.md §1.5). */
class MaskTest {

  @Test
  void inhaleEfficiencyIsReturnedAsGiven() {
    // upstream test_mask_inhale: exact, scalar and vectorised
    assertThat(Mask.of(0.5).inhaleEfficiency().scalar()).isEqualTo(0.5);
    Mask vectorised = new Mask(Samples.of(0.3, 0.5), null, 1.0);
    assertThat(vectorised.inhaleEfficiency().toArray()).containsExactly(0.3, 0.5);
  }

  @ParameterizedTest(name = "d = {0} µm, factor {1} -> {2}")
  @CsvSource({
    "0.3, 1.0, 0.0",
    "0.7, 0.3, 0.170133", // 0.56711 · 0.3
    "1.0, 1.0, 0.7149",
    "4.0, 0.5, 0.40835", // 0.8167 · 0.5
    "5.0, 0.0, 0.0",
  })
  void exhaleEfficiencyFollowsTheMeasuredCurve(double diameter, double factor, double expected) {
    // upstream test_mask_exhale: assert_almost_equal (decimal 7)
    Mask mask = new Mask(Samples.constant(0.3), null, factor);
    assertAlmostEqual(mask.exhaleEfficiency(Samples.constant(diameter)).scalar(), expected, 7);
  }

  @Test
  void exhaleEfficiencyIsVectorisedOverDiameters() {
    // the same table evaluated on one diameter array (factor 1), decimal 7
    Mask mask = Mask.of(0.3);
    Samples eta = mask.exhaleEfficiency(Samples.of(0.3, 0.7, 1.0, 4.0));
    assertThat(eta.size()).isEqualTo(4);
    assertAlmostEqual(eta, new double[] {0, 0.56711, 0.7149, 0.8167}, 7);
  }

  @Test
  void aGivenExhaleEfficiencyIgnoresTheFactor() {
    // physics.md §1.5: a fixed η_exhale is returned unchanged (factor_exhale not applied); exact
    Mask cloth = new Mask(Samples.constant(0.225), Samples.constant(0.35), 0.5);
    assertThat(cloth.exhaleEfficiency(Samples.constant(4.0)).scalar()).isEqualTo(0.35);
  }

  @Test
  void aerosolVolumeThroughTheCurveIsTheFormulaWithTheEfficiencyArray() {
    // Expiration.aerosols forms the curve inside its pass for sampled diameters: the same bits as cn·(πd³/6)·(1 − η)
    // ·1e-12 with η = exhaleEfficiency(d), over diameters across every piece of the curve and its breakpoints
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    double[] d = new double[70_001];
    for (int i = 0; i < d.length; i++) {
      d[i] = i % 50 == 0 ? new double[] {0.5, 0.94614, 3.0}[i / 50 % 3] : random.nextDouble(0.01, 40);
    }
    Samples diameters = Samples.of(d);
    for (double factor : new double[] {1.0, 0.6}) {
      Mask mask = new Mask(Samples.constant(0.5), null, factor);
      double[] eta = mask.exhaleEfficiency(diameters).toArray();
      double[] aerosols = new Expiration(diameters, 0.7, null).aerosols(mask).toArray();
      for (int i = 0; i < d.length; i++) {
        double expected = 0.7 * (Math.PI * d[i] * d[i] * d[i] / 6.0) * (1 - eta[i]) * 1e-12;
        assertThat(aerosols[i]).as("d = %s", d[i]).isEqualTo(expected);
      }
    }
  }
}
