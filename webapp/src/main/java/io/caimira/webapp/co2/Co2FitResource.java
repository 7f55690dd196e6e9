package io.caimira.webapp.co2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.api.InputErrorBody;
import io.caimira.api.ReportExecutor;
import io.caimira.calculator.InputError;
import io.caimira.calculator.co2.Co2Calculator;
import io.caimira.calculator.co2.Co2FitResult;
import io.caimira.calculator.co2.FitPlausibility;
import io.caimira.calculator.co2.TransitionTimes;
import io.caimira.calculator.input.Co2Data;
import io.caimira.calculator.input.Co2Input;
import io.caimira.calculator.input.Co2InputParser;
import io.caimira.calculator.presence.Occupancy;
import io.caimira.model.co2.VentilationTransitions;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.i18n.Languages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The CO₂ fitting routes of the calculator form (webapp.md §3), JSON in and out:
 * <ul>
 *   <li>{@code POST data} (multipart: {@code file}, and {@code form}, the form's values as JSON): the sensor file
 *       read on the server, checked against the simulation time; answers {@code CO2_data} and a summary;</li>
 *   <li>{@code POST plot}: suggested ventilation transition times (the change points of the data and the first
 *       and last occupancy change);</li>
 *   <li>{@code POST fit} (also the empty suffix, as upstream): the fit, {@code fitting_result}, the value of
 *       the form's {@code CO2_fitting_result} (with the measured and fitted series in buckets, {@link FitSeries},
 *       for the report's plot), and {@code checks}, the sentences of {@link FitChecks} when the fitted values are
 *       implausible;</li>
 *   <li>{@code GET template.csv}, {@code GET template.xlsx}: files in the accepted format.</li>
 * </ul>
 * The JSON routes take {@code {"form": {…}, "CO2_data": {…}, "fitting_ventilation_states": [h…],
 * "room_capacity": n}} and build the API's CO₂ body from them ({@link Co2Body}); the calculator does the rest.
 * Bad input is a 4xx {@code {"message", "field"}}. The work (reading the file, the change points, the fit) runs on
 * the report pool, under its admission rule and time limit: 503 with Retry-After when it is full, 504 beyond the
 * limit, the abandoned work stopped.
 */
@Path(PathRouting.CALCULATOR + "/co2-fit")
public class Co2FitResource {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Seconds in the Retry-After header of a 503. */
  private static final int RETRY_AFTER_SECONDS = 5;

  private final ObjectMapper json;
  private final ReportExecutor executor;

  Co2FitResource(ObjectMapper json, ReportExecutor executor) {
    this.json = json;
    this.executor = executor;
  }

  @POST
  @Path("/data")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> upload(@RestForm("file") FileUpload file, @RestForm("form") String form,
      @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Locale locale = Languages.of(lang, headers);
    Co2Messages text = Co2Texts.of(locale);
    return answer(locale, text, () -> {
      if (file == null || file.uploadedFile() == null) {
        throw new UploadError(400, SensorTable.FIELD, text.no_file());
      }
      if (file.size() > SensorFiles.MAX_BYTES) {
        throw new UploadError(413, SensorTable.FIELD, text.file_too_large(SensorFiles.MAX_BYTES / 1024));
      }
      byte[] content = Files.readAllBytes(file.uploadedFile());
      Co2Data data = SensorFiles.read(file.fileName(), content, text);
      ObjectNode dataJson = Co2Body.data(data);
      if (form != null && !form.isBlank()) {
        Co2Input input = Co2InputParser.parse(Co2Body.of(parse(form), dataJson, null, null, text));
        check(input, text);
      }
      ObjectNode out = json.createObjectNode();
      out.set("CO2_data", dataJson);
      out.set("summary", summary(data));
      return out;
    });
  }

  @POST
  @Path("/plot")
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> suggest(String body, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Locale locale = Languages.of(lang, headers);
    Co2Messages text = Co2Texts.of(locale);
    return answer(locale, text, () -> {
      Co2Input input = Co2InputParser.parse(apiBody(parse(body), text));
      check(input, text);
      TransitionTimes times = Co2Calculator.transitionTimes(input);
      ObjectNode out = json.createObjectNode();
      ArrayNode rounded = out.putArray("transition_times");
      times.totalTimes().stream().map(t -> Math.round(t * 100) / 100.0).distinct().forEach(rounded::add);
      out.set("occupancy_times", json.valueToTree(times.occupancyTimes()));
      out.set("ventilation_times", json.valueToTree(times.ventilationTimes()));
      return out;
    });
  }

  @POST
  @Path("/fit")
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> fit(String body, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Locale locale = Languages.of(lang, headers);
    Co2Messages text = Co2Texts.of(locale);
    return answer(locale, text, () -> {
      Co2Input input = Co2InputParser.parse(apiBody(parse(body), text));
      SimulationSpan span = check(input, text);
      if (span != null) {
        span.checkStates(input.fittingVentilationStates(), text);
      }
      Co2FitResult fit = Co2Calculator.fit(input);
      double[] times = input.data().times();
      double[] transitions = VentilationTransitions.ventilationTransitionTimes(
          input.fittingVentilationStates().stream().mapToDouble(Double::doubleValue).toArray(),
          times[times.length - 1]);
      ObjectNode out = json.valueToTree(fit);
      out.set("transition_times", json.valueToTree(transitions));
      out.set("occupancy_times", json.valueToTree(Occupancy.total(input.population()).transitionTimes()));
      ObjectNode stored = out.deepCopy();
      stored.remove("predictive_CO2");
      stored.remove("occupancy_times");
      double[] fitted = fit.predictiveCo2().stream().mapToDouble(Double::doubleValue).toArray();
      stored.set(FitSeries.KEY, FitSeries.of(times, input.data().co2(), fitted).toJson());
      out.set("fitting_result", stored);
      out.set("checks", json.valueToTree(FitChecks.sentences(FitPlausibility.of(fit),
          java.util.Arrays.stream(transitions).boxed().toList(), text, locale)));
      return out;
    });
  }

  /** The fit at the empty suffix too, as upstream's {@code co2-fit/}. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> fitAtRoot(String body, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    return fit(body, lang, headers);
  }

  @GET
  @Path("/template.csv")
  @Produces("text/csv")
  public Response csvTemplate() {
    return Response.ok(Co2Template.csv()).type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"CO2_template.csv\"").build();
  }

  @GET
  @Path("/template.xlsx")
  @Produces(XLSX)
  public Response xlsxTemplate() {
    return Response.ok(Co2Template.xlsx()).type(XLSX)
        .header("Content-Disposition", "attachment; filename=\"CO2_template.xlsx\"").build();
  }

  private static ObjectNode apiBody(JsonNode request, Co2Messages text) {
    return Co2Body.of(request.get("form"), request.get("CO2_data"), request.get("fitting_ventilation_states"),
        request.get("room_capacity"), text);
  }

  private static SimulationSpan check(Co2Input input, Co2Messages text) {
    SimulationSpan span = SimulationSpan.of(input);
    if (span != null) {
      span.checkCovered(input.data().times(), text);
    }
    return span;
  }

  private JsonNode parse(String body) {
    JsonNode node;
    try {
      node = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UploadError(400, null, "Malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new UploadError(400, null, "The request body should be a JSON object.");
    }
    return node;
  }

  private ObjectNode summary(Co2Data data) {
    double[] t = data.times();
    double[] c = data.co2();
    ObjectNode s = json.createObjectNode();
    s.put("samples", t.length);
    s.put("first", t[0]);
    s.put("last", t[t.length - 1]);
    s.put("min", java.util.Arrays.stream(c).min().orElse(0));
    s.put("max", java.util.Arrays.stream(c).max().orElse(0));
    return s;
  }

  /**
   * Runs a route's work on the bounded report pool (admission and time limit, as reports): bad input answered as
   * 4xx JSON, its message in the page's language; a full pool or a lack of memory 503 with Retry-After, the time
   * limit 504.
   */
  private CompletionStage<Response> answer(Locale locale, Co2Messages text, Work work) {
    CompletableFuture<JsonNode> result;
    try {
      result = executor.submit(work::run);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(busy(text));
    }
    return result.handle((value, error) -> {
      Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (e == null) {
        return Response.ok(value).type(MediaType.APPLICATION_JSON_TYPE).build();
      } else if (e instanceof UploadError u) {
        return error(u.status(), u.field(), u.getMessage());
      } else if (e instanceof InputError i) {
        return error(400, i.field(), i.message(locale));
      } else if (e instanceof IOException) {
        return error(400, SensorTable.FIELD, text.upload_unreadable());
      } else if (e instanceof TimeoutException) {
        return error(504, null, text.too_slow(executor.timeout().toSeconds()));
      } else if (e instanceof RejectedExecutionException || e instanceof OutOfMemoryError
          || e instanceof CancellationException) {
        return busy(text);
      }
      throw new CompletionException(e);
    });
  }

  private static Response busy(Co2Messages text) {
    return Response.fromResponse(error(503, null, text.busy())).header("Retry-After", RETRY_AFTER_SECONDS).build();
  }

  private static Response error(int status, String field, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new InputErrorBody(message, field)).build();
  }

  @FunctionalInterface
  private interface Work {
    JsonNode run() throws Exception;
  }
}
