package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code precise_activity} (api.md §5, rule 7): upstream's structure checks and messages, then the port's checks of
 * the names and percentages (upstream fails later with a KeyError on an unknown name).
 */
final class PreciseActivityParser {
  static final String FIELD = "precise_activity";

  private PreciseActivityParser() {}

  /** Upstream's structure checks; nothing for {}. */
  static void validateStructure(JsonNode p) {
    if (p.isObject() && p.isEmpty()) {
      return;
    }
    if (!p.isObject()) {
      throw error(MessageKey.PRECISE_NOT_DICT);
    }
    if (!p.has("physical_activity")) {
      throw error(MessageKey.KEY_MISSING, "physical_activity", SpecificBreaksParser.keyHint(p, 0));
    }
    if (!p.has("respiratory_activity")) {
      throw error(MessageKey.KEY_MISSING, "respiratory_activity", SpecificBreaksParser.keyHint(p, 1));
    }
    if (!p.get("physical_activity").isTextual()) {
      throw error(MessageKey.PRECISE_PHYSICAL_NOT_STRING);
    }
    if (!p.get("respiratory_activity").isArray()) {
      throw error(MessageKey.PRECISE_RESPIRATORY_NOT_LIST);
    }
    InputLimits.checkCount(FIELD, "precise_activity.respiratory_activity", p.get("respiratory_activity").size(),
        InputLimits.MAX_RESPIRATORY_ENTRIES);
    BigDecimal total = BigDecimal.ZERO;
    boolean integral = true;
    for (JsonNode r : p.get("respiratory_activity")) {
      if (!r.isObject()) {
        throw error(MessageKey.PRECISE_RESPIRATORY_NOT_DICT);
      }
      if (!r.has("type")) {
        throw error(MessageKey.KEY_MISSING, "type", SpecificBreaksParser.keyHint(r, 0));
      }
      if (!r.has("percentage")) {
        throw error(MessageKey.KEY_MISSING, "percentage", SpecificBreaksParser.keyHint(r, 1));
      }
      JsonNode pct = r.get("percentage");
      if (!pct.isNumber() || !Double.isFinite(pct.doubleValue())) {
        throw error(MessageKey.PRECISE_PERCENTAGE_NOT_NUMBER, JsonText.json(pct));
      }
      integral &= pct.isIntegralNumber();
      total = total.add(pct.decimalValue());
    }
    if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
      String shown = integral ? total.toBigInteger().toString() : Double.toString(total.doubleValue());
      throw error(MessageKey.PRECISE_PERCENTAGE_SUM, shown);
    }
  }

  /** The precise activity of a structurally valid, non-empty input. */
  static PreciseActivity read(JsonNode p) {
    String name = p.get("physical_activity").textValue();
    PhysicalActivity activity = Arrays.stream(PhysicalActivity.values())
        .filter(a -> a.label().equals(name))
        .findFirst()
        .orElseThrow(() -> error(MessageKey.PRECISE_PHYSICAL_UNKNOWN, name,
            new Message.Listing(Arrays.stream(PhysicalActivity.values()).map(PhysicalActivity::label).toList())));
    Map<ExpirationType, Double> mix = new LinkedHashMap<>();
    for (JsonNode r : p.get("respiratory_activity")) {
      String type = JsonText.plain(r.get("type"));
      if (!r.get("type").isTextual() || !Choices.EXPIRATIONS.contains(type)) {
        throw error(MessageKey.PRECISE_RESPIRATORY_UNKNOWN, type, new Message.Listing(Choices.EXPIRATIONS));
      }
      double pct = r.get("percentage").doubleValue();
      if (pct < 0) {
        throw error(MessageKey.PRECISE_PERCENTAGE_NEGATIVE, JsonText.json(r.get("percentage")));
      }
      mix.put(ExpirationType.fromLabel(type), pct);
    }
    return new PreciseActivity(activity, mix);
  }

  private static InputError error(MessageKey key, Object... args) {
    return new InputError(FIELD, Message.of(key, args));
  }
}
