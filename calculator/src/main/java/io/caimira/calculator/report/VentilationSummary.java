package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.CustomVentilation;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.HingedWindow;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.ventilation.Window;
import io.caimira.model.time.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One ventilation component (a combination is listed part by part): its type, when it is active [h] and its
 * parameters; only the keys that apply to the type are present.
 *
 * @param type air_change, hepa_filter, mechanical_supply, sliding_window, hinged_window or custom
 * @param active the spans during which it acts, in definition order (absent for custom)
 * @param airExchangeRate air change rate [h⁻¹] (air_change)
 * @param flowRate clean or outdoor air flow [m³/h] (hepa_filter, mechanical_supply)
 * @param windowHeight [m] (windows)
 * @param openingLength [m] (windows)
 * @param windowWidth [m] (hinged_window)
 * @param numberOfWindows (windows)
 * @param dischargeCoefficient (windows)
 * @param minDeltaT smallest inside − outside temperature difference assumed [K] (windows)
 * @param outsideTemperature outdoor temperature profile [K] (windows)
 * @param airExchangeProfile air change rate profile [h⁻¹] (custom)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "active", "air_exchange_rate", "flow_rate", "window_height", "opening_length",
    "window_width", "number_of_windows", "discharge_coefficient", "min_delta_t", "outside_temperature",
    "air_exchange_profile"})
public record VentilationSummary(
    @JsonProperty("type") String type,
    @JsonProperty("active") @JsonSerialize(using = FiniteIntervalsSerializer.class) List<Span> active,
    @JsonProperty("air_exchange_rate") SampleStats airExchangeRate,
    @JsonProperty("flow_rate") SampleStats flowRate,
    @JsonProperty("window_height") SampleStats windowHeight,
    @JsonProperty("opening_length") SampleStats openingLength,
    @JsonProperty("window_width") SampleStats windowWidth,
    @JsonProperty("number_of_windows") Integer numberOfWindows,
    @JsonProperty("discharge_coefficient") SampleStats dischargeCoefficient,
    @JsonProperty("min_delta_t") @JsonSerialize(using = FiniteSerializer.class) Double minDeltaT,
    @JsonProperty("outside_temperature") Profile outsideTemperature,
    @JsonProperty("air_exchange_profile") Profile airExchangeProfile) {

  /** The components of a ventilation, a combination flattened in order. */
  public static List<VentilationSummary> of(Ventilation v) {
    List<VentilationSummary> out = new ArrayList<>();
    add(v, out);
    return out;
  }

  private static void add(Ventilation v, List<VentilationSummary> out) {
    if (v instanceof MultipleVentilation m) {
      for (Ventilation part : m.parts()) {
        add(part, out);
      }
    } else if (v instanceof AirChange a) {
      out.add(simple("air_change", a.active().boundaries(), SampleStats.of(a.rate()), null));
    } else if (v instanceof HepaFilter h) {
      out.add(simple("hepa_filter", h.active().boundaries(), null, SampleStats.of(h.flowRate())));
    } else if (v instanceof MechanicalSupply m) {
      out.add(simple("mechanical_supply", m.active().boundaries(), null, SampleStats.of(m.flowRate())));
    } else if (v instanceof Window w) {
      String type = w instanceof SlidingWindow ? "sliding_window"
          : w instanceof HingedWindow ? "hinged_window" : "window";
      SampleStats width = w instanceof HingedWindow h ? SampleStats.of(h.windowWidth()) : null;
      out.add(new VentilationSummary(type, w.active().boundaries(), null, null, SampleStats.of(w.windowHeight()),
          SampleStats.of(w.openingLength()), width, w.numberOfWindows(), SampleStats.of(w.dischargeCoefficient()),
          w.minDeltaT(), Profile.of(w.outsideTemperature()), null));
    } else if (v instanceof CustomVentilation c) {
      out.add(new VentilationSummary("custom", null, null, null, null, null, null, null, null, null, null,
          Profile.of(c.rate())));
    } else {
      out.add(new VentilationSummary(v.getClass().getSimpleName(), null, null, null, null, null, null, null, null,
          null, null, null));
    }
  }

  private static VentilationSummary simple(String type, List<Span> active, SampleStats rate, SampleStats flow) {
    return new VentilationSummary(type, active, rate, flow, null, null, null, null, null, null, null, null);
  }
}
