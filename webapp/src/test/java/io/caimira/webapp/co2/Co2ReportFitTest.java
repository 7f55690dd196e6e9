package io.caimira.webapp.co2;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fitted ventilation in the report's input data (webapp.md §4.4), from the stored CO2_fitting_result. */
@QuarkusTest
class Co2ReportFitTest {
  private static final String FIT = "{\"exhalation_rate\": 0.4987, \"ventilation_values\": [2.01, 5.98],"
      + " \"room_capacity\": 10, \"ventilation_ls_values\": [33.5, 99.66], \"ventilation_lsp_values\": [3.35, 9.966],"
      + " \"transition_times\": [8.5, 10, 18]}";

  @Inject
  @Location("calculator/co2/report-fit.html")
  Template fragment;

  private String render(Map<String, String> inputs, Locale locale) {
    return fragment.instance().setLocale(locale).data("inputs", inputs).render();
  }

  @Test
  void theTableAndTheExhalationRateOfTheFit() {
    String html = render(Map.of("ventilation_type", "from_fitting", "CO2_fitting_result", FIT), Locale.ENGLISH);
    assertThat(html).contains("Exhalation rate from fitting algorithm – 0.50 m³/h", "Room capacity: 10",
        "<td>08:30–10:00</td><td>2.01</td><td>33.5</td>", "<td>3.35</td>", "<td>10:00–18:00</td><td>5.98</td>",
        "<td>99.7</td>", "<td>9.97</td>", "Flow rate (L/s/person)");
    assertThat(render(Map.of("ventilation_type", "from_fitting", "CO2_fitting_result", FIT), Locale.FRENCH))
        .contains("Débit d&#39;expiration issu de l&#39;algorithme d&#39;ajustement – 0.50 m³/h");
  }

  @Test
  void withoutCapacityThereIsNoFlowPerPerson() {
    String fit = FIT.replace("\"room_capacity\": 10", "\"room_capacity\": null")
        .replace("[3.35, 9.966]", "null");
    String html = render(Map.of("ventilation_type", "from_fitting", "CO2_fitting_result", fit), Locale.ENGLISH);
    assertThat(html).contains("<td>2.01</td>").doesNotContain("Room capacity", "L/s/person");
  }

  @Test
  void nothingForOtherVentilationsOrWithoutAReadableFit() {
    assertThat(render(Map.of("ventilation_type", "no_ventilation", "CO2_fitting_result", FIT), Locale.ENGLISH))
        .isBlank();
    assertThat(render(Map.of("ventilation_type", "from_fitting", "CO2_fitting_result", "{oops"), Locale.ENGLISH))
        .isBlank();
    assertThat(render(Map.of("ventilation_type", "from_fitting"), Locale.ENGLISH)).isBlank();
  }
}
