package io.caimira.calculator.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.InputError;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Validation errors of real inputs, in French and (unchanged) in English. */
class LocalizedInputErrorTest {
  private static final String TWO_GROUPS = "{\"group_A\": {\"total_people\": 20, \"infected\": 10, \"presence\": "
      + "[{\"start_time\": \"10:00\", \"finish_time\": \"12:00\"}]}, \"group_B\": {\"total_people\": 20, "
      + "\"infected\": 10, \"presence\": [{\"start_time\": \"10:00\", \"finish_time\": \"11:00\"}]}}";

  private static InputError error(ObjectNode body) {
    return catchThrowableOfType(InputError.class, () -> Baseline.parse(body));
  }

  @Test
  void shortRangeWithOccupancyGroups() {
    ObjectNode b = Baseline.body();
    b.set("occupancy", Baseline.json(TWO_GROUPS));
    b.put("short_range_option", "short_range_yes");
    b.set("short_range_interactions", Baseline.json("{\"group_A\": [{\"expiration\": \"Shouting\", "
        + "\"start_time\": \"10:00\", \"duration\": 30}]}"));
    InputError e = error(b);
    assertThat(e.field()).isEqualTo("short_range_interactions");
    assertThat(e.getMessage())
        .isEqualTo("Short-range interactions cannot be combined with occupancy groups (not supported).");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("Les interactions à courte distance ne peuvent pas être "
        + "combinées avec des groupes d'occupation (non pris en charge).");
  }

  @Test
  void lunchOutsidePresenceNamesThePopulation() {
    ObjectNode b = Baseline.body();
    b.put("exposed_lunch_start", "07:00");
    b.put("exposed_lunch_finish", "08:00");
    InputError e = error(b);
    assertThat(e.field()).isEqualTo("exposed_lunch_start");
    assertThat(e.getMessage()).isEqualTo("exposed lunch break must be within presence times.");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("La pause de midi (exposed) doit être comprise dans les heures de présence.");
  }

  @Test
  void aCastErrorKeepsTheValueAsGiven() {
    ObjectNode b = Baseline.body();
    b.put("total_people", "ten");
    InputError e = error(b);
    assertThat(e.field()).isEqualTo("total_people");
    assertThat(e.getMessage()).isEqualTo("Invalid value for total_people: unable to safely cast it to a "
        + "non-negative integer. Got \"ten\".");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("Valeur invalide pour total_people : elle ne peut pas être "
        + "convertie sans perte en un entier positif ou nul. Reçu : \"ten\".");
  }

  @Test
  void missingBreakKeysAreListedInTheReadersLanguage() {
    ObjectNode b = Baseline.body();
    b.set("specific_breaks", Baseline.json("{\"exposed_breaks\": [{\"start_time\": \"10:00\"}], "
        + "\"infected_breaks\": []}"));
    InputError e = error(b);
    assertThat(e.field()).isEqualTo("specific_breaks");
    assertThat(e.getMessage()).isEqualTo("Unable to fetch \"finish_time\" key. Got keys: start_time.");
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("La clé « finish_time » est introuvable. Reçu : clés start_time.");
  }
}
