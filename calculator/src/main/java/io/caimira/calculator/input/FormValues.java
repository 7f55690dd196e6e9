package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The cast values of a body after the pipeline of {@link FormPipeline}: every key of the form is present. */
public final class FormValues {
  private final Map<String, Object> values;

  FormValues(LinkedHashMap<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public String str(String key) {
    return (String) get(key);
  }

  public int integer(String key) {
    return (Integer) get(key);
  }

  public double real(String key) {
    return (Double) get(key);
  }

  public boolean bool(String key) {
    return (Boolean) get(key);
  }

  /** A time field, in minutes since midnight. */
  public int minutes(String key) {
    return (Integer) get(key);
  }

  public JsonNode json(String key) {
    return (JsonNode) get(key);
  }

  public Integer optionalInt(String key) {
    return (Integer) get(key);
  }

  public Double optionalReal(String key) {
    return (Double) get(key);
  }

  public Long optionalLong(String key) {
    return (Long) get(key);
  }

  private Object get(String key) {
    if (!values.containsKey(key)) {
      throw new IllegalStateException("not a key of this form: " + key);
    }
    return values.get(key);
  }
}
