package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.model.room.Room;

/** The room: volume [m³], inside temperature [K], relative humidity [0..1], capacity [people] when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"volume", "inside_temperature", "humidity", "capacity"})
public record RoomSummary(
    @JsonProperty("volume") SampleStats volume,
    @JsonProperty("inside_temperature") Profile insideTemperature,
    @JsonProperty("humidity") SampleStats humidity,
    @JsonProperty("capacity") Integer capacity) {

  public static RoomSummary of(Room r) {
    return new RoomSummary(SampleStats.of(r.volume()), Profile.of(r.insideTemperature()),
        SampleStats.of(r.humidity()), r.capacity());
  }
}
