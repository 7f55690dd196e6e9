package io.caimira.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.caimira.adapter.CalculatorLookup;
import io.caimira.adapter.FiniteJson;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * caimira bench: times the standard scenarios in-process and warm — each call computes the results and serialises
 * them to JSON, as the API does — and prints the median and 95th percentile; then runs the office report from
 * several client threads for a while and prints the sustained rate and the peak heap in use. With {@code --url},
 * the same requests go to a running server's API instead (from the request to the last byte of the answer).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the standard scenarios (median and p95 ms, warm, in-process) and the sustained report rate.")
class BenchCommand implements Callable<Integer> {
  private static final JsonMapper MAPPER = FiniteJson.mapper();
  /** The reference files hold upstream's outputs, NaN included. */
  private static final JsonMapper REFERENCE_READER = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @ParentCommand
  CaimiraCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--warmup",
      description = "untimed rounds over all the scenarios first, one call of each a round (default ${DEFAULT-VALUE})")
  int warmup = 30;

  @Option(names = "--runs", description = "timed calls per scenario (default ${DEFAULT-VALUE})")
  int runs = 30;

  @Option(names = "--samples", description = "Monte-Carlo sample size (default: the production 250 000)")
  Integer samples;

  @Option(names = "--clients", description = "client threads of the sustained-rate run (default ${DEFAULT-VALUE})")
  int clients = 4;

  @Option(names = "--seconds", description = "length of the sustained-rate run; 0 skips it (default ${DEFAULT-VALUE})")
  int seconds = 15;

  @Option(names = "--scenario", split = ",",
      description = "only these scenarios (comma-separated names; default: all)")
  List<String> only;

  @Option(names = "--reference", paramLabel = "FILE",
      description = "also time the virus reference cases of FILE (JSON lines with input and ref_seconds, as "
          + "../shared/reference/virus_public.jsonl) and compare with the upstream time stored with each")
  java.nio.file.Path reference;

  @Option(names = "--upstream-times", paramLabel = "FILE",
      description = "with --reference: upstream's times for the same cases measured on this machine (JSON lines "
          + "with id and upstream_seconds, written by bench/upstream/side_by_side.py), compared case by case")
  java.nio.file.Path upstreamTimes;

  @Option(names = "--calculator-path", paramLabel = "PATH",
      description = "with --url: where the server's calculator pages are (default ${DEFAULT-VALUE}, as ./caimira serve "
          + "has them; /calculator-open behind the deployment's router); the sustained run then also times report "
          + "pages")
  String calculatorPath = "/calculator";

  @Option(names = "--url", paramLabel = "URL",
      description = "send the requests to the API of the server at URL (e.g. http://localhost:8080, started with "
          + "./caimira serve) instead of computing them in-process; the server's sample size applies")
  java.net.URI url;

  /** One timed request: the answer's JSON bytes. */
  @FunctionalInterface
  private interface Request {
    byte[] send() throws Exception;
  }

  private CalculatorService service;
  private BenchHttp http;
  /** Upstream's times measured on this machine, by case id ({@code --upstream-times}); empty without. */
  private java.util.Map<String, Double> measuredUpstream = java.util.Map.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (upstreamTimes != null) {
      if (reference == null) {
        spec.commandLine().getErr().println("caimira bench: --upstream-times needs --reference (the cases to time)");
        return ExitCodes.BAD_INPUT;
      }
      try {
        measuredUpstream = UpstreamTimes.read(upstreamTimes);
      } catch (java.io.IOException | RuntimeException unreadable) {
        spec.commandLine().getErr().println("caimira bench: " + unreadable.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    if (url != null) {
      if (samples != null) {
        spec.commandLine().getErr().println("caimira bench: --samples cannot be used with --url (the server's "
            + "sample size applies)");
        return ExitCodes.BAD_INPUT;
      }
      http = new BenchHttp(url);
      out.printf("CAiMIRA-J bench: %d warm-up rounds + %d timed calls per scenario through HTTP to %s, "
          + "%d processors here%n", warmup, runs, url, Runtime.getRuntime().availableProcessors());
    } else {
      CalculatorLookup lookup = root.calculators.get();
      if (lookup.service().isEmpty()) {
        spec.commandLine().getErr().println("caimira bench: " + lookup.problem());
        return ExitCodes.FAILURE;
      }
      service = lookup.service().get();
      out.printf("CAiMIRA-J bench: %d warm-up rounds + %d timed calls per scenario, %s samples, %d processors, "
          + "max heap %d MB%n", warmup, runs, samples == null ? "250 000" : samples,
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }
    out.printf("%-20s %10s %10s %10s %10s  %s%n", "scenario", "median ms", "p95 ms", "JSON kB", "alloc MB", "what");
    List<BenchScenarios.Scenario> selected = BenchScenarios.all(samples).stream()
        .filter(s -> only == null || only.contains(s.name())).toList();
    List<Request> requests = new java.util.ArrayList<>();
    for (BenchScenarios.Scenario s : selected) {
      requests.add(request(s));
    }
    // warm-up rounds over every selected scenario first, as a server that has been answering for a while is warm
    // for all of them (a scenario timed right after its own warm-up alone ran partly on less optimised code)
    int[] bytesOf = new int[selected.size()];
    for (int i = 0; i < warmup; i++) {
      for (int k = 0; k < requests.size(); k++) {
        bytesOf[k] = requests.get(k).send().length;
      }
    }
    for (int k = 0; k < selected.size(); k++) {
      BenchScenarios.Scenario s = selected.get(k);
      Request request = requests.get(k);
      int bytes = bytesOf[k];
      if (warmup == 0) {
        bytes = request.send().length;
      }
      double[] ms = new double[runs];
      long allocatedBefore = AllocatedBytes.ofAllThreads();
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        request.send();
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
      long allocated = AllocatedBytes.ofAllThreads() - allocatedBefore;
      // heap allocated per call by this process (all threads): the server's is not seen through HTTP
      String perCall = url != null || allocatedBefore < 0 || runs == 0
          ? "-" : String.format(java.util.Locale.ROOT, "%.1f", allocated / 1e6 / runs);
      out.printf("%-20s %10.1f %10.1f %10.1f %10s  %s%n", s.name(), quantile(ms, 0.5), quantile(ms, 0.95),
          bytes / 1024.0, perCall, s.description());
      out.flush();
    }
    if (reference != null) {
      referenceCases(out);
    }
    if (seconds > 0) {
      sustained(out);
    }
    return ExitCodes.OK;
  }

  private Request request(BenchScenarios.Scenario s) throws java.io.IOException {
    if (http == null) {
      return () -> MAPPER.writeValueAsBytes(s.call().apply(service));
    }
    byte[] body = MAPPER.writeValueAsBytes(s.body());
    return () -> http.post(s.path(), body);
  }

  /** A virus report of {@code input}, in-process or through HTTP. */
  private Request virusReport(com.fasterxml.jackson.databind.JsonNode input, ReportOptions options)
      throws java.io.IOException {
    if (http == null) {
      return () -> MAPPER.writeValueAsBytes(service.virusReport(input, options));
    }
    byte[] body = MAPPER.writeValueAsBytes(input);
    return () -> http.post(BenchScenarios.VIRUS_REPORT, body);
  }

  /**
   * The office report from {@link #clients} threads for {@link #seconds}: reports per second and (in-process) the
   * peak heap.
   */
  private void sustained(PrintWriter out) throws InterruptedException {
    var body = BenchScenarios.body("office");
    ReportOptions options = new ReportOptions(false, false, samples);
    AtomicInteger done = new AtomicInteger();
    AtomicLong peak = new AtomicLong();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger failed = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.execute(() -> {
        var own = body.deepCopy();
        for (int i = 0; System.nanoTime() < end; i++) {
          own.put("seed", client * 1_000_000 + i);
          try {
            virusReport(own, options).send();
            done.incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    while (!pool.awaitTermination(50, TimeUnit.MILLISECONDS)) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }
    if (http != null) {
      out.printf("sustained: %d clients, %d s: %.1f reports/s through HTTP; %d failed%n", clients, seconds,
          done.get() / (double) seconds, failed.get());
      reportPages(out);
      return;
    }
    out.printf("sustained: %d clients, %d s: %.1f reports/s; peak heap in use %d MB (max heap %d MB)%s%n", clients,
        seconds, done.get() / (double) seconds, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
        failed.get() == 0 ? "" : "; " + failed.get() + " failed");
  }

  /**
   * The web report page from {@link #clients} threads for {@link #seconds}, as a visitor asks for it: the office form
   * posted (a seed of its own each time, so no page is the same), then the page it is sent to, which computes the
   * report with its alternative scenarios and the CO₂ curve and renders it.
   */
  private void reportPages(PrintWriter out) throws InterruptedException {
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    BenchScenarios.body("office").fields().forEachRemaining(f -> form.put(f.getKey(), f.getValue().asText()));
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.execute(() -> {
        java.util.Map<String, String> own = new java.util.LinkedHashMap<>(form);
        for (int i = 0; System.nanoTime() < end; i++) {
          own.put("seed", Integer.toString(client * 1_000_000 + i));
          try {
            http.get(http.submitForm(calculatorPath + "/report", own));
            done.incrementAndGet();
          } catch (Exception e) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, e.getMessage());
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
    out.printf("report pages: %d clients, %d s: %.1f pages/s through HTTP (form, 303, page with its alternative "
        + "scenarios); %d failed%s%n", clients, seconds, done.get() / (double) seconds, failed.get(),
        firstFailure.get() == null ? "" : " (first: " + firstFailure.get() + ")");
  }

  /** Each reference case warm (median of the timed calls), against the upstream seconds stored with it. */
  private void referenceCases(PrintWriter out) throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(reference);
    ReportOptions options = new ReportOptions(false, false, samples);
    List<Double> ours = new java.util.ArrayList<>();
    List<Double> upstream = new java.util.ArrayList<>();
    List<Double> ratios = new java.util.ArrayList<>();
    List<Double> sideBySideOurs = new java.util.ArrayList<>();
    List<Double> sideBySideUpstream = new java.util.ArrayList<>();
    int reps = Math.max(1, runs / 4);
    int refusedCases = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      var row = REFERENCE_READER.readTree(line);
      var input = (com.fasterxml.jackson.databind.node.ObjectNode) row.get("input");
      Request request = virusReport(input, options);
      try {
        request.send();
      } catch (io.caimira.calculator.InputError refused) {
        refusedCases++; // a case our input contract refuses (api.md, decided deviations): nothing to time
        continue;
      } catch (BenchHttp.StatusException answer) {
        if (answer.status != 400) {
          throw answer;
        }
        refusedCases++; // the same refusal through HTTP
        continue;
      }
      for (int i = 0; i < 2; i++) {
        request.send();
      }
      double[] ms = new double[reps];
      for (int i = 0; i < reps; i++) {
        long start = System.nanoTime();
        request.send();
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
      double median = quantile(ms, 0.5);
      double refMs = row.path("ref_seconds").asDouble(Double.NaN) * 1000;
      ours.add(median);
      upstream.add(refMs);
      ratios.add(refMs / median);
      Double measured = measuredUpstream.get(row.path("id").asText());
      if (measured != null) {
        sideBySideOurs.add(median);
        sideBySideUpstream.add(measured * 1000);
      }
    }
    double[] o = ours.stream().mapToDouble(Double::doubleValue).toArray();
    double[] u = upstream.stream().mapToDouble(Double::doubleValue).toArray();
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
    out.printf("reference cases (%d timed, %d refused as invalid, %s): median %.1f ms (p95 %.1f); upstream's "
        + "ref_seconds median %.0f ms; median ratio %.0f× (1/%.0f)%n", o.length, refusedCases,
        reference.getFileName(), quantile(o, 0.5), quantile(o, 0.95), quantile(u, 0.5), quantile(r, 0.5),
        quantile(u, 0.5) / quantile(o, 0.5));
    if (upstreamTimes != null) {
      double[] so = sideBySideOurs.stream().mapToDouble(Double::doubleValue).toArray();
      double[] su = sideBySideUpstream.stream().mapToDouble(Double::doubleValue).toArray();
      if (so.length == 0) {
        out.printf("side by side: no case of %s has a time in %s%n", reference.getFileName(),
            upstreamTimes.getFileName());
      } else {
        out.printf("side by side (%d cases with upstream measured on this machine, %s): upstream median %.0f ms, "
            + "ours %.1f ms: 1/%.0f%n", so.length, upstreamTimes.getFileName(), quantile(su, 0.5),
            quantile(so, 0.5), quantile(su, 0.5) / quantile(so, 0.5));
      }
    }
    out.flush();
  }

  /** numpy's default (linear) quantile. */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * q;
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
  }
}
