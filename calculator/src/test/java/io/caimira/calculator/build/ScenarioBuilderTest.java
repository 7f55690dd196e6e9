package io.caimira.calculator.build;

import static io.caimira.calculator.input.Baseline.assertInputError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.Baseline;
import io.caimira.calculator.input.DocumentationExample;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.room.Room;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.Span;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.HingedWindow;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.weather.GenevaWeatherProvider;
import io.caimira.model.weather.WeatherProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model building from the inputs, ported from upstream test_model_generator.py where it has values. */
class ScenarioBuilderTest {
  private static final int N = 2000;
  private static final PiecewiseConstant DECEMBER = GenevaWeatherProvider.instance().outsideTemperature(0, 0, 12);
  private static final WeatherProvider NO_WEATHER = (lat, lon, month) -> {
    throw new AssertionError("the outside temperature is only for natural ventilation");
  };

  private static Scenario build(ObjectNode body, WeatherProvider weather) {
    return new ScenarioBuilder(weather).build(Baseline.parse(body), N, 1L);
  }

  private static ExposureModel model(Scenario s) {
    return s.groups().get(0).exposure();
  }

  private static MultipleVentilation ventilation(Scenario s) {
    return (MultipleVentilation) ((VirusConcentrationModel) model(s).concentrationModels().get(0)).ventilation();
  }

