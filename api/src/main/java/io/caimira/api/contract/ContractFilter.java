package io.caimira.api.contract;

import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.VirusFields;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * At build time, completes the OpenAPI document made from the annotations: adds the request-body schemas made
 * from the field definitions ({@link InputSchemas}) under the names the routes refer to, lets the numbers of the
 * report schemas be null, and leaves the document without any security scheme (the API needs no sign-in).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {
  /** Schema name of the virus report's body. */
  public static final String VIRUS_INPUT = "VirusReportInput";
  /** Schema name of the body of both CO₂ routes. */
  public static final String CO2_INPUT = "Co2Input";

  private static final String LENIENT = " Numbers and booleans may also be sent as strings (\"60\", \"1\"), and "
      + "object or list values as strings holding their JSON, as upstream's form does. A key that is missing, "
      + "null or \"\" takes its default. Unknown keys are refused.";

  /**
   * The schemas made from the report records. Their numbers may be null: a quantity that is not finite (an
   * infinite ratio of an empty room, say) is written as null, whatever the serializer settings.
   */
  private static final List<String> REPORT_SCHEMAS = List.of("VirusReport", "ModelSummary", "RoomSummary",
      "VentilationSummary", "InfectedSummary", "ExposedGroupSummary", "ActivitySummary", "ExpirationSummary",
      "MaskSummary", "VirusSummary", "InteractionSummary", "GeographicSummary", "SampleStats", "Profile",
      "GroupReport", "ConditionalProbabilityData", "ShortRangeInteractions", "AlternativeScenarios",
      "AlternativeScenarioStats", "TransitionTimes", "Co2FitResult", "Span");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    for (String name : REPORT_SCHEMAS) {
      Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(name);
      if (schema != null) {
        allowNullNumbers(schema);
      }
    }
    // written even when null: no room capacity given, so no flow per person
    Schema fit = components.getSchemas() == null ? null : components.getSchemas().get("Co2FitResult");
    if (fit != null) {
      fit.getProperties().get("room_capacity").addType(SchemaType.NULL);
      fit.getProperties().get("ventilation_lsp_values").addType(SchemaType.NULL);
    }
    components.addSchema(VIRUS_INPUT, InputSchemas.body("Inputs of a virus report (upstream CAiMIRA 4.19's "
        + "keys)." + LENIENT, VirusFields.ALL));
    components.addSchema(CO2_INPUT, InputSchemas.body("Inputs of the CO₂ routes; `/co2/report` also needs a "
        + "non-empty `fitting_ventilation_states`." + LENIENT, Co2Fields.ALL));
    components.setSecuritySchemes(null);
    openAPI.setSecurity(null);
  }

  private static void allowNullNumbers(Schema schema) {
    if (List.of(SchemaType.NUMBER).equals(schema.getType())) {
      schema.addType(SchemaType.NULL);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ContractFilter::allowNullNumbers);
    }
    if (schema.getItems() != null) {
      allowNullNumbers(schema.getItems());
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      allowNullNumbers(schema.getAdditionalPropertiesSchema());
    }
  }
}
