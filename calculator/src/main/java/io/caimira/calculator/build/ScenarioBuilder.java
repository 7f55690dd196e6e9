package io.caimira.calculator.build;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.OccupancyGroup;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.calculator.input.ShortRangeInteraction;
import io.caimira.calculator.input.VentilationInput;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.presence.Occupancy;
import io.caimira.calculator.presence.Presences;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.montecarlo.DrawCache;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Interval;
import io.caimira.model.time.Span;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.weather.WeatherProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a {@link VirusInput} into the models of a report ({@link Scenario}).
 *
 * <p>Sampling order (physics.md §1.17), fixed so that a seed reproduces a report: (1) the infected: breathing
 * rates (inhalation, exhalation), mask (η_in [, η_out]), virus (viral load, ID50, viable-to-RNA ratio), particle
 * diameter; (2) for each exposed group in order: each of its short-range interactions (diameter, then distance),
 * the exposed breathing rates (inhalation, exhalation), the exposed mask; (3) the breathing rates of the CO₂
 * emitters. Every draw is one stream of {@link MonteCarloRandom}, so the numbers depend only on the seed and this
 * order.
 */
public final class ScenarioBuilder {
  private final WeatherProvider weather;

  public ScenarioBuilder(WeatherProvider weather) {
    this.weather = Objects.requireNonNull(weather, "weather");
  }

  /** Builds with the input's seed (or a fresh one) and the given sample size (null: 250 000). */
  public Scenario build(VirusInput input, Integer sampleSize) {
    int size = sampleSize == null ? MonteCarloSampler.DEFAULT_SAMPLE_SIZE : sampleSize;
    long seed = input.seed() != null ? input.seed() : MonteCarloRandom.fromEntropy().seed();
    return build(input, size, seed);
  }

  public Scenario build(VirusInput input, int sampleSize, long seed) {
    return build(input, sampleSize, seed, null);
  }

  /**
   * As {@link #build(VirusInput, int, long)}, taking the draws that another build of the same seed already made
   * from {@code draws} (null: draw everything); the numbers are the same either way.
   */
  public Scenario build(VirusInput input, int sampleSize, long seed, DrawCache draws) {
    // the draws are made on the pool's threads while the model is put together, and all are made before it is
    // returned (MonteCarloSampler.deferringDraws)
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(sampleSize, seed, draws).deferringDraws();
    boolean built = false;
    try {
      Scenario scenario = assemble(input, sampler);
      sampler.finishDraws();
      built = true;
      return scenario;
    } finally {
      if (!built) {
        sampler.abandonDraws();
      }
    }
  }