  private static ObjectNode periodicWindow(String type) {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "natural_ventilation");
    b.put("windows_duration", "10");
    b.put("windows_frequency", "120");
    b.put("window_opening_regime", "windows_open_periodically");
    b.put("window_type", type);
    b.put("event_month", "December");
    b.put("window_height", "1.6");
    b.put("window_width", "1");
    b.put("opening_distance", "0.6");
    return b;
  }

  private static final AirChange INFILTRATION = new AirChange(PeriodicInterval.ALWAYS_ON, 0.25);

  @Test
  void slidingWindowOpenPeriodicallyFromTheFirstArrival() {
    WeatherProvider december = (lat, lon, month) -> {
      assertThat(month).isEqualTo(12);
      return DECEMBER;
    };
    assertThat(ventilation(build(periodicWindow("window_sliding"), december))).isEqualTo(MultipleVentilation.of(
        new SlidingWindow(new PeriodicInterval(120, 10, 9), DECEMBER, 1.6, 0.6, 1), INFILTRATION));
  }

  /**
   * The user's own outside temperatures replace the weather data (which is never asked): a daily minimum and maximum
   * as the two-part cosine, or 24 hourly values as given; the report says so.
   */
  @Test
  void theUsersOutsideTemperaturesReplaceTheWeatherData() {
    ObjectNode minMax = periodicWindow("window_sliding");
    minMax.put("outside_temp_min", "19");
    minMax.put("outside_temp_max", 26);
    Scenario s = build(minMax, NO_WEATHER);
    PiecewiseConstant expected = io.caimira.model.weather.DailyTemperatureCycle.profileOfCelsius(
        io.caimira.model.weather.DailyTemperatureCycle.hourly(19, 26));
    assertThat(ventilation(s)).isEqualTo(MultipleVentilation.of(
        new SlidingWindow(new PeriodicInterval(120, 10, 9), expected, 1.6, 0.6, 1), INFILTRATION));
    assertThat(s.weatherStation()).isEqualTo("user-provided outside temperatures (daily minimum 19.0 °C, maximum "
        + "26.0 °C)");

    ObjectNode hourly = periodicWindow("window_sliding");
    com.fasterxml.jackson.databind.node.ArrayNode values = hourly.putArray("outside_temp_hourly");
    for (int h = 0; h < 24; h++) {
      values.add(10 + h / 2.0);
    }
    Scenario t = build(hourly, NO_WEATHER);
    double[] given = new double[24];
    for (int h = 0; h < 24; h++) {
      given[h] = 10 + h / 2.0;
    }
    assertThat(ventilation(t)).isEqualTo(MultipleVentilation.of(new SlidingWindow(new PeriodicInterval(120, 10, 9),
        io.caimira.model.weather.DailyTemperatureCycle.profileOfCelsius(given), 1.6, 0.6, 1), INFILTRATION));
    assertThat(t.weatherStation()).isEqualTo("user-provided outside temperatures (24 hourly values, 10.0 to 21.5 °C)");
  }

  /** Far from Geneva the built-in climatology is named with its distance, so that the report shows it is foreign. */
  @Test
  void aDistantWeatherSourceIsNamedWithItsDistance() {
    ObjectNode sydney = periodicWindow("window_sliding");
    sydney.put("location_name", "Sydney, AUS");
    sydney.put("location_latitude", "-33.8688");
    sydney.put("location_longitude", "151.2093");
    assertThat(build(sydney, GenevaWeatherProvider.instance()).weatherStation())
        .matches("Geneva \\(built-in monthly climatology\\), 16\\d{3} km from the location");
  }

  @Test
  void theWeatherStationIsNamedOnlyForNaturalVentilation() {
    assertThat(build(periodicWindow("window_sliding"), GenevaWeatherProvider.instance()).weatherStation())
        .isEqualTo("Geneva (built-in monthly climatology)");
    // without natural ventilation the outside temperature is not used: no station
    ObjectNode closed = DocumentationExample.body();
    closed.put("ventilation_type", "no_ventilation");
    assertThat(build(closed, GenevaWeatherProvider.instance()).weatherStation()).isNull();
  }

  @Test
  void hingedWindow() {
    assertThat(ventilation(build(periodicWindow("window_hinged"), (a, b, m) -> DECEMBER)))
        .isEqualTo(MultipleVentilation.of(
            new HingedWindow(new PeriodicInterval(120, 10, 9), DECEMBER, 1.6, 0.6, 1, 1.0), INFILTRATION));
  }

  @Test
  void windowAndHepa() {
    ObjectNode b = periodicWindow("window_sliding");
    b.put("hepa_option", "1");
    assertThat(ventilation(build(b, (a, c, m) -> DECEMBER))).isEqualTo(MultipleVentilation.of(
        new SlidingWindow(new PeriodicInterval(120, 10, 9), DECEMBER, 1.6, 0.6, 1),
        new HepaFilter(PeriodicInterval.ALWAYS_ON, 250.0), INFILTRATION));
  }

  @Test
  void mechanicalAirSupply() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "mechanical_ventilation");
    b.put("mechanical_ventilation_type", "mech_type_air_supply");
    b.put("air_supply", "500.");
    MultipleVentilation v = ventilation(build(b, NO_WEATHER));
    assertThat(v).isEqualTo(MultipleVentilation.of(
        new MechanicalSupply(PeriodicInterval.ALWAYS_ON, 500.0), INFILTRATION));
    Room room = new Room(75);
    for (double t = 8; t <= 16; t += 0.08) {
      assertThat(v.airExchange(room, t).scalar()).isCloseTo(500.0 / 75 + 0.25, within(1e-12));
    }
  }

  @Test
  void mechanicalAirChanges() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "mechanical_ventilation");
    b.put("mechanical_ventilation_type", "mech_type_air_changes");
    b.put("air_changes", "3.");
    assertThat(ventilation(build(b, NO_WEATHER))).isEqualTo(MultipleVentilation.of(
        new AirChange(PeriodicInterval.ALWAYS_ON, 3.0), INFILTRATION));
  }

  @Test
  void withoutVentilation() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "no_ventilation");
    assertThat(ventilation(build(b, NO_WEATHER))).isEqualTo(MultipleVentilation.of(
        new AirChange(PeriodicInterval.ALWAYS_ON, 0.0), INFILTRATION));
  }

  @Test
  void fromFittingHasNoInfiltrationNorHepa() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "from_fitting");
    b.put("hepa_option", "1");
    b.put("CO2_fitting_result", "{\"transition_times\": [8.5, 10.0, 12.5], \"ventilation_values\": [1.5, 0.5]}");
    assertThat(ventilation(build(b, NO_WEATHER))).isEqualTo(MultipleVentilation.of(
        new AirChange(io.caimira.model.time.SpecificInterval.of(8.5, 10.0), 1.5),
        new AirChange(io.caimira.model.time.SpecificInterval.of(10.0, 12.5), 0.5)));
  }

  @Test
  void roomHumidityAndTemperature() {
    ObjectNode b = Baseline.body();
    b.put("room_heating_option", "1");
    Room heated = model(build(b, (x, y, m) -> DECEMBER)).room();
    assertThat(heated.humidity().scalar()).isEqualTo(0.3);
    assertThat(heated.insideTemperature()).isEqualTo(PiecewiseConstant.constant(0, 24, 293));
    b.put("arve_sensors_option", "1");
    b.put("humidity", "0.42");
    b.put("inside_temp", "295.5");
    Room sensors = model(build(b, (x, y, m) -> DECEMBER)).room();
    assertThat(sensors.humidity().scalar()).isEqualTo(0.42);
    assertThat(sensors.insideTemperature()).isEqualTo(PiecewiseConstant.constant(0, 24, 295.5));
  }

  /** Upstream test_population_generation_from_occupancy. */
  @Test
  void populationsFromOccupancy() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "no_ventilation");
    b.set("occupancy", Baseline.json("{\"group_A\": {\"total_people\": 5, \"infected\": 2, \"presence\": ["
        + "{\"start_time\": \"09:00\", \"finish_time\": \"12:00\"}, {\"start_time\": \"13:00\", \"finish_time\": "
        + "\"17:00\"}]}, \"group_B\": {\"total_people\": 3, \"infected\": 1, \"presence\": [{\"start_time\": "
        + "\"09:00\", \"finish_time\": \"10:00\"}, {\"start_time\": \"11:00\", \"finish_time\": \"12:00\"}]}}"));
    Scenario s = build(b, NO_WEATHER);
    assertThat(s.groups()).extracting(Scenario.Group::id).containsExactly("group_A", "group_B");
    ExposureModel first = s.groups().get(0).exposure();
    ExposureModel second = s.groups().get(1).exposure();
    assertThat(first.exposed().number()).isEqualTo(3);
    assertThat(first.exposed().presenceInterval().transitionTimes()).containsExactly(9, 12, 13, 17);
    assertThat(first.exposed().presenceInterval().boundaries()).containsExactly(new Span(9, 12), new Span(13, 17));
    assertThat(second.exposed().number()).isEqualTo(2);
    assertThat(second.exposed().presenceInterval().boundaries()).containsExactly(new Span(9, 10), new Span(11, 12));
    assertThat(first.concentrationModels().get(0)).isSameAs(second.concentrationModels().get(0));
    Headcount infected = first.concentrationModels().get(0).infected().headcount();
    assertThat(infected).isInstanceOf(Headcount.Varying.class);
    IntPiecewiseConstant number = ((Headcount.Varying) infected).number();
    assertThat(number.transitionTimes()).containsExactly(9, 10, 11, 12, 13, 17);
    assertThat(number.values()).containsExactly(3, 2, 3, 0, 2);
    assertThat(number.interval().boundaries())
        .containsExactly(new Span(9, 10), new Span(10, 11), new Span(11, 12), new Span(13, 17));
    // the CO₂ emitters: infected + exposed of every group
    IntPiecewiseConstant everyone = ((Headcount.Varying) s.co2().emitters().headcount()).number();
    assertThat(everyone.value(9.5)).isEqualTo(3 + 3 + 2);
    assertThat(everyone.value(10.5)).isEqualTo(2 + 3);
    assertThat(everyone.value(12.5)).isZero();
  }

  @Test
  void touchingPresenceEntriesAreJoinedForTheCo2Occupancy() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "no_ventilation");
    b.set("occupancy", Baseline.json("{\"g\": {\"total_people\": 4, \"infected\": 1, \"presence\": ["
        + "{\"start_time\": \"09:00\", \"finish_time\": \"10:00\"}, {\"start_time\": \"10:00\", \"finish_time\": "
        + "\"11:00\"}]}}"));
    IntPiecewiseConstant everyone = ((Headcount.Varying) build(b, NO_WEATHER).co2().emitters().headcount()).number();
    assertThat(everyone.transitionTimes()).containsExactly(9, 11);
    assertThat(everyone.values()).containsExactly(4);
  }

  @Test
  void legacyPopulations() {
    Scenario s = build(DocumentationExample.body(), GenevaWeatherProvider.instance());
    ExposureModel m = model(s);
    assertThat(m.identifier()).isEqualTo("group_1");
    assertThat(m.exposed().number()).isEqualTo(9);
    assertThat(m.exposed().presenceInterval().boundaries()).containsExactly(new Span(9, 12.5), new Span(13.5, 18));
    InfectedPopulation infected = (InfectedPopulation) m.concentrationModels().get(0).infected();
    assertThat(infected.headcount()).isEqualTo(Headcount.fixed(1, m.exposed().presenceInterval()));
    assertThat(infected.hostImmunity().scalar()).isZero();
    assertThat(infected.virus().transmissibilityFactor()).isEqualTo(0.2);
    assertThat(infected.virus().viralLoadInSputum().size()).isEqualTo(N);
    assertThat(m.exposedToShortRange()).isZero();
    assertThat(m.shortRange()).isEmpty();
    assertThat(m.geographicalData()).isEqualTo(new Cases(0, 0, 10));
    assertThat(((Headcount.Varying) s.co2().emitters().headcount()).number().value(10)).isEqualTo(10);
    assertThat(s.probabilisticExposure()).isFalse();
    assertThat(s.sampleSize()).isEqualTo(N);
    // one sliding window 2 m high opened 0.2 m, all day, with the Geneva January temperatures, and infiltration
    assertThat(ventilation(s)).isEqualTo(MultipleVentilation.of(new SlidingWindow(PeriodicInterval.ALWAYS_ON,
        GenevaWeatherProvider.instance().outsideTemperature(46.20833, 6.14275, 1), 2.0, 0.2, 1), INFILTRATION));
  }

  /** Decision 12: the same input and seed give identical samples; another seed gives others. */
  @Test
  void seedReproducesTheModel() {
    ObjectNode b = Baseline.body();
    b.put("mask_wearing_option", "mask_on");
    b.put("seed", 7);
    VirusInput input = Baseline.parse(b);
    ScenarioBuilder builder = new ScenarioBuilder(GenevaWeatherProvider.instance());
    Scenario one = builder.build(input, N);
    Scenario two = builder.build(input, N);
    assertThat(one.seed()).isEqualTo(7L);
    assertThat(infected(one).virus()).isEqualTo(infected(two).virus());
    assertThat(infected(one).expiration().diameter()).isEqualTo(infected(two).expiration().diameter());
    assertThat(model(one).exposed()).isEqualTo(model(two).exposed());
    assertThat(one.co2().emitters().activity()).isEqualTo(two.co2().emitters().activity());
    Scenario other = builder.build(input, N, 8L);
    assertThat(infected(other).virus().viralLoadInSputum())
        .isNotEqualTo(infected(one).virus().viralLoadInSputum());
    // masks: the infected and the exposed wear independent draws of the same mask type
    assertThat(infected(one).mask().inhaleEfficiency()).isNotEqualTo(model(one).exposed().mask().inhaleEfficiency());
    assertThat(infected(one).mask().inhaleEfficiency().mean()).isCloseTo((0.25 + 0.8) / 2, within(0.02));
  }

  private static InfectedPopulation infected(Scenario s) {
    return (InfectedPopulation) model(s).concentrationModels().get(0).infected();
  }

  @Test
  void noMaskWhenMasksAreOff() {
    assertThat(infected(build(Baseline.body(), (a, b, m) -> DECEMBER)).mask())
        .isEqualTo(io.caimira.model.aerosol.Mask.NONE);
  }

  @Test
  void hostImmunityFromVaccination() {
    ObjectNode b = Baseline.body();
    b.put("vaccine_option", "1");
    b.put("vaccine_type", "BNT162b2_(Pfizer)");
    assertThat(model(build(b, (x, y, m) -> DECEMBER)).exposed().hostImmunity().scalar()).isEqualTo(0.660272);
    b.put("vaccine_booster_option", "1");
    b.put("vaccine_booster_type", "mRNA-1273_(Moderna)");
    assertThat(model(build(b, (x, y, m) -> DECEMBER)).exposed().hostImmunity().scalar()).isEqualTo(0.716786);
    b.put("vaccine_booster_type", "Other");
    assertThat(model(build(b, (x, y, m) -> DECEMBER)).exposed().hostImmunity().scalar()).isEqualTo(0.660272);
    b.put("vaccine_booster_type", "Sinopharm");
    assertInputError(() -> build(b, (x, y, m) -> DECEMBER), "vaccine_booster_type", "No effectiveness data for "
        + "the booster Sinopharm after the primary series BNT162b2_(Pfizer). Choose another booster, or \"Other\" "
        + "to use the effectiveness of the primary series.");
  }

  @Test
  void shortRangeModels() {
    ObjectNode b = Baseline.body();
    b.put("short_range_option", "short_range_yes");
    b.put("short_range_occupants", "3");
    b.put("short_range_interactions", "{\"any_id\": [{\"expiration\": \"Shouting\", \"start_time\": \"10:30\", "
        + "\"duration\": 30}, {\"expiration\": \"Breathing\", \"start_time\": \"11:00\", \"duration\": 15}]}");
    ExposureModel m = model(build(b, (x, y, mo) -> DECEMBER));
    assertThat(m.identifier()).isEqualTo("group_1");
    assertThat(m.exposedToShortRange()).isEqualTo(3);
    assertThat(m.shortRange()).hasSize(2);
    assertThat(m.shortRange().get(0).expiration().name()).isEqualTo("Shouting");
    assertThat(m.shortRange().get(0).presence()).isEqualTo(new Span(10.5, 11.0));
    assertThat(m.shortRange().get(1).presence()).isEqualTo(new Span(11.0, 11.25));
    assertThat(m.shortRange().get(0).activity()).isEqualTo(infected(build(b, (x, y, mo) -> DECEMBER)).activity());
    assertThat(m.shortRange().get(0).distance().size()).isEqualTo(N);
    // an interaction while the infected is away (before 10:00) cannot be built
    b.put("infected_start", "10:00");
    b.put("short_range_interactions", "{\"g\": [{\"expiration\": \"Shouting\", \"start_time\": \"09:30\", "
        + "\"duration\": 10}]}");
    assertInputError(() -> build(b, (x, y, mo) -> DECEMBER), "short_range_interactions",
        "The short-range-interaction cannot last longer than the presence of the infected.");
  }

  /**
   * Only the breathing rates that enter the model are drawn (api.md, deviation 18): the exposed's inhalation and the
   * infected's exhalation, the infected's inhalation too when short-range interactions use it; the others are the
   * log-normal's exact mean (exp(μ + σ²/2), seated: 0.5057 m³/h), as are the CO₂ emitters' rates.
   */
  @Test
  void onlyTheBreathingRatesTheModelUsesAreDrawn() {
    double seatedMean = Math.exp(-0.6872121723362303 + 0.5 * 0.10498338229297108 * 0.10498338229297108);
    Scenario office = build(Baseline.body(), (x, y, mo) -> DECEMBER);
    var infected = infected(office).activity();
    var exposed = model(office).exposed().activity();
    assertThat(infected.exhalationRate().size()).isEqualTo(N);
    assertThat(infected.inhalationRate().isConstant()).isTrue();
    assertThat(infected.inhalationRate().scalar()).isCloseTo(seatedMean, within(1e-15));
    assertThat(exposed.inhalationRate().size()).isEqualTo(N);
    assertThat(exposed.exhalationRate().isConstant()).isTrue();
    var emitters = office.co2().emitters().activity();
    assertThat(emitters.exhalationRate().scalar()).isCloseTo(seatedMean, within(1e-15));
    assertThat(emitters.inhalationRate().scalar()).isCloseTo(seatedMean, within(1e-15));

    ObjectNode b = Baseline.body();
    b.put("short_range_option", "short_range_yes");
    b.put("short_range_occupants", "3");
    b.put("short_range_interactions", "{\"g\": [{\"expiration\": \"Shouting\", \"start_time\": \"10:30\", "
        + "\"duration\": 30}]}");
    var withShortRange = infected(build(b, (x, y, mo) -> DECEMBER)).activity();
    assertThat(withShortRange.inhalationRate().size()).isEqualTo(N);
    assertThat(withShortRange.exhalationRate().size()).isEqualTo(N);
  }

  @Test
  void expirationMixes() {
    ObjectNode b = Baseline.body();
    b.put("activity_type", "smallmeeting");
    b.put("total_people", "5");
    assertThat(ActivityChoice.of(Baseline.parse(b)).expirations()).isEqualTo(
        Map.of(io.caimira.model.aerosol.ExpirationType.SPEAKING, 1.0,
            io.caimira.model.aerosol.ExpirationType.BREATHING, 4.0));
    VirusConcentrationModel c = (VirusConcentrationModel) model(build(b, (x, y, m) -> DECEMBER))
        .concentrationModels().get(0);
    // BLO factors (1, 1/5, 1/5): cn between Breathing (0.06) and Speaking (0.2599)
    double cn = ((InfectedPopulation) c.infected()).expiration().cn();
    assertThat(cn).isCloseTo(0.06 + (0.2598508184 - 0.06) / 5, within(1e-6));
    b.put("activity_type", "gym");
    assertThat(ActivityChoice.of(Baseline.parse(b)).physicalActivity())
        .isEqualTo(io.caimira.model.population.PhysicalActivity.HEAVY_EXERCISE);
  }

  @Test
  void weatherErrorsNameTheLocation() {
    assertInputError(() -> build(Baseline.body(), (lat, lon, m) -> {
      throw new IllegalArgumentException("Unable to determine the timezone of given location (lat=1, lng=2)");
    }), "location_latitude", "Unable to determine the timezone of given location (lat=1, lng=2)");
  }

  @Test
  void probabilisticExposureCarriesTheCases() {
    ObjectNode b = Baseline.body();
    b.put("exposure_option", "p_probabilistic_exposure");
    b.put("geographic_population", 100000);
    b.put("geographic_cases", 68);
    b.put("ascertainment_bias", "confidence_medium");
    Scenario s = build(b, (x, y, m) -> DECEMBER);
    assertThat(s.probabilisticExposure()).isTrue();
    assertThat(model(s).geographicalData()).isEqualTo(new Cases(100000, 68, 5));
    // upstream test_exposure_model.py: p_random(100 000, 68, 14 days, AB 5) = 0.0476 (rtol 0.05)
    assertThat(model(s).geographicalData().probabilityRandomIndividual(14)).isCloseTo(0.0476, within(0.0476 * 0.05));
  }

  @Test
  void defaultSampleSizeAndFreshSeed() {
    Scenario s = new ScenarioBuilder(NO_WEATHER).build(Baseline.parse(noVentilation()), 10, 3L);
    assertThat(s.seed()).isEqualTo(3L);
    VirusInput input = Baseline.parse(noVentilation());
    assertThat(List.of(new ScenarioBuilder(NO_WEATHER).build(input, 10).seed(),
        new ScenarioBuilder(NO_WEATHER).build(input, 10).seed())).doesNotHaveDuplicates();
  }

  private static ObjectNode noVentilation() {
    ObjectNode b = Baseline.body();
    b.put("ventilation_type", "no_ventilation");
    return b;
  }
}
