package io.caimira.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The served OpenAPI document, and validation of JSON values against its schemas with a JSON Schema 2020-12
 * validator (the dialect of OpenAPI 3.1), so that tests check real bodies and answers against the contract.
 */
public final class OpenApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode document;
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  public OpenApiDocument(String json) throws Exception {
    this.document = JSON.readTree(json);
  }

  public JsonNode node() {
    return document;
  }

  /** The schema of the body of {@code POST path}. */
  public JsonNode requestSchema(String path) {
    return document.path("paths").path(path).path("post").path("requestBody").path("content")
        .path("application/json").path("schema");
  }

  /** The schema of the answer with status {@code status} of {@code POST path}. */
  public JsonNode responseSchema(String path, int status) {
    return document.path("paths").path(path).path("post").path("responses").path(Integer.toString(status))
        .path("content").path("application/json").path("schema");
  }

  /**
   * The errors of {@code value} against {@code schema} (a schema of this document, usually a {@code $ref} into
   * its components); empty when the value conforms.
   */
  public List<String> errors(JsonNode schema, JsonNode value) {
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no such schema in the document");
    }
    // the document's component schemas as definitions of the schema, its references pointed at them
    ObjectNode root = JSON.createObjectNode();
    root.set("$defs", document.path("components").path("schemas"));
    root.setAll((ObjectNode) schema);
    try {
      JsonNode rewritten = JSON.readTree(JSON.writeValueAsString(root).replace("#/components/schemas/", "#/$defs/"));
      Schema compiled = registry.getSchema(rewritten);
      return compiled.validate(value).stream().map(Error::toString).toList();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<String> errors(JsonNode schema, String json) throws Exception {
    return errors(schema, JSON.readTree(json));
  }
}
