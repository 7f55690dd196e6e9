package io.caimira.model.montecarlo;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.Particle;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Interval;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Virus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Monte-Carlo scenario in the shape of upstream's {@code mc.ExposureModel(...).build_model(size)}: a room and
 * ventilation with one infected population and one exposed group, whose uncertain inputs are drawn, in a fixed
 * order, from a {@link MonteCarloSampler}. Masks are fixed, as upstream's {@code models.Mask.types} used by the
 * ported tests (Type I η_in 0.5, FFP2 0.865, Cloth 0.225 with η_out 0.35). The same scenario built twice with the same seed gives identical
 * models.
 */
record McScenario(
    Room room,
    Ventilation ventilation,
    int infectedNumber,
    Interval infectedPresence,
    Function<MonteCarloSampler, Virus> virus,
    Mask infectedMask,
    Function<MonteCarloSampler, Activity> infectedActivity,
    ExpirationDistribution expiration,
    int exposedNumber,
    Interval exposedPresence,
    Function<MonteCarloSampler, Activity> exposedActivity,
    Mask exposedMask,
    List<Interaction> shortRange) {

  /** A short-range interaction: its activity, expiration (short-range range), presence and distances. */
  record Interaction(
      Function<MonteCarloSampler, Activity> activity,
      ExpirationDistribution expiration,
      io.caimira.model.time.Span presence,
      Function<MonteCarloSampler, Samples> distance) {}

  McScenario withShortRange(List<Interaction> interactions) {
    return new McScenario(room, ventilation, infectedNumber, infectedPresence, virus, infectedMask,
        infectedActivity, expiration, exposedNumber, exposedPresence, exposedActivity, exposedMask, interactions);
  }

  /** Expiration mix, e.g. {Speaking: 0.33, Breathing: 0.67}, blended through the BLO factors. */
  static ExpirationDistribution mix(ExpirationType a, double wa, ExpirationType b, double wb) {
    Map<ExpirationType, Double> weights = new LinkedHashMap<>();
    weights.put(a, wa);
    weights.put(b, wb);
    return ExpirationDistribution.longRange(weights);
  }

  ExposureModel build(int size, long seed) {
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(size, seed);
    Virus v = virus.apply(sampler);
    Mask mask = infectedMask;
    Activity activity = infectedActivity.apply(sampler);
    Expiration e = sampler.expiration(expiration, null);
    InfectedPopulation infected = new InfectedPopulation(
        Headcount.fixed(infectedNumber, infectedPresence), activity, mask, v, e, Samples.constant(0.0));
    VirusConcentrationModel concentration =
        new VirusConcentrationModel(room, ventilation, infected, Particle.LONG_RANGE_EVAPORATION);
    List<ShortRangeModel> interactions = shortRange.stream()
        .map(i -> new ShortRangeModel(infected, i.activity().apply(sampler),
            sampler.expiration(i.expiration(), null), i.presence(), i.distance().apply(sampler)))
        .toList();
    Activity exposedAct = exposedActivity.apply(sampler);
    Mask exposedM = exposedMask;
    ExposedPopulation exposed = new ExposedPopulation(
        new Headcount.Fixed(exposedNumber, exposedPresence), exposedAct, exposedM, Samples.constant(0.0));
    return new ExposureModel(List.of(concentration), interactions, exposed, Cases.NONE,
        0, ExposureModel.DEFAULT_IDENTIFIER);
  }
}
