package io.caimira.model.population;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Local epidemic situation, for the chance that infected people are among the occupants.
 *
 * @param geographicPopulation inhabitants of the area
 * @param geographicCases new reported cases per day in the area
 * @param ascertainmentBias ratio of true to reported cases
 */
public record Cases(int geographicPopulation, int geographicCases, int ascertainmentBias) {

  public static final Cases NONE = new Cases(0, 0, 0);

  /** Probability that a random person is infectious: cases × infectious days × bias / population. */
  public double probabilityRandomIndividual(int infectiousnessDays) {
    return (double) geographicCases * infectiousnessDays * ascertainmentBias / geographicPopulation;
  }

  /** Probability that exactly {@code infected} of {@code people} are infectious (binomial). */
  public double probabilityMeetInfected(int infectiousnessDays, int infected, int people) {
    double p = probabilityRandomIndividual(infectiousnessDays);
    return new BinomialDistribution(people, p).probability(infected);
  }
}
