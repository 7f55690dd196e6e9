package io.caimira.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiniteJsonTest {
  private final JsonMapper mapper = FiniteJson.mapper();

  record Result(double mean, Double boxed, float single, double[] curve, List<Double> list) {}

  @Test
  void nonFiniteNumbersBecomeNullInEveryShape() throws Exception {
    Result result = new Result(Double.NaN, Double.POSITIVE_INFINITY, Float.NaN,
        new double[] {1.5, Double.NaN, Double.NEGATIVE_INFINITY, 2}, Arrays.asList(0.25, Double.NaN, null));

    String json = mapper.writeValueAsString(result);

    assertThat(json).isEqualTo(
        "{\"mean\":null,\"boxed\":null,\"single\":null,\"curve\":[1.5,null,null,2.0],\"list\":[0.25,null,null]}");
  }

  @Test
  void jsonNodesAndMapsAreCoveredToo() throws Exception {
    ObjectNode node = mapper.createObjectNode();
    node.put("nan", Double.NaN);
    node.put("fine", 3.0);
    node.putArray("values").add(Double.POSITIVE_INFINITY).add(1);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("node", node);
    map.put("inf", Double.NEGATIVE_INFINITY);

    assertThat(mapper.writeValueAsString(map))
        .isEqualTo("{\"node\":{\"nan\":null,\"fine\":3.0,\"values\":[null,1]},\"inf\":null}");
  }

  @Test
  void contentAfterTheValueIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readTree("{\"a\": 1} x"))
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  @Test
  void finiteNumbersAreWrittenAsUsual() throws Exception {
    assertThat(mapper.writeValueAsString(new double[] {0.1, -2.5e-12, 1e300})).isEqualTo("[0.1,-2.5E-12,1.0E300]");
  }

  @Test
  void hugeNumbersAndDeepNestingAreMalformedJsonWhileReading() throws Exception {
    assertThatThrownBy(() -> mapper.readTree("{\"room_volume\": " + "9".repeat(1_000_000) + "}"))
        .isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> mapper.readTree("[".repeat(FiniteJson.MAX_DEPTH + 1) + "]".repeat(FiniteJson.MAX_DEPTH + 1)))
        .isInstanceOf(StreamConstraintsException.class);
    // an ordinary body still reads, with a long CO2 series as a string
    String series = "[" + "421.5,".repeat(100_000) + "400]";
    assertThat(mapper.readTree("{\"CO2_data\": \"" + series + "\", \"v\": 1e-300}").path("v").doubleValue())
        .isEqualTo(1e-300);
  }
}
