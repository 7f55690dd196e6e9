package io.caimira.model.exposure;

import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.VirusSource;
import io.caimira.model.numeric.FixedOrderSums;
import io.caimira.model.numeric.OneMinusExp;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;
import io.caimira.model.work.ParallelBlocks;

/** The total-probability rule over the number of infectious people an event may hold, given local incidence. */
final class TotalProbability {
  /** Events are assumed to hold at most this many infectious people. */
  static final int MAX_INFECTED = 10;
  /** Samples per block of the parallel pass (fixed, so that sums do not depend on the number of threads). */
  private static final int BLOCK = 8192;
  /** Samples per piece of a block in the pass over k (small arrays that stay in the first-level cache). */
  private static final int PIECE = 256;

  private TotalProbability() {}

  static double of(ExposureModel model) {
    return of(model, true, null);
  }

  /** As {@link #of(ExposureModel)}, given the model's whole-day deposited dose with short range (or null). */
  static double of(ExposureModel model, Samples wholeDayDose) {
    return of(model, true, wholeDayDose);
  }

  static double of(ExposureModel model, boolean shortcut) {
    return of(model, shortcut, null);
  }

  /**
   * @param shortcut whether to scale the model's doses with the number of infected (for concentration models
   *     that are linear in it) instead of rebuilding the model for each number
   */
  private static double of(ExposureModel model, boolean shortcut, Samples wholeDayDose) {
    if (model.concentrationModels().size() > 1
        || model.concentrationModels().get(0).infected().headcount() instanceof Headcount.Varying) {
      throw new UnsupportedOperationException(
          "Cannot compute total probability (including incidence rate) with dynamic occupancy");
    }
    Cases cases = model.geographicalData();
    if (cases.geographicPopulation() == 0 || cases.geographicCases() == 0) {
      return 0.0;
    }
    VirusSource infected = model.concentrationModels().get(0).infected();
    Headcount.Fixed infectedCount = (Headcount.Fixed) infected.headcount();
    int people = infectedCount.number() + model.exposed().number();
    int days = model.virus().infectiousnessDays();
    boolean linear = shortcut && infectedCount.number() > 0
        && model.concentrationModels().get(0) instanceof VirusConcentrationModel;
    int most = Math.min(people, MAX_INFECTED);
    double[] byInfected = linear
        ? new DoseByInfected(model, infectedCount.number(), wholeDayDose).meanProbabilities(model, most)
        : null;
    double sum = 0.0;
    for (int k = 1; k <= most; k++) {
      double individual;
      if (byInfected != null) {
        individual = byInfected[k - 1];
      } else {
        ExposureModel withK = model.withInfectedHeadcount(Headcount.fixed(k, infectedCount.presence()));
        individual = withK.infectionProbability().mean() / 100;
      }
      double atLeastOne = 1 - Math.pow(1 - individual, people - k);
      sum += atLeastOne * cases.probabilityMeetInfected(days, k, people);
    }
    return sum * 100;
  }

  /**
   * Doses with k infected people, from the model's own: the long-range concentration — hence the long-range dose
   * and the part of it the short-range jets replace — of a {@link VirusConcentrationModel} is proportional to the
   * number of infected people (they emit into the room's mass balance), while the
   * jet doses are not (the jet comes from the one infected person met). With n infected and J the jet doses,
   * dose(k) = (k/n)·(dose(n) − J) + J: the same as rebuilding the model with k infected, without its walks.
   */
  private static final class DoseByInfected {
    /** The whole-day dose with the n infected. */
    private final Samples total;
    private final Samples jets;
    /** 1/n: the dose per infected person is (total − jets)/n, formed per sample in the pass (no arrays). */
    private final double perInfected;

