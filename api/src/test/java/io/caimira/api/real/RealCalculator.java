package io.caimira.api.real;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.DefaultCalculatorService;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.weather.WeatherProviders;
import io.caimira.model.weather.GenevaWeatherProvider;
import io.caimira.model.weather.WeatherProvider;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The production calculator as a CDI bean, enabled only by {@link RealCalculatorProfile}: the other API tests keep
 * their test double. Uses the shared synthetic weather set (the one the reference cases were computed with) when
 * {@code ../shared} exists, else the built-in Geneva data.
 */
@Alternative
@Singleton
public class RealCalculator implements CalculatorService {
  static final Path SHARED = Path.of("..", "..", "shared");

  /** Bound of a report's sample memory (bytes) when a test asks for more than the production limit. */
  @ConfigProperty(name = "caimira.test.max-report-memory")
  Optional<Long> maxReportMemory;

  private volatile CalculatorService delegate;

  private CalculatorService delegate() {
    CalculatorService d = delegate;
    if (d == null) {
      d = maxReportMemory.isPresent() ? new DefaultCalculatorService(weather(), maxReportMemory.get())
          : new DefaultCalculatorService(weather());
      delegate = d;
    }
    return d;
  }

  /** A smaller Monte-Carlo sample for tests about input handling only (unset: the production size). */
  @ConfigProperty(name = "caimira.test.sample-size")
  Optional<Integer> sampleSize;

  static WeatherProvider weather() {
    Path data = SHARED.resolve("data/weather/synthetic_weather_set.json");
    Path stations = SHARED.resolve("data/weather/stations_europe_hadisd_format.txt");
    if (Files.isRegularFile(data) && Files.isRegularFile(stations)) {
      return WeatherProviders.fromEnvironment(Map.of(
          "CAIMIRA_WEATHER_DATA", data.toString(), "CAIMIRA_WEATHER_STATIONS", stations.toString()));
    }
    return GenevaWeatherProvider.instance();
  }

  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    ReportOptions effective = sampleSize.isEmpty() ? options
        : new ReportOptions(options.includeSamples(), options.includeAlternativeScenarios(), sampleSize.get());
    return delegate().virusReport(body, effective);
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    return delegate().co2TransitionTimes(body);
  }

  @Override
  public Object co2Report(JsonNode body) {
    return delegate().co2Report(body);
  }
}
