package io.caimira.calculator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a number, or null when it is not finite: NaN never appears in a report's JSON. */
public final class FiniteSerializer extends StdSerializer<Double> {

  public FiniteSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    write(value, gen);
  }

  static void write(double v, JsonGenerator gen) throws IOException {
    if (Double.isFinite(v)) {
      gen.writeNumber(v);
    } else {
      gen.writeNull();
    }
  }
}
