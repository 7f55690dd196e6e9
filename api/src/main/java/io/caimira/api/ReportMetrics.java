package io.caimira.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Report metrics (Prometheus names at /q/metrics): {@code caimira_reports_total{route,outcome}},
 * {@code caimira_report_duration_seconds{route,outcome}} (histogram) and {@code caimira_report_errors_total{route,kind}}.
 */
@Singleton
public class ReportMetrics {
  private final MeterRegistry registry;

  ReportMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(String route, Outcome outcome, long nanos) {
    Counter.builder("caimira.reports")
        .description("Report requests answered, by route and outcome")
        .tags("route", route, "outcome", outcome.tag())
        .register(registry)
        .increment();
    Timer.builder("caimira.report.duration")
        .description("Time to answer a report request, queueing included")
        .tags("route", route, "outcome", outcome.tag())
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (outcome.serverError()) {
      Counter.builder("caimira.report.errors")
          .description("Report requests the server failed (internal error, timeout, calculator unavailable)")
          .tags("route", route, "kind", outcome.tag())
          .register(registry)
          .increment();
    }
  }
}
