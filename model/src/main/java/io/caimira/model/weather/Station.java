package io.caimira.model.weather;

import java.util.Objects;

/**
 * A weather station of the HadISD station list.
 *
 * @param id station identifier, e.g. {@code 067000-99999}
 * @param name station name, without padding
 * @param latitude degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record Station(String id, String name, double latitude, double longitude) {
  public Station {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("station id must not be blank");
    }
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("station " + id + ": latitude out of range: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("station " + id + ": longitude out of range: " + longitude);
    }
  }
}
