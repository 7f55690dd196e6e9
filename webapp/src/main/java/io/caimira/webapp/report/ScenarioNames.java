package io.caimira.webapp.report;

import io.caimira.calculator.report.AlternativeScenarios;
import io.caimira.model.weather.GenevaWeatherProvider;

/**
 * The names the calculator gives in English (the API keeps them: they are keys of its answer) as the page shows
 * them: the alternative scenarios and the built-in weather data, in the page's language.
 */
final class ScenarioNames {
  private ScenarioNames() {}

  /** An alternative scenario's name; a name this class does not know is shown as it is. */
  static String of(String name, ReportMessages msg) {
    return switch (name) {
      case AlternativeScenarios.CURRENT -> msg.scenario_current();
      case AlternativeScenarios.HEPA_WITH_TYPE_I -> msg.scenario_hepa_type_i();
      case AlternativeScenarios.NO_HEPA_WITH_FFP2 -> msg.scenario_no_hepa_ffp2();
      case AlternativeScenarios.MECHANICAL_WITHOUT_MASKS -> msg.scenario_mechanical_no_masks();
      case AlternativeScenarios.WINDOWS_WITHOUT_MASKS -> msg.scenario_windows_no_masks();
      case AlternativeScenarios.NO_VENTILATION_TYPE_I -> msg.scenario_no_ventilation_type_i();
      case AlternativeScenarios.NEITHER -> msg.scenario_neither();
      case AlternativeScenarios.WITHOUT_SHORT_RANGE -> msg.scenario_without_short_range();
      default -> name;
    };
  }

  /** A weather source's name: the built-in data in the page's language, a station's name as it is. */
  static String weatherSource(String source, ReportMessages msg) {
    return GenevaWeatherProvider.SOURCE.equals(source) ? msg.geneva_climatology() : source;
  }
}
