package io.caimira.api.contract;

import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.FieldType;
import io.caimira.calculator.input.VirusFields;
import java.util.List;

/**
 * The input reference as an HTML page, made from the field definitions (as docs/api-inputs.md and the OpenAPI
 * schemas are): every key of every route with its type, default, allowed values, range and meaning. Plain HTML
 * without scripts or styles, so that it passes the pages' Content-Security-Policy as it is.
 */
public final class FieldReferencePage {
  private FieldReferencePage() {}

  public static String render() {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>CAiMIRA REST API: input fields</title></head>\n<body>\n")
        .append("<h1>Input fields of the CAiMIRA REST API</h1>\n")
        .append("<p>Request bodies are JSON objects. A key that is missing, <code>null</code> or <code>\"\"</code> ")
        .append("takes its default; a required key without a value is an error. Unknown keys are refused. Numbers ")
        .append("and booleans may also be sent as strings, and object or list values as strings holding their JSON. ")
        .append("A number outside its range is refused, except the default, which always means \"not given\". ")
        .append("Every error answers 400 with <code>{\"message\", \"field\"}</code>.</p>\n")
        .append("<p>The same definitions make the request schemas of the <a href=\"q/openapi\">OpenAPI document</a> ")
        .append("(<a href=\"q/swagger-ui/\">Swagger UI</a>).</p>\n")
        .append("<h2 id=\"virus-report\">POST virus/report</h2>\n");
    table(out, VirusFields.ALL);
    out.append("<h2 id=\"co2\">POST co2/transition_times and POST co2/report</h2>\n")
        .append("<p><code>co2/report</code> also needs a non-empty <code>fitting_ventilation_states</code>.</p>\n");
    table(out, Co2Fields.ALL);
    return out.append("</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder out, List<FieldSpec> fields) {
    out.append("<table border=\"1\">\n<thead><tr><th scope=\"col\">Key</th><th scope=\"col\">Type</th>")
        .append("<th scope=\"col\">Default</th><th scope=\"col\">Allowed values</th><th scope=\"col\">Range</th>")
        .append("<th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
    for (FieldSpec f : fields) {
      out.append("<tr id=\"").append(escape(f.name())).append("\"><th scope=\"row\"><code>").append(escape(f.name()))
          .append("</code></th><td>").append(escape(f.type().label())).append("</td><td>")
          .append(f.required() ? "<strong>required</strong>" : escape(defaultText(f))).append("</td><td>")
          .append(escape(String.join(", ", f.allowed()))).append("</td><td>")
          .append(f.range() == null ? "" : escape(f.range().text())).append("</td><td>")
          .append(escape(f.meaning())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String defaultText(FieldSpec f) {
    Object d = f.defaultValue();
    if (d == null) {
      return "none";
    }
    if (f.type() == FieldType.DICT || f.type() == FieldType.LIST || "".equals(d)) {
      return d.equals("") ? "\"\"" : d.toString();
    }
    return d.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
