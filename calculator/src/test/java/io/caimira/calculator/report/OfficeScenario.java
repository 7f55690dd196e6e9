package io.caimira.calculator.report;

import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Variant;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documentation example of {@code POST /virus/report} built by hand from model objects, the way the input
 * builder will: 75 m³ office, one sliding window 2 m × 0.2 m open permanently (Geneva, January) plus the 0.25 h⁻¹
 * infiltration, 10 people with 1 infected, 09:00–18:00, seated, expiration {Speaking: 1, Breathing: 2}, Omicron,
 * no masks. Knobs change one choice at a time.
 */
final class OfficeScenario {
  int size = 5_000;
  long seed = 42;
  Interval presence = SpecificInterval.of(9, 18);
  boolean masksWorn = false;
  MaskType maskType = MaskType.TYPE_I;
  boolean hepa = false;
  VentilationType ventilation = VentilationType.NATURAL;
  int totalPeople = 10;
  int infected = 1;
  boolean probabilistic = false;
  boolean conditional = false;
  Cases cases = Cases.NONE;
  int exposedToShortRange = 0;
  /** Short-range interactions: expiration name → spans, in order. */
  List<Map.Entry<ExpirationType, Span>> interactions = new ArrayList<>();

  OfficeScenario interaction(ExpirationType type, double start, double end) {
    interactions.add(Map.entry(type, new Span(start, end)));
    return this;
  }

  ScenarioDescription description() {
    return new ScenarioDescription(masksWorn, maskType, hepa, ventilation, !interactions.isEmpty());
  }

  /** This office changed as an alternative scenario says. */
  OfficeScenario variant(AlternativeScenario v) {
    OfficeScenario o = copy();
    o.masksWorn = v.inputs().masksWorn();
    o.maskType = v.inputs().maskType();
    o.hepa = v.inputs().hepa();
    o.ventilation = v.inputs().ventilation();
    if (!v.inputs().shortRange()) {
      if (v.removeShortRangeOccupants() && o.exposedToShortRange > 0) {
        o.totalPeople -= o.exposedToShortRange;
      }
      o.interactions = new ArrayList<>();
      o.exposedToShortRange = 0;
    }
    o.seed = seed + 1;
    return o;
  }

  OfficeScenario copy() {
    OfficeScenario o = new OfficeScenario();
    o.size = size;
    o.seed = seed;
    o.presence = presence;
    o.masksWorn = masksWorn;
    o.maskType = maskType;
    o.hepa = hepa;
    o.ventilation = ventilation;
    o.totalPeople = totalPeople;
    o.infected = infected;
    o.probabilistic = probabilistic;
    o.conditional = conditional;
    o.cases = cases;
    o.exposedToShortRange = exposedToShortRange;
    o.interactions = new ArrayList<>(interactions);
    return o;
  }

  Ventilation ventilationModel() {
    List<Ventilation> parts = new ArrayList<>();
    switch (ventilation) {
      case NATURAL -> parts.add(new SlidingWindow(PeriodicInterval.ALWAYS_ON,
          GenevaWeatherProvider.instance().outsideTemperature(46.2, 6.1, 1), 2.0, 0.2, 1));
      case MECHANICAL -> parts.add(new MechanicalSupply(PeriodicInterval.ALWAYS_ON, 500));
      default -> { }
    }
    if (hepa) {
      parts.add(new HepaFilter(new PeriodicInterval(60, 30, 9), 250));
    }
    parts.add(new AirChange(PeriodicInterval.ALWAYS_ON, 0.25));
    return new MultipleVentilation(parts);
  }

  Scenario build() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(size, seed);
    Room room = new Room(75);
    Ventilation v = ventilationModel();
    MaskType mask = masksWorn ? maskType : MaskType.NO_MASK;
    Map<ExpirationType, Integer> mix = new LinkedHashMap<>();
    mix.put(ExpirationType.SPEAKING, 1);
    mix.put(ExpirationType.BREATHING, 2);
    Activity infectedActivity = s.activity(PhysicalActivity.SEATED);
    InfectedPopulation sick = new InfectedPopulation(Headcount.fixed(infected, presence), infectedActivity,
        s.mask(mask), s.virus(Variant.SARS_CoV_2_OMICRON),
        s.expiration(ExpirationDistribution.longRange(mix), null), Samples.constant(0));
    List<ShortRangeModel> sr = new ArrayList<>();
    for (Map.Entry<ExpirationType, Span> i : interactions) {
      sr.add(new ShortRangeModel(sick, infectedActivity,
          s.expiration(ExpirationDistribution.shortRange(i.getKey()), i.getKey().label()), i.getValue(),
          s.conversationalDistance()));
    }
    Activity exposedActivity = s.activity(PhysicalActivity.SEATED);
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(totalPeople - infected, presence),
        exposedActivity, s.mask(mask), Samples.constant(0));
    ExposureModel model = new ExposureModel(List.of(new VirusConcentrationModel(room, v, sick)), sr, exposed,
        cases, exposedToShortRange, ExposureModel.DEFAULT_IDENTIFIER);
    Co2ConcentrationModel co2 = new Co2ConcentrationModel(room, v,
        new SimplePopulation(Headcount.fixed(totalPeople, presence), s.activity(PhysicalActivity.SEATED)));
    return new Scenario(List.of(new Scenario.Group("group_1", model)), co2, probabilistic, conditional, size, seed,
        null);
  }

  /** Variants built from this office, recording what was asked. */
  final class Variants implements ScenarioVariants {
    final List<AlternativeScenario> requested = new ArrayList<>();

    @Override
    public ScenarioDescription description() {
      return OfficeScenario.this.description();
    }

    @Override
    public synchronized Scenario build(AlternativeScenario variant) {
      requested.add(variant);
      return variant(variant).build();
    }
  }

  Variants variants() {
    return new Variants();
  }
}
