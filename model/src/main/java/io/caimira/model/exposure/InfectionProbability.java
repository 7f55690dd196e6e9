package io.caimira.model.exposure;

import io.caimira.model.numeric.BlockSums;
import io.caimira.model.numeric.OneMinusExp;
import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Virus;
import io.caimira.model.work.ParallelBlocks;

/** Dose–response: exponential model with the ID63 = ID50 / ln 2, scaled by the variant's transmissibility. */
public final class InfectionProbability {
  private InfectionProbability() {}

  /** P(I) [%] = (1 − exp(−vD·(1 − HI) / (ID50/ln2 · transmissibility))) · 100, per sample. */
  public static Samples fromDose(Samples dose, Samples hostImmunity, Virus virus) {
    Samples id50 = virus.infectiousDose();
    double transmissibility = virus.transmissibilityFactor();
    int n = Samples.broadcastSize(dose, hostImmunity, id50);
    double[] out = new double[n];
    double ln2 = Math.log(2);
    Samples.Reader id50s = id50.reader();
    Samples.Reader doses = dose.reader();
    Samples.Reader immunity = hostImmunity.reader();
    // on both cores; each block's statistics (the report's mean, sd and histogram range) while it is in the cache
    BlockStatistics statistics = BlockStatistics.forSize(n);
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        double id63 = id50s.get(i) / ln2;
        out[i] = of(doses.get(i) * (1 - immunity.get(i)), id63 * transmissibility);
      }
      statistics.record(out, from, to);
    });
    return Samples.adopt(out, statistics);
  }

  /**
   * The mean of {@link #fromDose} over the samples, in one pass that keeps no array (an alternative scenario of the
   * web report shows only the mean): the same terms, summed block by block.
   */
  public static double meanFromDose(Samples dose, Samples hostImmunity, Virus virus) {
    Samples id50 = virus.infectiousDose();
    double transmissibility = virus.transmissibilityFactor();
    int n = Samples.broadcastSize(dose, hostImmunity, id50);
    double ln2 = Math.log(2);
    Samples.Reader id50s = id50.reader();
    Samples.Reader doses = dose.reader();
    Samples.Reader immunity = hostImmunity.reader();
    double[] sum = BlockSums.of(n, 1, (from, to, sums) -> {
      double s = 0;
      for (int i = from; i < to; i++) {
        double id63 = id50s.get(i) / ln2;
        s += of(doses.get(i) * (1 - immunity.get(i)), id63 * transmissibility);
      }
      sums[0] += s;
    });
    return sum[0] / n;
  }

  /** P(I) [%] for an effective dose and an effective ID63. */
  public static double of(double effectiveDose, double effectiveId63) {
    return OneMinusExp.of(effectiveDose / effectiveId63) * 100;
  }
}
