package io.caimira.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.api.contract.Co2FitAnswer;
import io.caimira.api.contract.ContractFilter;
import io.caimira.api.contract.TransitionTimesAnswer;
import io.caimira.api.contract.VirusReportAnswer;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The three report routes of upstream's API (api.md §2.1), each with its OPTIONS preflight. */
@Path("/")
@Tag(name = "Reports")
public class ReportResource {
  private final CalculatorService calculator;
  private final ReportRunner runner;

  ReportResource(CalculatorService calculator, ReportRunner runner) {
    this.calculator = calculator;
    this.runner = runner;
  }

  @POST
  @Path("virus/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "virusReport", summary = "Airborne infection risk report",
      description = "Inputs as in upstream CAiMIRA 4.19 (every key in the `VirusReportInput` schema and on the "
          + "`fields` page); optional integer `seed` for a reproducible report. See docs/api-outputs.md for when "
          + "each optional result is present.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = ContractFilter.VIRUS_INPUT),
      examples = @ExampleObject(name = "office", value = ApiExamples.VIRUS_REPORT)))
  @APIResponse(responseCode = "200", description = "Report",
      content = @Content(schema = @Schema(implementation = VirusReportAnswer.class)))
  @APIResponse(responseCode = "400", description = "Bad input or malformed JSON",
      content = @Content(schema = @Schema(implementation = InputErrorBody.class)))
  @APIResponse(responseCode = "413", description = "Body larger than the configured limit",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  @APIResponse(responseCode = "415", description = "Content-Type is not application/json",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  @APIResponse(responseCode = "503", description = "Busy (with Retry-After) or calculator unavailable",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  @APIResponse(responseCode = "504", description = "Not ready within the time limit",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  public CompletionStage<Response> virusReport(
      JsonNode body,
      @Parameter(description = "include the raw per-sample probabilities `prob_dist` (large)")
          @QueryParam("include_samples") String includeSamples,
      @Parameter(description = "also compute the alternative scenarios")
          @QueryParam("include_alternative_scenarios") String includeAlternativeScenarios) {
    return runner.run("virus_report", () -> {
      ReportOptions options = new ReportOptions(
          RequestChecks.flag("include_samples", includeSamples),
          RequestChecks.flag("include_alternative_scenarios", includeAlternativeScenarios),
          null);
      JsonNode input = RequestChecks.requireObject(body);
      return () -> calculator.virusReport(input, options);
    });
  }

  @POST
  @Path("co2/transition_times")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "co2TransitionTimes", summary = "Suggested ventilation transition times from CO₂ data",
      description = "`results`: occupancy_times, ventilation_times, total_times (hours).")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = ContractFilter.CO2_INPUT),
      examples = @ExampleObject(name = "morning", value = ApiExamples.CO2_TRANSITION_TIMES)))
  @APIResponse(responseCode = "200", description = "Transition times",
      content = @Content(schema = @Schema(implementation = TransitionTimesAnswer.class)))
  @APIResponse(responseCode = "400", description = "Bad input or malformed JSON",
      content = @Content(schema = @Schema(implementation = InputErrorBody.class)))
  @APIResponse(responseCode = "503", description = "Busy (with Retry-After) or calculator unavailable",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  public CompletionStage<Response> co2TransitionTimes(JsonNode body) {
    return runner.run("co2_transition_times", () -> {
      JsonNode input = RequestChecks.requireObject(body);
      return () -> calculator.co2TransitionTimes(input);
    });
  }

  @POST
  @Path("co2/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "co2Report", summary = "Ventilation fitted to CO₂ data",
      description = "`results`: exhalation_rate, ventilation_values, room_capacity, ventilation_ls_values, "
          + "ventilation_lsp_values, predictive_CO2.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = ContractFilter.CO2_INPUT),
      examples = @ExampleObject(name = "morning", value = ApiExamples.CO2_REPORT)))
  @APIResponse(responseCode = "200", description = "Fit",
      content = @Content(schema = @Schema(implementation = Co2FitAnswer.class)))
  @APIResponse(responseCode = "400", description = "Bad input or malformed JSON",
      content = @Content(schema = @Schema(implementation = InputErrorBody.class)))
  @APIResponse(responseCode = "503", description = "Busy (with Retry-After) or calculator unavailable",
      content = @Content(schema = @Schema(implementation = ErrorBody.class)))
  public CompletionStage<Response> co2Report(JsonNode body) {
    return runner.run("co2_report", () -> {
      JsonNode input = RequestChecks.requireObject(body);
      return () -> calculator.co2Report(input);
    });
  }

  @OPTIONS
  @Path("virus/report")
  @Operation(hidden = true)
  public Response virusReportPreflight() {
    return Preflight.answer();
  }

  @OPTIONS
  @Path("co2/transition_times")
  @Operation(hidden = true)
  public Response co2TransitionTimesPreflight() {
    return Preflight.answer();
  }

  @OPTIONS
  @Path("co2/report")
  @Operation(hidden = true)
  public Response co2ReportPreflight() {
    return Preflight.answer();
  }
}
