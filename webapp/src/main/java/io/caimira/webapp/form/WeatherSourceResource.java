package io.caimira.webapp.form;

import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.build.WeatherSource;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.i18n.Bundles;
import io.caimira.webapp.i18n.Languages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Where the outside temperatures of natural ventilation at a location would come from, for the form's notice next
 * to the location: {@code GET {calculator}/weather-source?latitude=&longitude=} → {@code {source, distance_km,
 * nearby, message}}, the message (in the page's language) only when the source is not nearby. Coordinates out of
 * range are a 400; the answer is a lookup in memory.
 */
@Path(PathRouting.CALCULATOR + "/weather-source")
public class WeatherSourceResource {
  private final CalculatorService calculator;

  WeatherSourceResource(CalculatorService calculator) {
    this.calculator = calculator;
  }

  /** The answer: {@code message} is null when the weather data are the location's. */
  public record Answer(String source, Double distance_km, boolean nearby, String message) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response source(@QueryParam("latitude") String latitude, @QueryParam("longitude") String longitude,
      @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Double lat = coordinate(latitude, 90);
    Double lon = coordinate(longitude, 180);
    if (lat == null || lon == null) {
      return Response.status(400).entity(new Answer(null, null, false, null)).build();
    }
    WeatherSource.Info info = calculator.weatherSource(lat, lon);
    if (info == null) {
      return Response.ok(new Answer(null, null, true, null)).build();
    }
    Locale locale = Languages.of(lang, headers);
    FormMessages msg = Bundles.of(FormMessages.class, locale);
    Double km = Double.isFinite(info.distanceKm()) ? info.distanceKm() : null;
    String message = info.nearby() || info.source() == null ? null
        : msg.weather_far(io.caimira.model.weather.GenevaWeatherProvider.SOURCE.equals(info.source())
            ? msg.weather_geneva() : info.source(), km == null ? "?" : String.format(locale, "%,.0f", km));
    return Response.ok(new Answer(info.source(), km, info.nearby(), message)).build();
  }

  private static Double coordinate(String text, double limit) {
    if (text == null || text.length() > 32) {
      return null;
    }
    try {
      double v = Double.parseDouble(text.trim());
      return Double.isFinite(v) && Math.abs(v) <= limit ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
