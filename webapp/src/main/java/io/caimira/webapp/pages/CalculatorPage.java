package io.caimira.webapp.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.api.ReportExecutor;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.WebSettings;
import io.caimira.webapp.form.FormChecks;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.i18n.Languages;
import io.caimira.webapp.form.LinkCodec;
import io.caimira.webapp.report.ReportOptionsRule;
import io.caimira.webapp.report.ReportPage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * The calculator form and its report. The form posts to {@code /report}, which checks the inputs and redirects
 * (303) to the bookmarkable {@code GET /report?c=<compressed inputs>}: reloading or sharing the report never
 * resubmits a form. The inputs carry a seed, so the same link gives the same numbers. Invalid inputs show the
 * form again with the message next to its field.
 */
@Path(PathRouting.CALCULATOR)
public class CalculatorPage {
  /** Query parameter of the report page holding the compressed inputs. */
  public static final String INPUTS = "c";

  private final Template form;
  private final ReportPage reportPage;
  private final CalculatorService calculator;
  private final ReportExecutor executor;
  private final WebSettings web;
  private final int maxUriLength;

  CalculatorPage(@Location("calculator/form.html") Template form, ReportPage reportPage,
      CalculatorService calculator, ReportExecutor executor, WebSettings web,
      @ConfigProperty(name = "caimira.http.max-uri-length", defaultValue = "4096") int maxUriLength) {
    this.form = form;
    this.reportPage = reportPage;
    this.calculator = calculator;
    this.executor = executor;
    this.web = web;
    this.maxUriLength = maxUriLength;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance form(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    return Pages.render(form.instance().data("error", null).data("values", "{}"), lang, headers);
  }

  @POST
  @Path("/report")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response submit(MultivaluedMap<String, String> parameters, @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    FormFields fields = FormFields.of(parameters);
    if (fields.get("seed") == null || fields.get("seed").isBlank()) {
      fields = fields.with("seed", Long.toString(ThreadLocalRandom.current().nextLong(1L << 53)));
    }
    try {
      FormChecks.check(fields, FormChecks.messages(Languages.of(lang, headers)));
      VirusInputParser.parse(fields.toInput());
    } catch (InputError e) {
      return invalid(fields, e, lang, headers);
    }
    String location = web.calculatorUrl("/report") + "?" + INPUTS + "=" + LinkCodec.encode(fields.toQuery());
    if (location.length() > maxUriLength) {
      // the report's address would be refused with a 414: say so on the form, with everything typed kept
      String text = FormChecks.messages(Languages.of(lang, headers)).err_link_too_long(maxUriLength);
      return invalid(fields, new InputError(null, text), lang, headers);
    }
    return Response.seeOther(URI.create(location)).build();
  }

  @GET
  @Path("/report")
  @Produces(MediaType.TEXT_HTML)
  public CompletionStage<Response> show(@QueryParam(INPUTS) String compressed, @QueryParam("lang") String lang,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    FormFields fields;
    try {
      fields = FormFields.ofQuery(LinkCodec.decode(compressed));
    } catch (IllegalArgumentException e) {
      throw new io.caimira.webapp.errors.PageProblem(400,
          locale -> io.caimira.webapp.i18n.SiteTexts.in(locale).short_link_invalid());
    }
    FormFields submitted = fields;
    String retry = web.calculatorUrl("/report") + "?" + INPUTS + "=" + compressed;
    CompletionStage<Computed> computed;
    try {
      // the inputs are read on the report pool too: admission and time limit cover all the work of the page
      computed = executor.submit(() -> {
        ObjectNode body = submitted.toInput();
        VirusInput input = VirusInputParser.parse(body);
        return new Computed(input, (VirusReport) calculator.virusReport(body, ReportOptionsRule.of(input)));
      });
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(reportPage.unavailable(false, retry, lang, headers));
    }
    return computed.handle((result, error) -> {
      Throwable cause = error instanceof CompletionException ? error.getCause() : error;
      if (cause instanceof InputError invalidInput) {
        return invalid(submitted, invalidInput, lang, headers);
      }
      if (cause instanceof TimeoutException || cause instanceof RejectedExecutionException
          || cause instanceof OutOfMemoryError || cause instanceof CancellationException) {
        return reportPage.unavailable(cause instanceof TimeoutException, retry, lang, headers);
      }
      if (cause != null) {
        throw new CompletionException(cause);
      }
      return reportPage.show(result.report(), result.input(), submitted, uri.getBaseUri(), INPUTS, lang, headers);
    });
  }

  /** The inputs as read and their report. */
  private record Computed(VirusInput input, VirusReport report) {}

  /**
   * The form again (400) with every submitted value (as JSON in the page, restored by the form's script) and the
   * message of the rejected input (in the page's language), which the page shows at its top and next to its field.
   */
  private Response invalid(FormFields fields, InputError e, String lang, HttpHeaders headers) {
    FormError error = FormError.of(e, Languages.of(lang, headers));
    TemplateInstance page = form.instance().data("error", error).data("values", fields.toJson());
    return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Pages.render(page, lang, headers)).build();
  }
}
