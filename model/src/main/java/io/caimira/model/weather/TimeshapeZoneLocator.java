package io.caimira.model.weather;

import java.time.ZoneId;
import net.iakovlev.timeshape.TimeZoneEngine;

/**
 * Offline zone lookup with the timeshape polygons, covering the whole world including the nautical
 * {@code Etc/GMT±n} zones of the oceans. The engine takes seconds and a few hundred MB to build, so it is built
 * once per JVM, lazily at the first lookup (thread-safe holder idiom), and shared by every user.
 */
public final class TimeshapeZoneLocator implements ZoneLocator {
  private static final TimeshapeZoneLocator INSTANCE = new TimeshapeZoneLocator();

  private TimeshapeZoneLocator() {}

  public static TimeshapeZoneLocator instance() {
    return INSTANCE;
  }

  /**
   * Builds the engine now, if it is not built yet: a server calls this at start-up, so that no request pays for
   * it (the build is a class initialisation, which a cancelled request cannot interrupt).
   */
  public static void preload() {
    EngineHolder.ENGINE.getClass();
  }

  @Override
  public ZoneId zoneAt(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new UnknownTimeZoneException(latitude, longitude);
    }
    return EngineHolder.ENGINE.query(latitude, longitude)
        .orElseThrow(() -> new UnknownTimeZoneException(latitude, longitude));
  }

  /** Loaded by the JVM on first access only, which makes the initialisation lazy and thread-safe. */
  private static final class EngineHolder {
    static final TimeZoneEngine ENGINE = TimeZoneEngine.initialize();
  }
}
