package io.caimira.calculator.input;

/**
 * The local epidemic situation, for the probabilistic exposure.
 *
 * @param probabilistic {@code exposure_option == p_probabilistic_exposure}
 * @param ascertainmentBias ratio of true to reported cases (10, 5 or 2)
 */
public record IncidenceInput(
    boolean probabilistic, int geographicPopulation, int geographicCases, int ascertainmentBias) {

  /** Days an infected person is contagious, for every variant offered. */
  public static final int INFECTIOUSNESS_DAYS = 14;

  static int bias(String option) {
    return switch (option) {
      case "confidence_low" -> 10;
      case "confidence_medium" -> 5;
      case "confidence_high" -> 2;
      default -> throw new IllegalArgumentException(option);
    };
  }
}
