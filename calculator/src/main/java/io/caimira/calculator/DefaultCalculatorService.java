package io.caimira.calculator;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.build.InputVariants;
import io.caimira.calculator.build.ScenarioBuilder;
import io.caimira.calculator.co2.Co2Calculator;
import io.caimira.calculator.input.Co2InputParser;
import io.caimira.calculator.input.InputLimits;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.input.WorkBudget;
import io.caimira.calculator.report.ReportCalculator;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.calculator.weather.WeatherProviders;
import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.montecarlo.DrawCache;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.weather.WeatherProvider;

/**
 * The calculator: parse and validate the body, build the Monte-Carlo models, compute the report. Weather data
 * come from {@code CAIMIRA_WEATHER_DATA} / {@code CAIMIRA_WEATHER_STATIONS} when set, else the built-in Geneva
 * climatology. Thread-safe: every request builds its own models.
 */
public final class DefaultCalculatorService implements CalculatorService {
  /** Largest Monte-Carlo sample size a request may ask for (memory grows linearly with it). */
  public static final int MAX_SAMPLE_SIZE = 2_000_000;

  private final ScenarioBuilder builder;
  private final WeatherProvider weather;
  private final long maxReportMemory;
  private final ReportCalculator reports = new ReportCalculator();

  /** With the weather data configured by the environment. */
  public DefaultCalculatorService() {
    this(WeatherProviders.fromEnvironment());
  }

  public DefaultCalculatorService(WeatherProvider weather) {
    this(weather, InputLimits.MAX_REPORT_MEMORY);
  }

  /**
   * With another bound of a report's sample memory than {@link InputLimits#MAX_REPORT_MEMORY}: for a process whose
   * heap holds more (a test that needs a report of two million samples).
   */
  public DefaultCalculatorService(WeatherProvider weather, long maxReportMemory) {
    this.weather = weather;
    this.builder = new ScenarioBuilder(weather);
    this.maxReportMemory = maxReportMemory;
  }

  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    VirusInput input = VirusInputParser.parse(body);
    int size = sampleSize(options);
    WorkBudget.checkReport(input, size, options.includeAlternativeScenarios(), maxReportMemory);
    long seed = input.seed() != null ? input.seed() : MonteCarloRandom.fromEntropy().seed();
    DrawCache draws = options.includeAlternativeScenarios() ? new DrawCache() : null;
    Scenario scenario = builder.build(input, size, seed, draws);
    InputVariants variants =
        options.includeAlternativeScenarios() ? new InputVariants(builder, input, size, seed, draws) : null;
    return reports.compute(scenario, options, variants);
  }

  @Override
  public io.caimira.calculator.build.WeatherSource.Info weatherSource(double latitude, double longitude) {
    return io.caimira.calculator.build.WeatherSource.info(latitude, longitude, weather);
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    return Co2Calculator.transitionTimes(Co2InputParser.parse(body));
  }

  @Override
  public Object co2Report(JsonNode body) {
    return Co2Calculator.fit(Co2InputParser.parse(body));
  }

  private static int sampleSize(ReportOptions options) {
    Integer requested = options.sampleSize();
    if (requested == null) {
      return MonteCarloSampler.DEFAULT_SAMPLE_SIZE;
    }
    if (requested < 1 || requested > MAX_SAMPLE_SIZE) {
      throw new InputError("samples", Message.of(MessageKey.SAMPLES_RANGE, MAX_SAMPLE_SIZE, requested));
    }
    return requested;
  }
}
