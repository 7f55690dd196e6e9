package io.caimira.calculator.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.montecarlo.MonteCarloSampler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upstream test_blend_expiration (test_model_generator.py): the aerosol volume of the blend {Breathing 2,
 * Speaking 1} is 2/3 of Breathing's plus 1/3 of Speaking's. Upstream: 250 000 samples, rtol 0.02 (with retries;
 * here one fixed seed).
 */
class BlendedExpirationTest {

  @ParameterizedTest
  @EnumSource(value = MaskType.class, names = {"NO_MASK", "TYPE_I", "CLOTH"})
  void blendIsTheWeightedMean(MaskType maskType) {
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(250_000, 2024);
    Map<ExpirationType, Double> blend = new LinkedHashMap<>();
    blend.put(ExpirationType.BREATHING, 2.0);
    blend.put(ExpirationType.SPEAKING, 1.0);
    var mask = maskType.fixed();
    double mixed = sampler.expiration(ExpirationDistribution.longRange(blend), null).aerosols(mask).mean();
    double breathing = sampler.expiration(ExpirationDistribution.longRange(ExpirationType.BREATHING), null)
        .aerosols(mask).mean();
    double speaking = sampler.expiration(ExpirationDistribution.longRange(ExpirationType.SPEAKING), null)
        .aerosols(mask).mean();
    double expected = breathing * 2 / 3 + speaking / 3;
    assertThat(mixed).isCloseTo(expected, within(0.02 * expected));
  }
}
