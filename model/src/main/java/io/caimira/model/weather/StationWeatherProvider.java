package io.caimira.model.weather;

import io.caimira.model.time.PiecewiseConstant;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * Outside temperatures from a configured data set: the nearest station with data gives the month's 24 UTC hourly
 * means, which are shifted to the local clock of the location (UTC offset at local midnight on the 1st of the
 * month, in the current year) and refined to 6-minute steps.
 */
public final class StationWeatherProvider implements WeatherProvider {
  private final NearestStationFinder stations;
  private final WeatherSet weather;
  private final ZoneLocator zones;
  private final Clock clock;

  /**
   * @param stations the station list (stations without data in {@code weather} are ignored)
   * @param weather hourly temperatures per station
   * @param zones time-zone lookup
   * @param clock gives the current year for the UTC offset
   */
  public StationWeatherProvider(
      Collection<Station> stations, WeatherSet weather, ZoneLocator zones, Clock clock) {
    this.weather = Objects.requireNonNull(weather, "weather");
    this.stations = new NearestStationFinder(stations, weather);
    this.zones = Objects.requireNonNull(zones, "zones");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** With the timeshape zone lookup and the system clock. */
  public StationWeatherProvider(Collection<Station> stations, WeatherSet weather) {
    this(stations, weather, TimeshapeZoneLocator.instance(), Clock.systemDefaultZone());
  }

  /** The nearest station with data: its name and HadISD identifier. */
  @Override
  public String source(double latitude, double longitude) {
    Station station = nearestStation(latitude, longitude);
    return station.name() + " (" + station.id() + ")";
  }

  @Override
  public double sourceDistanceKm(double latitude, double longitude) {
    Station station = nearestStation(latitude, longitude);
    return WeatherProvider.distanceKm(latitude, longitude, station.latitude(), station.longitude());
  }

  public Station nearestStation(double latitude, double longitude) {
    return stations.nearest(latitude, longitude);
  }

  /** @throws UnknownTimeZoneException if the location has no zone */
  public ZoneId zoneAt(double latitude, double longitude) {
    return zones.zoneAt(latitude, longitude);
  }

  /** Hours to add to UTC for local time at the location, on the 1st of {@code month} this year. */
  public double utcOffsetHours(double latitude, double longitude, int month) {
    return UtcOffsets.hoursAtStartOfMonth(zoneAt(latitude, longitude), Year.now(clock).getValue(), month);
  }

  @Override
  public PiecewiseConstant outsideTemperature(double latitude, double longitude, int month) {
    Months.check(month);
    Station station = nearestStation(latitude, longitude);
    double[] utcHourly = weather.hourlyKelvin(station.id(), month);
    return HourlyRefinement.localDailyProfile(utcHourly, utcOffsetHours(latitude, longitude, month));
  }
}
