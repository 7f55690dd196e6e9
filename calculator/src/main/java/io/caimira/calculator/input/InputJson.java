package io.caimira.calculator.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The reader of JSON texts found inside inputs (object and list inputs given as strings, form fields holding JSON):
 * numbers of at most {@link InputLimits#MAX_NUMBER_TEXT} characters, strings of at most
 * {@link InputLimits#MAX_JSON_TEXT}, nesting of at most {@link InputLimits#MAX_JSON_DEPTH} levels; beyond, reading
 * fails as malformed JSON before anything is converted.
 */
public final class InputJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
          .maxNumberLength(InputLimits.MAX_NUMBER_TEXT)
          .maxStringLength(InputLimits.MAX_JSON_TEXT)
          .build())
      .build()).build();

  private InputJson() {}

  /** The shared, thread-safe reader; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
