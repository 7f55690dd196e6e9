package io.caimira.calculator.input;

/** Vaccination of the exposed: primary series and booster (names of {@link Choices}). */
public record VaccinationInput(boolean vaccinated, String primary, boolean boosted, String booster) {}
