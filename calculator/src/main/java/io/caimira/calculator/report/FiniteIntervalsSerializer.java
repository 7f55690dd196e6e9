package io.caimira.calculator.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.caimira.model.time.Span;
import java.io.IOException;
import java.util.List;

/** Writes time spans as [[start, end], …] in hours (non-finite bounds as null). */
public final class FiniteIntervalsSerializer extends StdSerializer<List<Span>> {

  @SuppressWarnings({"unchecked", "rawtypes"})
  public FiniteIntervalsSerializer() {
    super((Class<List<Span>>) (Class) List.class);
  }

  @Override
  public void serialize(List<Span> spans, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartArray(spans, spans.size());
    for (Span s : spans) {
      gen.writeStartArray(s, 2);
      FiniteSerializer.write(s.start(), gen);
      FiniteSerializer.write(s.end(), gen);
      gen.writeEndArray();
    }
    gen.writeEndArray();
  }
}
