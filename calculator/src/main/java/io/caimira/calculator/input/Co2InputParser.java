package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses and validates a CO₂ body (api.md §7.1): the pipeline over {@link Co2Fields#ALL}, the population checks,
 * the room capacity, the specific breaks (only without occupancy, as upstream), then the port's checks of
 * {@code CO2_data}, {@code fitting_ventilation_states} and {@code room_volume} (api.md §13, decision 3).
 */
public final class Co2InputParser {
  private Co2InputParser() {}

  public static Co2Input parse(JsonNode body) {
    FormValues v = FormPipeline.run(body, Co2Fields.ALL);
    List<OccupancyGroup> groups = PopulationParser.validate(v);
    // a negative capacity cannot pass the integer cast; 0 means unknown (no flow per person), as upstream
    Integer capacity = v.optionalInt("room_capacity");
    SpecificBreaks breaks = groups.isEmpty() ? SpecificBreaksParser.parse(v.json("specific_breaks")) : null;
    Co2Data data = data(v.json("CO2_data"));
    List<Double> states = states(v.json("fitting_ventilation_states"));
    double volume = v.real("room_volume");
    if (!(volume > 0)) {
      throw new InputError("room_volume", Message.of(MessageKey.CO2_ROOM_VOLUME_POSITIVE, volume));
    }
    return new Co2Input(data, states, capacity, volume, PopulationParser.assemble(v, groups, breaks));
  }

  private static Co2Data data(JsonNode d) {
    String field = "CO2_data";
    if (!d.isObject() || !d.has("times") || !d.has("CO2")) {
      throw new InputError(field, Message.of(MessageKey.CO2_DATA_NOT_OBJECT,
          d.isObject() ? Message.of(MessageKey.KEYS_FOUND, JsonText.keys(d)) : JsonText.typeName(d)));
    }
    double[] times = numbers(d.get("times"), field, "times", InputLimits.MAX_CO2_POINTS, InputLimits.CO2_TIME);
    double[] co2 = numbers(d.get("CO2"), field, "CO2", InputLimits.MAX_CO2_POINTS, InputLimits.CO2_PPM);
    if (times.length != co2.length) {
      throw new InputError(field, Message.of(MessageKey.CO2_DATA_LENGTHS, times.length, co2.length));
    }
    if (times.length < 2) {
      throw new InputError(field, Message.of(MessageKey.CO2_DATA_TOO_FEW, times.length));
    }
    for (int i = 1; i < times.length; i++) {
      if (!(times[i - 1] < times[i])) {
        throw new InputError(field, Message.of(MessageKey.CO2_DATA_TIMES_NOT_INCREASING));
      }
    }
    return new Co2Data(times, co2);
  }

  private static List<Double> states(JsonNode s) {
    String field = "fitting_ventilation_states";
    double[] values = numbers(s, field, null, InputLimits.MAX_VENTILATION_STATES, InputLimits.CO2_TIME);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (i > 0 && !(values[i - 1] < values[i])) {
        throw new InputError(field, Message.of(MessageKey.FIT_STATES_NOT_INCREASING_TIMES));
      }
      out.add(values[i]);
    }
    return out;
  }

  private static double[] numbers(JsonNode array, String field, String member, int maxCount, Range range) {
    String what = member == null ? field : field + "." + member;
    if (!array.isArray()) {
      throw new InputError(field, Message.of(MessageKey.LIST_NOT_NUMBERS, what, JsonText.typeName(array)));
    }
    InputLimits.checkCount(field, what, array.size(), maxCount);
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode n = array.get(i);
      if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
        throw new InputError(field, Message.of(MessageKey.LIST_NOT_FINITE, what, JsonText.json(n)));
      }
      if (!range.contains(n.doubleValue())) {
        throw range.listError(field, what, n.doubleValue());
      }
      out[i] = n.doubleValue();
    }
    return out;
  }
}
