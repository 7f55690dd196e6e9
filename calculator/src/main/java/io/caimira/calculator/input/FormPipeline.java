package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 1–3 of upstream's parsing (api.md §3.1): drop {@code _xsrf}; insert the default of every key that is
 * missing, null or "" (a required key → "&lt;key&gt; must be specified", the first in defaults order); then, in
 * body order followed by the inserted defaults, cast each key by the rule registered for its name in either form
 * (one registry for the virus and CO₂ forms, as upstream), reject keys the form does not know and numbers outside
 * their field's {@link Range}. No HTML escaping
 * (that is an output concern of the web UI).
 */
public final class FormPipeline {
  private static final Map<String, FieldType> REGISTRY = registry();

  private FormPipeline() {}

  private static Map<String, FieldType> registry() {
    Map<String, FieldType> all = new HashMap<>();
    for (FieldSpec f : VirusFields.ALL) {
      all.put(f.name(), f.type());
    }
    for (FieldSpec f : Co2Fields.ALL) {
      all.put(f.name(), f.type());
    }
    return Map.copyOf(all);
  }

  /** Runs the pipeline of a form whose keys are {@code fields} over {@code body}. */
  public static FormValues run(JsonNode body, List<FieldSpec> fields) {
    if (body == null || !body.isObject()) {
      throw new InputError(null, Message.of(MessageKey.BODY_NOT_OBJECT, JsonText.typeName(body)));
    }
    LinkedHashMap<String, JsonNode> raw = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = body.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("_xsrf")) {
        raw.put(e.getKey(), e.getValue());
      }
    }
    Map<String, FieldSpec> known = new HashMap<>();
    for (FieldSpec f : fields) {
      known.put(f.name(), f);
      JsonNode v = raw.get(f.name());
      if (v == null || v.isNull() || (v.isTextual() && v.textValue().isEmpty())) {
        if (f.required()) {
          throw new InputError(f.name(), Message.of(MessageKey.FIELD_REQUIRED, f.name()));
        }
        raw.put(f.name(), defaultNode(f.defaultValue()));
      }
    }
    LinkedHashMap<String, Object> cast = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : raw.entrySet()) {
      String key = e.getKey();
      FieldType type = REGISTRY.get(key);
      Object value = type == null ? e.getValue() : Casts.cast(key, type, e.getValue());
      if (!known.containsKey(key)) {
        throw new InputError(key, Message.of(MessageKey.FIELD_UNKNOWN, key));
      }
      FieldSpec spec = known.get(key);
      if (spec.outOfRange(value)) {
        throw spec.range().error(key, ((Number) value).doubleValue());
      }
      cast.put(key, value);
    }
    return new FormValues(cast);
  }

  static JsonNode defaultNode(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof String s) {
      return f.textNode(s);
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return f.numberNode(i);
    }
    if (value instanceof Double d) {
      return f.numberNode(d);
    }
    throw new IllegalArgumentException("unsupported default " + value);
  }
}
