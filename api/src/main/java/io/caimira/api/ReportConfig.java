package io.caimira.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** {@code caimira.reports.*}: the bounded pool that computes reports, and its time limit. */
@ConfigMapping(prefix = "caimira.reports")
public interface ReportConfig {

  /** Reports computed at once; default: the number of available processors. */
  OptionalInt workers();

  /**
   * Heap set aside for one running report: the most the input limits let a report hold at once
   * ({@code InputLimits.MAX_REPORT_MEMORY}, 288 MiB; the office example needs about 50 MB, 70 MB with the
   * alternative scenarios). The workers are at most the maximum heap divided by this, at least one.
   */
  @WithDefault("288M")
  MemorySize heapPerReport();

  /**
   * Heap the server holds besides its reports (measured: about 50 MB; about 230 MB with a weather data set, whose
   * time-zone polygons take 180 MB): the workers share what is left.
   */
  @WithDefault("256M")
  MemorySize reservedHeap();

  /** Reports waiting for a worker; beyond, 503 with Retry-After. */
  @WithDefault("4")
  int queue();

  /** Time limit of one report, queueing included; beyond, 504. */
  @WithDefault("60s")
  Duration timeout();

  /** Value of the Retry-After header (seconds) sent with a 503 for overload. */
  @WithDefault("5")
  int retryAfterSeconds();
}
