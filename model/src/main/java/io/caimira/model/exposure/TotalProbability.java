package io.caimira.model.exposure;

import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.VirusSource;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;

/** The total-probability rule over the number of infectious people an event may hold, given local incidence. */
final class TotalProbability {
  /** Events are assumed to hold at most this many infectious people. */
  static final int MAX_INFECTED = 10;

  private TotalProbability() {}

  static double of(ExposureModel model) {
    return of(model, true);
  }

  /**
   * @param shortcut whether to scale the model's doses with the number of infected (for concentration models
   *     that are linear in it) instead of rebuilding the model for each number
   */
  static double of(ExposureModel model, boolean shortcut) {
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
    DoseByInfected doses = linear ? new DoseByInfected(model, infectedCount.number()) : null;
    double sum = 0.0;
    for (int k = 1; k <= Math.min(people, MAX_INFECTED); k++) {
      double individual;
      if (doses != null) {
        individual = InfectionProbability.fromDose(doses.with(k), model.exposed().hostImmunity(), model.virus())
            .mean() / 100;
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
    private final Samples scaled;
    private final Samples jets;

    DoseByInfected(ExposureModel model, int infected) {
      Samples total = model.depositedExposure(true);
      Samples jets = Samples.constant(0.0);
      double[] times = model.populationStateChangeTimes();
      for (ShortRangeModel sr : model.shortRange()) {
        Span overlap = sr.extractBetweenBounds(times[0], times[times.length - 1]);
        if (overlap.duration() > 0) {
          jets = jets.plus(model.shortRangeDosePerHour(sr).times(overlap.duration()));
        }
      }
      this.jets = jets;
      this.scaled = total.minus(jets).times(1.0 / infected);
    }

    Samples with(int k) {
      return scaled.times(k).plus(jets);
    }
  }
}
