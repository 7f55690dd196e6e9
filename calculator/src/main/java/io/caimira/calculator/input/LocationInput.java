package io.caimira.calculator.input;

/** Where and when: coordinates [degrees] and the month (1 = January) of the event. */
public record LocationInput(double latitude, double longitude, String name, int month) {}
