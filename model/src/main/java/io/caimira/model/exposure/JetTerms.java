package io.caimira.model.exposure;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.Particle;
import io.caimira.model.numeric.BlockSums;
import io.caimira.model.population.VirusSource;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.work.ParallelBlocks;

/**
 * What a report's curves take from one short-range interaction, formed in two passes over the samples with no
 * array per factor: the mean virion concentration of the diluted jet at the exposed person
 * ({@link ShortRangeModel#dilutedJetConcentration()}), the mean jet dose per hour
 * ({@link ExposureModel#shortRangeDosePerHour}), and, when the whole-day dose per sample is being formed, the
 * interaction's share of it. The per-sample formulas are those of the methods named; only the order in which the
 * means add their terms differs (block by block).
 *
 * @param meanConcentration mean virion concentration of the jet at the exposed person [virions/m³]
 * @param meanDosePerHour mean dose per hour of breathing the jet [virions/h]
 */
record JetTerms(double meanConcentration, double meanDosePerHour) {

  /**
   * The interaction's terms; with {@code dayDose} (one element per sample, or null), adds to each the jet dose over
   * {@code overlap} hours and takes away {@code longRangePerSample / dilution · replaced}, the long-range dose the
   * jet replaces. Every quotient by the dilution factor is a product with its inverse
   * ({@link ShortRangeModel#inverseDilutionFactor()}).
   *
   * @param emission the infected's emission rate per aerosol volume, per sample
   *     ({@link VirusSource#emissionRatePerAerosolPerPerson()})
   */
  static JetTerms of(ExposureModel model, ShortRangeModel sr, Samples emission, double[] dayDose, double overlap,
      Samples longRangePerSample, double replaced) {
    Expiration expiration = sr.expiration();
    Samples diameter = expiration.diameter();
    double cn = expiration.cn();
    Samples exhalation = sr.infected().activity().exhalationRate();
    Samples inverseDilution = sr.inverseDilutionFactor();
    int n = Samples.broadcastSize(diameter, emission, exhalation, inverseDilution);

    // pass 1: Σ exhaled aerosol volume (no mask) · 10⁶ · deposition over the diameters, and Σ jet concentration
    boolean sampledDiameter = !diameter.isConstant();
    double constantDeposition = sampledDiameter ? Double.NaN : Particle.depositionFraction(diameter.scalar(), 1.0);
    Samples.Reader diameters = diameter.reader();
    Samples.Reader emitted = emission.reader();
    Samples.Reader exhaled = exhalation.reader();
    Samples.Reader reaching = inverseDilution.reader();
    double[] first = BlockSums.of(n, 2, (from, to, sums) -> {
      // a constant diameter adds the same deposited volume n times; its exact value is taken below
      double deposited = 0;
      double concentration = 0;
      for (int i = from; i < to; i++) {
        double d = diameters.get(i);
        double normed = cn * (Math.PI * d * d * d / 6.0) * 1e-12;
        double deposition = sampledDiameter ? Particle.sampledDepositionFraction(d, 1.0) : constantDeposition;
        deposited += normed * 1e6 * deposition;
        concentration += normed * (emitted.get(i) / exhaled.get(i)) * reaching.get(i);
      }
      sums[0] += deposited;
      sums[1] += concentration;
    });
    double jet;
    if (sampledDiameter) {
      jet = first[0] / n;
    } else {
      double d = diameter.scalar();
      jet = cn * (Math.PI * d * d * d / 6.0) * 1e-12 * 1e6 * constantDeposition;
    }
    double meanConcentration = first[1] / n;

    // pass 2: the jet dose per hour per sample, its sum, and the whole-day dose
    Samples inhalation = sr.activity().inhalationRate();
    Samples eta = model.exposed().mask().inhaleEfficiency();
    Samples replacedPerSample = longRangePerSample == null ? Samples.constant(0.0) : longRangePerSample;
    int m = Samples.broadcastSize(emission, exhalation, inhalation, inverseDilution, eta, replacedPerSample);
    if (dayDose != null && dayDose.length != m) {
      throw new IllegalArgumentException("The whole-day doses have " + dayDose.length + " samples, not " + m);
    }
    Samples.Reader inhaled = inhalation.reader();
    Samples.Reader etas = eta.reader();
    Samples.Reader replacedDoses = replacedPerSample.reader();
    double[] second = BlockSums.of(m, 1, (from, to, sums) -> {
      double dose = 0;
      for (int i = from; i < to; i++) {
        double perAerosol = emitted.get(i) / (exhaled.get(i) * 1e6);
        double perHour = jet * inhaled.get(i) * reaching.get(i) * perAerosol * (1 - etas.get(i));
        dose += perHour;
        if (dayDose != null) {
          dayDose[i] = dayDose[i] + perHour * overlap - replacedDoses.get(i) * reaching.get(i) * replaced;
        }
      }
      sums[0] += dose;
    });
    return new JetTerms(meanConcentration, second[0] / m);
  }

  /** The mean of a · b over the samples, without an array of products. */
  static double meanProduct(Samples a, Samples b) {
    int n = Samples.broadcastSize(a, b);
    Samples.Reader left = a.reader();
    Samples.Reader right = b.reader();
    double[] sum = BlockSums.of(n, 1, (from, to, sums) -> {
      double s = 0;
      for (int i = from; i < to; i++) {
        s += left.get(i) * right.get(i);
      }
      sums[0] += s;
    });
    return sum[0] / n;
  }
}
