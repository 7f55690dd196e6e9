package io.caimira.calculator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.Co2Fields;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of the CO₂ tools (transition times, ventilation fit), built with typed methods for the common inputs
 * and {@link Builder#set} for any other key of the API's body. Checked when computed, with the API's messages.
 *
 * <pre>{@code
 * Co2Request morning = Co2Request.builder()
 *     .roomVolume(60).people(2, 1)
 *     .presence(LocalTime.of(8, 0), LocalTime.of(10, 0)).noLunch()
 *     .sensorData(List.of(8.0, 8.5, 9.0, 9.5, 10.0), List.of(440.0, 620.0, 780.0, 700.0, 560.0))
 *     .ventilationTransitions(List.of(8.0, 9.0, 10.0))
 *     .build();
 * }</pre>
 */
public final class Co2Request {
  private final ObjectNode body;

  private Co2Request(ObjectNode body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The request as the API's JSON body ({@code POST /co2/transition_times} and {@code /co2/report}). */
  public ObjectNode toJson() {
    return body.deepCopy();
  }

  ObjectNode body() {
    return body;
  }

  @Override
  public String toString() {
    return body.toString();
  }

  /** Builds a {@link Co2Request}; not thread-safe. */
  public static final class Builder {
    private final RequestBody body = new RequestBody("POST /co2/report", Co2Fields.ALL);

    private Builder() {}

    /** Any key of the API's body, with the value it would have in the JSON (see docs/api-inputs.md). */
    public Builder set(String key, Object value) {
      body.put(key, value);
      return this;
    }

    /** The room's volume [m³]. */
    public Builder roomVolume(double cubicMetres) {
      return set("room_volume", cubicMetres);
    }

    /** Everyone in the room, and how many of them are infected. */
    public Builder people(int total, int infected) {
      return set("total_people", total).set("infected_people", infected);
    }

    /** The room's capacity, for the flow per person of the fit. */
    public Builder roomCapacity(int people) {
      return set("room_capacity", people);
    }

    /** When everyone is in the room. */
    public Builder presence(LocalTime start, LocalTime finish) {
      return set("exposed_start", RequestBody.hhmm(start)).set("exposed_finish", RequestBody.hhmm(finish))
          .set("infected_start", RequestBody.hhmm(start)).set("infected_finish", RequestBody.hhmm(finish));
    }

    public Builder lunch(LocalTime start, LocalTime finish) {
      return set("exposed_lunch_option", true).set("exposed_lunch_start", RequestBody.hhmm(start))
          .set("exposed_lunch_finish", RequestBody.hhmm(finish));
    }

    public Builder noLunch() {
      return set("exposed_lunch_option", false).set("infected_lunch_option", false);
    }

    /** The sensor's series: times [h] and CO₂ concentrations [ppm], of the same length. */
    public Builder sensorData(List<Double> hours, List<Double> ppm) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("times", hours);
      data.put("CO2", ppm);
      return set("CO2_data", data);
    }

    /** The times [h] at which the ventilation changed, for the fit (one air-change rate per interval). */
    public Builder ventilationTransitions(List<Double> hours) {
      return set("fitting_ventilation_states", hours);
    }

    public Co2Request build() {
      return new Co2Request(body.snapshot());
    }
  }
}
