package io.caimira.api;

import io.caimira.model.weather.TimeshapeZoneLocator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the time-zone polygons at start-up ({@code caimira.weather.preload-zones}, on by default, off in tests
 * that do not need them): otherwise the first report that needs a location's time zone builds them, for one to two
 * seconds of a core that its time limit cannot stop, since the build is a class initialisation.
 */
@ApplicationScoped
class ZoneDataPreload {
  private static final Logger LOG = Logger.getLogger(ZoneDataPreload.class);

  void onStart(@Observes StartupEvent event,
      @ConfigProperty(name = "caimira.weather.preload-zones", defaultValue = "true") boolean preload) {
    if (preload) {
      long start = System.nanoTime();
      TimeshapeZoneLocator.preload();
      LOG.infof("Time-zone data ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }
  }
}
