package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short-range interactions of one expiration type: {"expiration": name, "presence_interval": [[s, e], …]},
 * intervals in input order, not merged (as upstream).
 */
@JsonPropertyOrder({"expiration", "presence_interval"})
public record ShortRangeInteractions(
    @JsonProperty("expiration") String expiration,
    @JsonProperty("presence_interval") @JsonSerialize(using = FiniteIntervalsSerializer.class)
        List<Span> presenceInterval) {

  public ShortRangeInteractions {
    presenceInterval = List.copyOf(presenceInterval);
  }

  /** The interactions grouped by expiration name, groups in order of first appearance. */
  public static List<ShortRangeInteractions> group(List<ShortRangeModel> interactions) {
    Map<String, List<Span>> byName = new LinkedHashMap<>();
    for (ShortRangeModel sr : interactions) {
      byName.computeIfAbsent(nameOf(sr), k -> new ArrayList<>()).add(sr.presence());
    }
    List<ShortRangeInteractions> out = new ArrayList<>();
    byName.forEach((name, spans) -> out.add(new ShortRangeInteractions(name, spans)));
    return out;
  }

  /** The expiration name of an interaction ("Unknown" if the model was built without one). */
  static String nameOf(ShortRangeModel sr) {
    String name = sr.expiration().name();
    return name == null ? "Unknown" : name;
  }
}
