package io.caimira.model.population;

/** People of one behaviour, as CO₂ emitters. */
public record SimplePopulation(Headcount headcount, Activity activity) implements Occupants {}
