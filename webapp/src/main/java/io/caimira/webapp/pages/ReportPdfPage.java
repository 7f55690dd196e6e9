package io.caimira.webapp.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.api.ReportExecutor;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.errors.PageProblem;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import io.caimira.webapp.i18n.Languages;
import io.caimira.webapp.i18n.SiteTexts;
import io.caimira.webapp.report.ReportOptionsRule;
import io.caimira.webapp.report.ReportPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET {prefix}/report.pdf?c=<the report's compressed inputs>&lang=}: the report as a PDF made on the server
 * (the report page's "Download PDF"). The inputs, the report and the PDF are all made on the report pool, under its
 * admission rule and time limit, as the page is: a full pool is a 503 with Retry-After, a report beyond the limit a
 * 504; bad inputs are a 400 page naming the field.
 */
@Path(PathRouting.CALCULATOR)
public class ReportPdfPage {
  private final ReportPage reportPage;
  private final CalculatorService calculator;
  private final ReportExecutor executor;

  ReportPdfPage(ReportPage reportPage, CalculatorService calculator, ReportExecutor executor) {
    this.reportPage = reportPage;
    this.calculator = calculator;
    this.executor = executor;
  }

  @GET
  @Path("/report.pdf")
  @Produces({"application/pdf", "text/html"})
  public CompletionStage<Response> pdf(@QueryParam(CalculatorPage.INPUTS) String compressed,
      @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
    FormFields fields;
    try {
      fields = FormFields.ofQuery(LinkCodec.decode(compressed));
    } catch (IllegalArgumentException e) {
      throw new PageProblem(400, locale -> SiteTexts.in(locale).short_link_invalid());
    }
    Locale locale = Languages.of(lang, headers);
    URI origin = uri.getBaseUri();
    CompletionStage<byte[]> made;
    try {
      made = executor.submit(() -> {
        ObjectNode body = fields.toInput();
        VirusInput input = VirusInputParser.parse(body);
        VirusReport report = (VirusReport) calculator.virusReport(body, ReportOptionsRule.of(input));
        return reportPage.pdf(report, input, fields, origin, CalculatorPage.INPUTS, locale);
      });
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(reportPage.unavailable(false, null, lang, headers));
    }
    return made.handle((pdf, error) -> {
      Throwable cause = error instanceof CompletionException ? error.getCause() : error;
      if (cause instanceof InputError invalid) {
        throw new PageProblem(400, l -> invalid.field() + ": " + invalid.message(l));
      }
      if (cause instanceof TimeoutException || cause instanceof RejectedExecutionException
          || cause instanceof OutOfMemoryError || cause instanceof CancellationException) {
        return reportPage.unavailable(cause instanceof TimeoutException, null, lang, headers);
      }
      if (cause != null) {
        throw new CompletionException(cause);
      }
      return Response.ok(pdf, "application/pdf")
          .header("Content-Disposition", "inline; filename=\"caimira-report.pdf\"").build();
    });
  }
}
