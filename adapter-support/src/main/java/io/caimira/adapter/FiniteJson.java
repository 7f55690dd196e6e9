package io.caimira.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonGeneratorDecorator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.caimira.calculator.input.InputLimits;
import java.io.IOException;

/**
 * The JSON mapper of the adapters. Reading: content after the JSON value is an error; a number longer than
 * {@link InputLimits#MAX_NUMBER_TEXT} characters, a string longer than {@link InputLimits#MAX_JSON_TEXT} or a
 * nesting deeper than {@link #MAX_DEPTH} is malformed JSON (refused while it is read, before it is converted). Writing: NaN and infinities are written as {@code null} (api.md §13 decision 11), whatever
 * holds them (double, Double, float, double[], a JsonNode). The rule sits on the generator, so no result type can
 * bypass it.
 */
public final class FiniteJson {
  /** Deepest nesting of a request body (the deepest valid body nests 6 levels). */
  public static final int MAX_DEPTH = 64;

  private FiniteJson() {}

  /** The reading limits of every adapter's JSON. */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxNumberLength(InputLimits.MAX_NUMBER_TEXT)
        .maxStringLength(InputLimits.MAX_JSON_TEXT)
        .build();
  }

  /** A new mapper: non-finite numbers as null, no trailing content, unknown properties ignored, ISO dates. */
  public static JsonMapper mapper() {
    JsonFactory factory = JsonFactory.builder().addDecorator(new NonFiniteAsNull())
        .streamReadConstraints(readConstraints()).build();
    return JsonMapper.builder(factory)
        .findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /** Wraps every generator of a factory. */
  static final class NonFiniteAsNull implements JsonGeneratorDecorator {
    @Override
    public JsonGenerator decorate(JsonFactory factory, JsonGenerator generator) {
      return new Generator(generator);
    }
  }

  private static final class Generator extends JsonGeneratorDelegate {
    Generator(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeNumber(double v) throws IOException {
      if (Double.isFinite(v)) {
        delegate.writeNumber(v);
      } else {
        delegate.writeNull();
      }
    }

    @Override
    public void writeNumber(float v) throws IOException {
      if (Float.isFinite(v)) {
        delegate.writeNumber(v);
      } else {
        delegate.writeNull();
      }
    }

    @Override
    public void writeArray(double[] array, int offset, int length) throws IOException {
      writeStartArray(array, length);
      for (int i = offset, end = offset + length; i < end; i++) {
        writeNumber(array[i]);
      }
      writeEndArray();
    }
  }
}
