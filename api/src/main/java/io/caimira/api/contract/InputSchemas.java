package io.caimira.api.contract;

import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.FieldType;
import io.caimira.calculator.input.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON Schemas of the request bodies, made from the calculator's field definitions ({@code VirusFields},
 * {@code Co2Fields}) — the same definitions that parse the bodies and generate docs/api-inputs.md — so that the
 * OpenAPI document cannot drift from what the API accepts. Each key gets its canonical JSON type (the parser also
 * takes numbers and booleans written as strings, as upstream's form sends them), its allowed values, default,
 * range and meaning; object and list keys get their structure from {@link NestedInputSchemas}.
 */
public final class InputSchemas {
  private InputSchemas() {}

  /** The schema of a whole body: one property per key, the required keys listed. */
  public static Schema body(String description, List<FieldSpec> fields) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (FieldSpec f : fields) {
      properties.put(f.name(), field(f));
      if (f.required()) {
        required.add(f.name());
      }
    }
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description(description)
        .properties(properties)
        .required(required)
        .additionalPropertiesBoolean(false);
  }

  /** The schema of one key. */
  public static Schema field(FieldSpec f) {
    Schema s = switch (f.type()) {
      case STRING -> string(f);
      case INT -> integer(f.range());
      case FLOAT -> OASFactory.createSchema().addType(SchemaType.NUMBER).format("double");
      case BOOL -> OASFactory.createSchema().addType(SchemaType.BOOLEAN);
      case TIME -> NestedInputSchemas.timeOfDay();
      case DICT, LIST -> NestedInputSchemas.of(f.name());
      case OPTIONAL_INT -> integer(f.range()).addType(SchemaType.NULL);
      case OPTIONAL_LONG -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
      case OPTIONAL_FLOAT -> OASFactory.createSchema().addType(SchemaType.NUMBER).format("double")
          .addType(SchemaType.NULL);
    };
    Object defaultValue = jsonDefault(f);
    if (defaultValue != null) {
      s.defaultValue(defaultValue);
    }
    s.description(f.meaning() + rangeText(f));
    Range r = f.range();
    if (r != null && defaultWithin(f)) {
      s.minimum(BigDecimal.valueOf(r.min())).maximum(BigDecimal.valueOf(r.max()));
    }
    return s;
  }

  private static Schema string(FieldSpec f) {
    Schema s = OASFactory.createSchema().addType(SchemaType.STRING);
    if (!f.allowed().isEmpty()) {
      s.enumeration(new ArrayList<>(f.allowed()));
    }
    return s;
  }

  private static Schema integer(Range range) {
    boolean small = range != null && range.max() <= Integer.MAX_VALUE && range.min() >= Integer.MIN_VALUE;
    return OASFactory.createSchema().addType(SchemaType.INTEGER).format(small ? "int32" : "int64");
  }

  /**
   * The default as a JSON value of the key's type, or null when there is none to show (object and list keys
   * default to empty, said in their description).
   */
  static Object jsonDefault(FieldSpec f) {
    Object d = f.defaultValue();
    if (d == null || f.type() == FieldType.DICT || f.type() == FieldType.LIST) {
      return null;
    }
    return switch (f.type()) {
      case FLOAT, OPTIONAL_FLOAT -> BigDecimal.valueOf(((Number) d).doubleValue());
      case INT, OPTIONAL_INT, OPTIONAL_LONG -> ((Number) d).longValue();
      default -> d;
    };
  }

  /**
   * Whether the default lies in the range. When it does not (0 meaning "not given" below a minimum of 0.5 m, say),
   * the range is stated in the description only, so that the default stays a valid value of the schema.
   */
  static boolean defaultWithin(FieldSpec f) {
    Object d = f.defaultValue();
    return !(d instanceof Number n) || f.range().contains(n.doubleValue());
  }

  private static String rangeText(FieldSpec f) {
    Range r = f.range();
    if (r == null) {
      return "";
    }
    String text = ". Range: " + r.text();
    if (!defaultWithin(f)) {
      text += ", or " + Range.number(((Number) f.defaultValue()).doubleValue()) + " for not given";
    }
    return text + ".";
  }
}
