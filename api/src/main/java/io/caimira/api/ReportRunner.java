package io.caimira.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.InputError;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one report request: the request checks on the calling thread, then the computation and its JSON
 * serialisation on the bounded {@link ReportExecutor}; maps every outcome to its answer and records the metrics.
 */
@Singleton
public class ReportRunner {
  private static final Logger LOG = Logger.getLogger(ReportRunner.class);
  private final ReportExecutor executor;
  private final ReportMetrics metrics;
  private final ObjectMapper mapper;
  private final int retryAfterSeconds;

  ReportRunner(ReportExecutor executor, ReportMetrics metrics, ObjectMapper mapper, ReportConfig config) {
    this.executor = executor;
    this.metrics = metrics;
    this.mapper = mapper;
    this.retryAfterSeconds = config.retryAfterSeconds();
  }

  /**
   * @param route metrics tag of the route
   * @param request checks the request (may throw {@link InputError}) and answers the computation to run, which
   *     answers the {@code results} object
   */
  public CompletionStage<Response> run(String route, Supplier<Callable<Object>> request) {
    long start = System.nanoTime();
    CompletableFuture<byte[]> work;
    try {
      Callable<Object> computation = request.get();
      work = executor.submit(() -> mapper.writeValueAsBytes(Envelope.success(computation.call())));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(finish(route, start, null, e));
    }
    return work.handle((json, error) -> finish(route, start, json, error));
  }

  private Response finish(String route, long start, byte[] json, Throwable error) {
    Outcome outcome;
    Response response;
    Throwable e = unwrap(error);
    if (e == null) {
      outcome = Outcome.SUCCESS;
      response = Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    } else if (e instanceof InputError) {
      outcome = Outcome.BAD_INPUT;
      response = ApiErrors.badInput((InputError) e);
    } else if (e instanceof RejectedExecutionException || e instanceof OutOfMemoryError
        || e instanceof CancellationException) {
      // out of memory: the report's arrays are garbage once its task has ended, and the worker goes on;
      // cancelled without a timeout: the server is stopping
      if (e instanceof OutOfMemoryError) {
        LOG.warnf("A %s report ran out of memory and was answered 503: %s", route, e.getMessage());
      }
      outcome = Outcome.OVERLOADED;
      response = busy();
    } else if (e instanceof TimeoutException) {
      outcome = Outcome.TIMEOUT;
      response = ApiErrors.status(504, "The report was not ready within the time limit of "
          + executor.timeout().toSeconds() + " s and was abandoned");
    } else if (e instanceof CalculatorUnavailable) {
      outcome = Outcome.UNAVAILABLE;
      response = ApiErrors.status(503, e.getMessage());
    } else {
      outcome = Outcome.ERROR;
      response = ApiErrors.internal(e);
    }
    metrics.record(route, outcome, System.nanoTime() - start);
    return response;
  }

  /** 503 with Retry-After: every worker is busy, or there was not enough free memory for this report. */
  private Response busy() {
    return Response.fromResponse(ApiErrors.status(503,
            "The server is busy computing other reports; try again in " + retryAfterSeconds + " s"))
        .header("Retry-After", retryAfterSeconds)
        .build();
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