  private Scenario assemble(VirusInput input, MonteCarloSampler sampler) {
    int sampleSize = sampler.size();
    long seed = sampler.seed();
    PopulationInput population = input.population();
    Room room = RoomFactory.room(input.room());
    Ventilation ventilation =
        VentilationFactory.ventilation(input.ventilation(), population, input.location(), weather);
    ActivityChoice activity = ActivityChoice.of(input);

    // (1) the infected
    Headcount infectedHeadcount = population.hasOccupancy()
        ? Headcount.varying(Occupancy.infected(population.occupancy()))
        : Headcount.fixed(population.infectedPeople(), Presences.infected(population));
    // the infected's inhalation enters the model only through short-range interactions (their dose uses it, as
    // upstream's does); otherwise it is not drawn
    boolean shortRangeInteractions = !population.hasOccupancy() && !input.shortRange().interactions().isEmpty();
    Activity infectedActivity = shortRangeInteractions
        ? sampler.activity(activity.physicalActivity())
        : sampler.exhaling(activity.physicalActivity());
    var infectedMask = sampler.mask(input.mask());
    var virus = sampler.virus(input.virus());
    Expiration expiration =
        sampler.expiration(ExpirationDistribution.longRange(activity.expirations()), null);
    InfectedPopulation infected = new InfectedPopulation(
        infectedHeadcount, infectedActivity, infectedMask, virus, expiration, Samples.constant(0.0));
    VirusConcentrationModel concentration = new VirusConcentrationModel(room, ventilation, infected);
    Cases cases = new Cases(input.incidence().geographicPopulation(), input.incidence().geographicCases(),
        input.incidence().ascertainmentBias());
    Samples hostImmunity = Samples.constant(Vaccines.hostImmunity(input.vaccination()));

    // (2) the exposed groups
    List<Scenario.Group> groups = new ArrayList<>();
    if (!population.hasOccupancy()) {
      List<ShortRangeModel> shortRange = shortRange(input.shortRange().interactions(), infected, sampler);
      ExposedPopulation exposed = exposed(population.totalPeople() - population.infectedPeople(),
          Presences.exposed(population), activity, input, hostImmunity, sampler);
      groups.add(group(ExposureModel.DEFAULT_IDENTIFIER, concentration, shortRange, exposed, cases, input));
    } else {
      for (OccupancyGroup g : population.occupancy()) {
        ExposedPopulation exposed =
            exposed(g.exposed(), Occupancy.exposedPresence(g), activity, input, hostImmunity, sampler);
        groups.add(group(g.id(), concentration, List.of(), exposed, cases, input));
      }
    }

    // (3) the CO₂ emitters: everyone in the room. The mean CO₂ concentration is linear in their exhalation rate, so
    // it takes the log-normal's exact mean instead of the mean of drawn rates (docs/api.md, decided deviations)
    SimplePopulation emitters = new SimplePopulation(
        Headcount.varying(Occupancy.total(population)), activity.physicalActivity().expected());
    Co2ConcentrationModel co2 = new Co2ConcentrationModel(room, ventilation, emitters);
    // natural ventilation is the only part that uses the outside temperature
    String weatherStation = input.ventilation().type() == VentilationInput.Type.NATURAL
        ? WeatherSource.describe(input.location(), weather)
        : null;
    return new Scenario(groups, co2, input.incidence().probabilistic(), input.conditionalProbability(),
        sampleSize, seed, weatherStation);
  }

  private static Scenario.Group group(String id, VirusConcentrationModel concentration,
      List<ShortRangeModel> shortRange, ExposedPopulation exposed, Cases cases, VirusInput input) {
    return new Scenario.Group(id, new ExposureModel(List.of(concentration), shortRange, exposed, cases,
        input.shortRange().occupants(), id));
  }

  private static ExposedPopulation exposed(int number, Interval presence, ActivityChoice activity, VirusInput input,
      Samples hostImmunity, MonteCarloSampler sampler) {
    // the exposed's exhalation does not enter the model: only their inhalation is drawn
    Activity breathing = sampler.inhaling(activity.physicalActivity());
    var mask = sampler.mask(input.mask());
    return new ExposedPopulation(new Headcount.Fixed(number, presence), breathing, mask, hostImmunity);
  }

  /**
   * One short-range model per interaction (physics.md §1.13): the short-range size distribution of the
   * interaction's expiration, the conversational distance, the infected's breathing.
   */
  private static List<ShortRangeModel> shortRange(
      List<ShortRangeInteraction> interactions, InfectedPopulation infected, MonteCarloSampler sampler) {
    List<ShortRangeModel> models = new ArrayList<>();
    for (ShortRangeInteraction i : interactions) {
      Expiration expiration = sampler.expiration(
          ExpirationDistribution.shortRange(i.expiration()), i.expiration().label());
      Samples distance = sampler.conversationalDistance();
      try {
        models.add(new ShortRangeModel(infected, infected.activity(), expiration,
            new Span(i.startHours(), i.finishHours()), distance));
      } catch (IllegalArgumentException e) {
        throw new InputError("short_range_interactions",
            Message.of(MessageKey.SHORT_RANGE_MODEL_INVALID, e.getMessage()), e);
      }
    }
    return models;
  }
}
