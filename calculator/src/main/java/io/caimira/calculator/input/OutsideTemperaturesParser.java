package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;

/**
 * Reads {@code outside_temp_hourly}, or {@code outside_temp_min} with {@code outside_temp_max}: one of the two ways,
 * complete, within {@link InputLimits#OUTSIDE_CELSIUS}; null when neither is given.
 */
final class OutsideTemperaturesParser {
  static final String HOURLY = "outside_temp_hourly";
  static final String MIN = "outside_temp_min";
  static final String MAX = "outside_temp_max";
  private static final int HOURS = 24;

  private OutsideTemperaturesParser() {}

  static OutsideTemperatures read(FormValues v) {
    JsonNode hourly = v.json(HOURLY);
    Double min = v.optionalReal(MIN);
    Double max = v.optionalReal(MAX);
    boolean hasHourly = hourly != null && !(hourly.isArray() && hourly.isEmpty());
    if (hasHourly && (min != null || max != null)) {
      throw new InputError(HOURLY, Message.of(MessageKey.OUTSIDE_TEMPERATURES_BOTH));
    }
    if (hasHourly) {
      return new OutsideTemperatures(hourly(hourly), null, null);
    }
    if (min == null && max == null) {
      return null;
    }
    if (min == null) {
      throw new InputError(MIN, Message.of(MessageKey.OUTSIDE_TEMPERATURE_PAIR, MIN, MAX));
    }
    if (max == null) {
      throw new InputError(MAX, Message.of(MessageKey.OUTSIDE_TEMPERATURE_PAIR, MAX, MIN));
    }
    if (min > max) {
      throw new InputError(MIN, Message.of(MessageKey.OUTSIDE_TEMPERATURE_ORDER, min, max));
    }
    return new OutsideTemperatures(null, min, max);
  }

  private static double[] hourly(JsonNode array) {
    if (!array.isArray()) {
      throw new InputError(HOURLY, Message.of(MessageKey.LIST_NOT_NUMBERS, HOURLY, JsonText.typeName(array)));
    }
    if (array.size() != HOURS) {
      throw new InputError(HOURLY, Message.of(MessageKey.OUTSIDE_TEMPERATURE_HOURS, array.size()));
    }
    double[] out = new double[HOURS];
    for (int h = 0; h < HOURS; h++) {
      JsonNode n = array.get(h);
      if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
        throw new InputError(HOURLY, Message.of(MessageKey.LIST_NOT_FINITE, HOURLY, JsonText.json(n)));
      }
      if (!InputLimits.OUTSIDE_CELSIUS.contains(n.doubleValue())) {
        throw InputLimits.OUTSIDE_CELSIUS.listError(HOURLY, HOURLY, n.doubleValue());
      }
      out[h] = n.doubleValue();
    }
    return out;
  }
}
