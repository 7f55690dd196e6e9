package io.caimira.calculator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a double array as a JSON array in which non-finite values (NaN, ±∞) become null. */
public final class FiniteArraySerializer extends StdSerializer<double[]> {

  public FiniteArraySerializer() {
    super(double[].class);
  }

  @Override
  public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartArray(values, values.length);
    for (double v : values) {
      FiniteSerializer.write(v, gen);
    }
    gen.writeEndArray();
  }
}
