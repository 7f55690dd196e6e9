package io.caimira.model.weather;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the station nearest to a location, among stations that have weather data. The distance is the Euclidean
 * distance in the (longitude, latitude) plane, in degrees: no great-circle distance and no wrap-around at the
 * antimeridian (upstream's metric). A linear scan: a few thousand stations take microseconds. On an exact tie the
 * station listed first wins.
 */
public final class NearestStationFinder {
  private final List<Station> stations;

  /** Keeps the stations accepted by {@code hasData}, in their given order. */
  public NearestStationFinder(Collection<Station> stations, Predicate<String> hasData) {
    this.stations = stations.stream().filter(s -> hasData.test(s.id())).toList();
    if (this.stations.isEmpty()) {
      throw new IllegalArgumentException("no station of the list has weather data");
    }
  }

  /** Keeps the stations present in {@code weather}. */
  public NearestStationFinder(Collection<Station> stations, WeatherSet weather) {
    this(stations, weather::contains);
  }

  /** The candidate stations (those with data), in list order. */
  public List<Station> stations() {
    return stations;
  }

  public Station nearest(double latitude, double longitude) {
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
      throw new IllegalArgumentException(
          "location must be finite (lat=" + latitude + ", lng=" + longitude + ")");
    }
    Station best = null;
    double bestSquared = Double.POSITIVE_INFINITY;
    for (Station s : stations) {
      double dLon = s.longitude() - longitude;
      double dLat = s.latitude() - latitude;
      double squared = dLon * dLon + dLat * dLat;
      if (squared < bestSquared) {
        bestSquared = squared;
        best = s;
      }
    }
    return best;
  }
}
