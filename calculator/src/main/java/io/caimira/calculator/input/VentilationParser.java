package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.ArrayList;
import java.util.List;

/** Reads the ventilation inputs (validated by {@link VirusChecks}); checks {@code CO2_fitting_result}. */
final class VentilationParser {
  static final String FITTING = "CO2_fitting_result";

  /** Air changes of a fitted interval [h⁻¹] (negative values keep upstream's own message, checked later). */
  static final Range FITTED_AIR_CHANGES =
      new Range(0, InputLimits.MAX_FITTED_AIR_CHANGES, "h⁻¹", "ten times air_changes");

  private VentilationParser() {}

  static VentilationInput read(FormValues v) {
    VentilationInput.Type type = VentilationInput.Type.fromKey(v.str("ventilation_type"));
    VentilationInput.WindowType window = switch (v.str("window_type")) {
      case "window_sliding" -> VentilationInput.WindowType.SLIDING;
      case "window_hinged" -> VentilationInput.WindowType.HINGED;
      default -> null;
    };
    VentilationInput.MechanicalType mechanical = switch (v.str("mechanical_ventilation_type")) {
      case "mech_type_air_changes" -> VentilationInput.MechanicalType.AIR_CHANGES;
      case "mech_type_air_supply" -> VentilationInput.MechanicalType.AIR_SUPPLY;
      default -> null;
    };
    VentilationInput.Fitting fitting =
        type == VentilationInput.Type.FROM_FITTING ? fitting(v.json(FITTING)) : null;
    return new VentilationInput(type, window, v.str("window_opening_regime").equals("windows_open_periodically"),
        v.real("window_height"), v.real("window_width"), v.real("opening_distance"), v.integer("windows_number"),
        v.real("windows_frequency"), v.real("windows_duration"), mechanical, v.real("air_changes"),
        v.real("air_supply"), v.bool("hepa_option"), v.real("hepa_amount"), fitting);
  }

  /** The fitted ventilation: at least two increasing transition times and one non-negative value per interval. */
  static VentilationInput.Fitting fitting(JsonNode f) {
    if (!f.isObject() || !f.has("transition_times") || !f.has("ventilation_values")) {
      throw new InputError(FITTING, Message.of(MessageKey.FITTING_RESULT_NOT_OBJECT, JsonText.json(f)));
    }
    List<Double> times = numbers(f.get("transition_times"), "transition_times", InputLimits.CO2_TIME);
    List<Double> values = numbers(f.get("ventilation_values"), "ventilation_values", FITTED_AIR_CHANGES);
    if (times.size() < 2) {
      throw new InputError(FITTING, Message.of(MessageKey.FITTING_TIMES_TOO_FEW, times.size()));
    }
    for (int i = 1; i < times.size(); i++) {
      if (!(times.get(i - 1) < times.get(i))) {
        throw new InputError(FITTING, Message.of(MessageKey.FITTING_TIMES_NOT_INCREASING));
      }
    }
    if (values.size() < times.size() - 1) {
      throw new InputError(FITTING, Message.of(MessageKey.FITTING_VALUES_COUNT, times.size() - 1, values.size()));
    }
    for (double value : values) {
      if (value < 0) {
        throw new InputError(FITTING, Message.of(MessageKey.FITTING_VALUES_NEGATIVE));
      }
    }
    return new VentilationInput.Fitting(times, values.subList(0, times.size() - 1));
  }

  private static List<Double> numbers(JsonNode array, String name, Range range) {
    if (!array.isArray()) {
      throw new InputError(FITTING,
          Message.of(MessageKey.LIST_NOT_NUMBERS, FITTING + "." + name, JsonText.typeName(array)));
    }
    InputLimits.checkCount(FITTING, FITTING + "." + name, array.size(), InputLimits.MAX_FITTING_TRANSITIONS);
    List<Double> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
        throw new InputError(FITTING, Message.of(MessageKey.LIST_NOT_FINITE, FITTING + "." + name, JsonText.json(n)));
      }
      if (!range.contains(n.doubleValue()) && !(n.doubleValue() < 0 && range == FITTED_AIR_CHANGES)) {
        throw range.listError(FITTING, FITTING + "." + name, n.doubleValue());
      }
      out.add(n.doubleValue());
    }
    return out;
  }
}
