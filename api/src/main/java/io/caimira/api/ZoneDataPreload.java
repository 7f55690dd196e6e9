package io.caimira.api;

import io.caimira.calculator.weather.WeatherProviders;
import io.caimira.model.weather.TimeshapeZoneLocator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the time-zone polygons at start-up when reports will need them: otherwise the first report that needs a
 * location's time zone builds them, for one to two seconds of a core that its time limit cannot stop, since the
 * build is a class initialisation. Only a configured weather data set ({@value WeatherProviders#DATA_VARIABLE})
 * looks up time zones (the built-in Geneva climatology is in local time), and the polygons hold about 180 MB of
 * heap, so by default they are built only then; {@code caimira.weather.preload-zones} true or false overrides.
 */
@ApplicationScoped
class ZoneDataPreload {
  private static final Logger LOG = Logger.getLogger(ZoneDataPreload.class);

  void onStart(@Observes StartupEvent event,
      @ConfigProperty(name = "caimira.weather.preload-zones") Optional<Boolean> preload) {
    if (preload.orElseGet(() -> weatherSetConfigured(System.getenv()))) {
      long start = System.nanoTime();
      TimeshapeZoneLocator.preload();
      LOG.infof("Time-zone data ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Whether the environment names a weather data set, the only source of reports that look up time zones. */
  static boolean weatherSetConfigured(Map<String, String> env) {
    String data = env.get(WeatherProviders.DATA_VARIABLE);
    return data != null && !data.isBlank();
  }
}
