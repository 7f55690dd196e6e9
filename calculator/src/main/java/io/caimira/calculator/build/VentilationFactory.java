package io.caimira.calculator.build;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.LocationInput;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.calculator.input.VentilationInput;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.HingedWindow;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.weather.DailyTemperatureCycle;
import io.caimira.model.weather.WeatherProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The ventilation of the room (physics.md §1.3, "assembly from the inputs"): the main means, then HEPA filter when
 * chosen, then the 0.25 h⁻¹ infiltration, as one {@link MultipleVentilation}; {@code from_fitting} is the fitted
 * air changes alone. The outside temperature is asked from the weather provider only for natural ventilation.
 */
public final class VentilationFactory {
  /** Air infiltration always present [h⁻¹] (CERN-OPEN-2021-004, p. 12). */
  public static final double INFILTRATION_ACH = 0.25;

  private VentilationFactory() {}

  public static MultipleVentilation ventilation(
      VentilationInput v, PopulationInput population, LocationInput location, WeatherProvider weather) {
    if (v.type() == VentilationInput.Type.FROM_FITTING) {
      List<Ventilation> parts = new ArrayList<>();
      List<Double> times = v.fitting().transitionTimes();
      for (int i = 0; i + 1 < times.size(); i++) {
        parts.add(new AirChange(SpecificInterval.of(times.get(i), times.get(i + 1)),
            v.fitting().ventilationValues().get(i)));
      }
      return new MultipleVentilation(parts);
    }
    Ventilation main = switch (v.type()) {
      case NATURAL -> window(v, population, location, weather);
      case NONE -> new AirChange(PeriodicInterval.ALWAYS_ON, 0.0);
      case MECHANICAL -> v.mechanicalType() == VentilationInput.MechanicalType.AIR_CHANGES
          ? new AirChange(PeriodicInterval.ALWAYS_ON, v.airChanges())
          : new MechanicalSupply(PeriodicInterval.ALWAYS_ON, v.airSupply());
      case FROM_FITTING -> throw new IllegalStateException();
    };
    AirChange infiltration = new AirChange(PeriodicInterval.ALWAYS_ON, INFILTRATION_ACH);
    if (v.hepa()) {
      return MultipleVentilation.of(main, new HepaFilter(PeriodicInterval.ALWAYS_ON, v.hepaAmount()), infiltration);
    }
    return MultipleVentilation.of(main, infiltration);
  }

  /** The user's outside temperatures when given, else the weather data of the location and month. */
  private static PiecewiseConstant outsideTemperature(LocationInput location, WeatherProvider weather) {
    if (location.outside() != null) {
      return DailyTemperatureCycle.profileOfCelsius(location.outside().hourly());
    }
    try {
      return weather.outsideTemperature(location.latitude(), location.longitude(), location.month());
    } catch (IllegalArgumentException e) {
      throw new InputError("location_latitude",
          Message.of(MessageKey.OUTSIDE_TEMPERATURE_UNAVAILABLE, e.getMessage()), e);
    }
  }

  private static Ventilation window(
      VentilationInput v, PopulationInput population, LocationInput location, WeatherProvider weather) {
    Interval active = v.periodicOpening()
        ? new PeriodicInterval(v.windowsFrequency(), v.windowsDuration(),
            Math.min(population.infected().start(), population.exposed().start()) / 60.0)
        : PeriodicInterval.ALWAYS_ON;
    PiecewiseConstant outside = outsideTemperature(location, weather);
    if (v.windowType() == VentilationInput.WindowType.HINGED) {
      return new HingedWindow(active, outside, v.windowHeight(), v.openingDistance(), v.windowsNumber(),
          v.windowWidth());
    }
    return new SlidingWindow(active, outside, v.windowHeight(), v.openingDistance(), v.windowsNumber());
  }
}