    DoseByInfected(ExposureModel model, int infected, Samples wholeDayDose) {
      Samples total = wholeDayDose != null ? wholeDayDose : model.depositedExposure(true);
      Samples jets = Samples.constant(0.0);
      double[] times = model.populationStateChangeTimes();
      for (ShortRangeModel sr : model.shortRange()) {
        Span overlap = sr.extractBetweenBounds(times[0], times[times.length - 1]);
        if (overlap.duration() > 0) {
          jets = jets.plus(model.shortRangeDosePerHour(sr).times(overlap.duration()));
        }
      }
      this.jets = jets;
      this.total = total;
      this.perInfected = 1.0 / infected;
    }

    /**
     * The mean P(I) (a fraction) with k = 1 … most infected, in one pass over the samples. Per sample the exponent
     * of the dose–response is x_k = k·a + b (a from the scaled dose, b from the jets), and
     * 1 − e^(−x_(k+1)) = (1 − e^(−x_k)) + e^(−x_k)·(1 − e^(−a)): a sum of positive terms, so two exponentials
     * ({@link OneMinusExp}; one without short-range interactions, where b = 0) per sample give all k to within a
     * few ulps of {@link InfectionProbability#fromDose} for each. The samples are taken {@value #PIECE} at a time,
     * so that the recurrence over k runs over a piece at once.
     */
    double[] meanProbabilities(ExposureModel model, int most) {
      Samples immunity = model.exposed().hostImmunity();
      Samples id50 = model.virus().infectiousDose();
      double transmissibility = model.virus().transmissibilityFactor();
      int n = Samples.broadcastSize(total, jets, immunity, id50);
      double ln2 = Math.log(2);
      int blocks = (n + BLOCK - 1) / BLOCK;
      double[][] partial = new double[blocks][];
      boolean withoutJets = jets.isConstant() && jets.scalar() == 0.0;
      Samples.Reader immunities = immunity.reader();
      Samples.Reader id50s = id50.reader();
      Samples.Reader doses = total.reader();
      Samples.Reader jetDoses = jets.reader();
      ParallelBlocks.run(n, BLOCK, (from, to) -> {
        int b = from / BLOCK;
        // a piece of samples at a time: the exponentials per sample, then the recurrence over k for the whole
        // piece (loops the JIT vectorises), each k's probabilities added to lanes (lane j: the pieces' sample j)
        double[] probability = new double[PIECE];
        double[] remaining = new double[PIECE];
        double[] step = new double[PIECE];
        double[] decay = new double[PIECE];
        double[][] lanes = new double[most][PIECE];
        for (int start = from; start < to; start += PIECE) {
          int count = Math.min(PIECE, to - start);
          for (int i = 0; i < count; i++) {
            int j = start + i;
            double perDose = (1 - immunities.get(j)) / (id50s.get(j) / ln2 * transmissibility);
            double jet = jetDoses.get(j);
            double a = ((doses.get(j) - jet) * perInfected) * perDose;
            double x = a + jet * perDose;
            // e^(−x) = 1 − (1 − e^(−x)): exact enough, since where it loses digits (large x) its terms are
            // negligible next to the probability, then close to 1
            double p = OneMinusExp.of(x);
            double s = withoutJets ? p : OneMinusExp.of(a); // x = a without short range
            probability[i] = p;
            remaining[i] = 1 - p;
            step[i] = s;
            decay[i] = 1 - s;
          }
          double[] first = lanes[0];
          for (int i = 0; i < count; i++) {
            first[i] += probability[i];
          }
          for (int k = 1; k < most; k++) {
            double[] lane = lanes[k];
            for (int i = 0; i < count; i++) {
              probability[i] += remaining[i] * step[i];
              remaining[i] *= decay[i];
              lane[i] += probability[i];
            }
          }
        }
        double[] sums = new double[most];
        for (int k = 0; k < most; k++) {
          sums[k] = FixedOrderSums.sum(lanes[k]);
        }
        partial[b] = sums;
      });
      double[] means = new double[most];
      for (double[] sums : partial) {
        for (int k = 0; k < most; k++) {
          means[k] += sums[k];
        }
      }
      for (int k = 0; k < most; k++) {
        means[k] /= n;
      }
      return means;
    }
  }
}
