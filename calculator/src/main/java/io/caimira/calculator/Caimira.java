package io.caimira.calculator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.co2.Co2FitResult;
import io.caimira.calculator.co2.TransitionTimes;
import io.caimira.calculator.input.InputJson;
import io.caimira.calculator.input.InputLimits;
import io.caimira.calculator.report.ReportJson;
import io.caimira.calculator.report.VirusReport;
import io.caimira.calculator.weather.WeatherProviders;
import io.caimira.model.weather.WeatherProvider;

/**
 * The calculator as a Java library, without a server: virus reports and the CO₂ tools, from typed requests
 * ({@link VirusRequest}, {@link Co2Request}) to typed results, or from the API's JSON bodies to its JSON results.
 * The numbers are those of the REST API for the same inputs (and seed). Bad input throws {@link InputError},
 * which names the input key and says what is wrong. Thread-safe: share one instance.
 *
 * <pre>{@code
 * Caimira caimira = Caimira.create();
 * VirusReport report = caimira.virusReport(VirusRequest.builder()
 *     .location("Geneva", 46.204, 6.143).roomVolume(60).people(10, 1)
 *     .exposedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *     .infectedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *     .windows(1.6, 0.2, 1).seed(42).build());
 * double percent = report.groups().values().iterator().next().probInf();
 *
 * String json = caimira.virusReportJson("{\"location_name\": \"Geneva\", …}");
 * }</pre>
 */
public final class Caimira {
  private final DefaultCalculatorService calculator;

  private Caimira(DefaultCalculatorService calculator) {
    this.calculator = calculator;
  }

  /**
   * With the weather data of the environment ({@code CAIMIRA_WEATHER_DATA}, {@code CAIMIRA_WEATHER_STATIONS}) when
   * set, else the built-in Geneva climatology.
   */
  public static Caimira create() {
    return new Caimira(new DefaultCalculatorService());
  }

  /**
   * With the given weather data: {@code GenevaWeatherProvider.instance()} (the built-in climatology), a
   * {@code StationWeatherProvider} of a weather data set, or {@link WeatherProviders#fromEnvironment(java.util.Map)}.
   */
  public static Caimira create(WeatherProvider weather) {
    return new Caimira(new DefaultCalculatorService(weather));
  }

  /** The report of {@code POST /virus/report} with the default options (250 000 samples, no alternatives). */
  public VirusReport virusReport(VirusRequest request) {
    return virusReport(request, ReportOptions.DEFAULT);
  }

  public VirusReport virusReport(VirusRequest request, ReportOptions options) {
    return (VirusReport) calculator.virusReport(request.body(), options);
  }

  /** The results of {@code POST /co2/transition_times}. */
  public TransitionTimes co2TransitionTimes(Co2Request request) {
    return (TransitionTimes) calculator.co2TransitionTimes(request.body());
  }

  /** The results of {@code POST /co2/report}: the ventilation fitted to the sensor data. */
  public Co2FitResult co2Fit(Co2Request request) {
    return (Co2FitResult) calculator.co2Report(request.body());
  }

  /** {@code POST /virus/report}: the API's JSON body in, its {@code results} object out (as JSON). */
  public String virusReportJson(String body, ReportOptions options) {
    return write(calculator.virusReport(read(body), options));
  }

  public String virusReportJson(String body) {
    return virusReportJson(body, ReportOptions.DEFAULT);
  }

  /** {@code POST /co2/transition_times}, JSON in and out. */
  public String co2TransitionTimesJson(String body) {
    return write(calculator.co2TransitionTimes(read(body)));
  }

  /** {@code POST /co2/report}, JSON in and out. */
  public String co2FitJson(String body) {
    return write(calculator.co2Report(read(body)));
  }

  /** The body as the API reads it: bounded in size before parsing, a JSON object. */
  private static JsonNode read(String body) {
    if (body == null || body.length() > InputLimits.MAX_JSON_TEXT) {
      throw new InputError(null, "The body must be a JSON object of at most " + InputLimits.MAX_JSON_TEXT
          + " characters");
    }
    JsonNode node;
    try {
      node = InputJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new InputError(null, "Malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputError(null, "The body must be a JSON object");
    }
    return node;
  }

  private static String write(Object results) {
    try {
      return ReportJson.mapper().writeValueAsString(results);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results not writable as JSON", e);
    }
  }
}
