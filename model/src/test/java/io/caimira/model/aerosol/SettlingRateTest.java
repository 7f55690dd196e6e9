package io.caimira.model.aerosol;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.sample.Samples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Particle#settlingRate}: the settling velocities times a factor, bit for bit, formed on both cores with their
 * statistics recorded (the same summary as one computed afterwards from the rates).
 */
class SettlingRateTest {
  @Test
  void theRatesAreTheVelocitiesTimesTheFactorWithTheirSummary() {
    SplittableRandom random = new SplittableRandom(5);
    double[] d = new double[70_001];
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.pow(10, random.nextDouble(-1, 2));
    }
    Samples diameters = Samples.of(d);
    double perHour = 3600 / 1.5;
    Samples rates = Particle.settlingRate(diameters, 0.3, perHour);
    Samples expected = Particle.settlingVelocity(diameters, 0.3).times(perHour);
    assertThat(rates).isEqualTo(expected);
    assertThat(rates.summary()).isEqualTo(Samples.of(expected.toArray()).summary());
    assertThat(rates.min()).isEqualTo(Particle.settlingVelocity(Samples.of(d).min(), 0.3) * perHour);

    assertThat(Particle.settlingRate(null, 0.3, perHour).scalar())
        .isEqualTo(Particle.DEFAULT_SETTLING_VELOCITY * perHour);
    assertThat(Particle.settlingRate(Samples.constant(2.0), 0.3, perHour).scalar())
        .isEqualTo(Particle.settlingVelocity(2.0, 0.3) * perHour);
  }
}
