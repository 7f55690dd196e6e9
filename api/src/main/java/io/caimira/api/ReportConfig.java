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
   * Heap set aside for one running report (measured peak of the office example with 250 000 samples: about 70 MB,
   * 160 MB with the alternative scenarios): the workers are at most the maximum heap divided by this, at least one.
   */
  @WithDefault("256M")
  MemorySize heapPerReport();

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
