package io.caimira.model.virus;

import static io.caimira.model.Tolerance.assertRelClose;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.sample.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference half-lives of SARS-CoV-2 in aerosols (physics.md §1.4, values computed with upstream
 * SARSCoV2.halflife; no upstream test file holds them). Tolerance rtol 1e-9: the references have ten
 * significant digits.
 */
class VirusHalflifeTest {

  @ParameterizedTest(name = "RH {0}, {1} K -> {2} h")
  @CsvSource({"0.3, 293, 2.8552073343", "0.5, 293, 0.6008022766", "0.5, 298, 0.4485260214"})
  void referenceHalflives(double humidity, double temperature, double expectedHours) {
    assertRelClose(Virus.halflife(humidity, temperature), expectedHours, 1e-9);
  }

  @Test
  void decayConstantIsLn2OverTheHalflife() {
    // physics.md §1.4: RH 0.3, 293 K -> 0.24276597 h⁻¹ (eight significant digits: rtol 1e-7)
    Virus virus = Variant.SARS_CoV_2.fixedVirus();
    assertRelClose(virus.decayConstant(Samples.constant(0.3), 293).scalar(), 0.24276597, 1e-7);
  }

  @Test
  void decayConstantIsVectorisedOverHumidity() {
    // the two humidities of the table at 293 K, as one array (rtol 1e-9)
    Samples decay = Variant.SARS_CoV_2.fixedVirus().decayConstant(Samples.of(0.3, 0.5), 293);
    assertThat(decay.size()).isEqualTo(2);
    assertRelClose(decay.get(0), Math.log(2) / 2.8552073343, 1e-9);
    assertRelClose(decay.get(1), Math.log(2) / 0.6008022766, 1e-9);
  }

  @Test
  void halflifeIsCappedAt643Hours() {
    // physics.md §1.4: min(6.43, computed), and 6.43 when the fitted rate is not positive (cold, dry air)
    // RH 0.3, 291 K: positive fitted rate, computed half-life 8.05 h, capped
    assertThat(Virus.halflife(0.3, 291)).isEqualTo(6.43);
    // RH 0.3, 289 K and RH 0, 273.15 K: negative fitted rate
    assertThat(Virus.halflife(0.3, 289)).isEqualTo(6.43);
    assertThat(Virus.halflife(0.0, 273.15)).isEqualTo(6.43);
  }
}
