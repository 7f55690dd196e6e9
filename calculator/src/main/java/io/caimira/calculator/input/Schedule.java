package io.caimira.calculator.input;

/**
 * The day of one population of the single-group inputs (minutes since midnight).
 *
 * @param coffeeBreaks number of coffee breaks (0 to 4)
 * @param coffeeDuration duration of each coffee break [min]
 */
public record Schedule(
    int start, int finish, boolean lunch, int lunchStart, int lunchFinish, int coffeeBreaks, int coffeeDuration) {}
