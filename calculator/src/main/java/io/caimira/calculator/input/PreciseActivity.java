package io.caimira.calculator.input;

import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code precise_activity}: a physical activity and an expiration mix in percent (summing to 100; a type given
 * twice keeps its last percentage, as upstream).
 */
public record PreciseActivity(PhysicalActivity physicalActivity, Map<ExpirationType, Double> respiratory) {
  public PreciseActivity {
    respiratory = Collections.unmodifiableMap(new LinkedHashMap<>(respiratory));
  }
}
