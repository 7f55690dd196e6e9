package io.caimira.model.exposure;

import io.caimira.model.population.Cases;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.VirusSource;

/** The total-probability rule over the number of infectious people an event may hold, given local incidence. */
final class TotalProbability {
  /** Events are assumed to hold at most this many infectious people. */
  static final int MAX_INFECTED = 10;

  private TotalProbability() {}

  static double of(ExposureModel model) {
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
    double sum = 0.0;
    for (int k = 1; k <= Math.min(people, MAX_INFECTED); k++) {
      ExposureModel withK = model.withInfectedHeadcount(Headcount.fixed(k, infectedCount.presence()));
      double individual = withK.infectionProbability().mean() / 100;
      double atLeastOne = 1 - Math.pow(1 - individual, people - k);
      sum += atLeastOne * cases.probabilityMeetInfected(days, k, people);
    }
    return sum * 100;
  }
}
