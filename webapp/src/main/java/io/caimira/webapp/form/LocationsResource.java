package io.caimira.webapp.form;

import io.caimira.webapp.PathRouting;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The form's location search, offline: {@code GET {calculator}/locations?q=gen} → JSON list of {@code {name,
 * country, latitude, longitude}} (at most 20), from the built-in city list.
 */
@Path(PathRouting.CALCULATOR + "/locations")
public class LocationsResource {
  private static final int MAX_RESULTS = 20;

  /** One suggestion: {@code name} is the text to submit as {@code location_name}. */
  public record Location(String name, String country, double latitude, double longitude) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Location> search(@QueryParam("q") String query) {
    String q = query == null ? "" : query.length() > 100 ? query.substring(0, 100) : query;
    return Cities.search(q, MAX_RESULTS).stream()
        .map(c -> new Location(c.label(), c.country(), c.latitude(), c.longitude())).toList();
  }
}
