package io.caimira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.adapter.CalculatorLookup;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaimiraCliTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CaimiraCli root = new CaimiraCli();

  private int run(String stdin, String... args) {
    root.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    CommandLine cli = CaimiraCli.commandLine(root);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void virusReportReadsAFileAndPrintsTheResultsObject() throws Exception {
    Path input = Files.writeString(dir.resolve("in.json"), "{\"total_people\": \"10\"}");

    int code = run("", "virus-report", "--input", input.toString());

    assertThat(code).isZero();
    assertThat(out.toString().trim()).isEqualTo("{\"route\":\"virus_report\",\"input\":{\"total_people\":\"10\"},"
        + "\"options\":{\"includeSamples\":false,\"includeAlternativeScenarios\":false,\"sampleSize\":null}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void optionsReachTheCalculatorAndStdinIsTheDefaultInput() {
    int code = run("{\"seed\": 1}", "virus-report", "--seed", "42", "--samples", "1000", "--include-samples",
        "--include-alternative-scenarios");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"input\":{\"seed\":42}",
        "\"options\":{\"includeSamples\":true,\"includeAlternativeScenarios\":true,\"sampleSize\":1000}");
  }

  @Test
  void co2Commands() {
    assertThat(run("{\"room_volume\": \"60\"}", "co2-transition-times", "--input", "-")).isZero();
    assertThat(out.toString()).startsWith("{\"route\":\"co2_transition_times\"");
    assertThat(run("{}", "co2-report", "--pretty")).isZero();
    assertThat(out.toString()).contains("\"route\" : \"co2_report\"");
  }

  @Test
  void badInputIsAMessageOnStderrAndExitCode2() {
    int code = run("{\"_error\": {\"field\": \"total_people\", \"message\": \"total_people must be specified\"}}",
        "virus-report");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().trim())
        .isEqualTo("caimira virus-report: bad input (total_people): total_people must be specified");
  }

  @Test
  void malformedMissingOrNonObjectInputsAreBadInput() {
    assertThat(run("{\"a\": ", "co2-report")).isEqualTo(2);
    assertThat(err.toString()).contains("malformed JSON in standard input");
    assertThat(run("{} {}", "co2-report")).isEqualTo(2);
    assertThat(run("[1]", "co2-report")).isEqualTo(2);
    assertThat(err.toString()).contains("standard input must hold a JSON object of inputs");
    assertThat(run("", "co2-report")).isEqualTo(2);
    assertThat(err.toString()).contains("standard input is empty");
    assertThat(run("", "co2-report", "--input", dir.resolve("absent.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file: ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("{}", "virus-report", "--samples", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--samples must be a positive number, got 0");
    assertThat(run("{}", "virus-report", "--seed", "abc")).isEqualTo(2);
    assertThat(run("{}")).isEqualTo(2);
    assertThat(run("{}", "no-such-command")).isEqualTo(2);
  }

  @Test
  void nonFiniteResultsAreWrittenAsNull() {
    assertThat(run("{\"_nan\": true}", "co2-report")).isZero();
    assertThat(out.toString()).contains("\"nan\":null").doesNotContain("NaN");
  }

  @Test
  void anInternalErrorExitsWith1() {
    assertThat(run("{\"_crash\": true}", "co2-report")).isEqualTo(1);
    assertThat(err.toString()).contains("internal error: java.lang.IllegalStateException: simulated bug");
  }

  @Test
  void withoutACalculatorTheCommandSaysWhyAndExitsWith1() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      root.calculators = () -> CalculatorLookup.load(empty);
      assertThat(run("{}", "virus-report")).isEqualTo(1);
    }
    assertThat(err.toString()).contains("No calculator implementation found");
  }

  @Test
  void benchTimesEveryStandardScenarioWithTheRealCalculator() {
    root.calculators = () -> CalculatorLookup.of(
        new io.caimira.calculator.DefaultCalculatorService(io.caimira.model.weather.GenevaWeatherProvider.instance()));
    assertThat(run("", "bench", "--samples", "2000", "--warmup", "1", "--runs", "3", "--seconds", "1"))
        .as(err.toString()).isZero();
    String table = out.toString();
    for (String scenario : List.of("office", "short-range", "probabilistic", "dynamic-groups",
        "natural-ventilation", "office+alternatives", "conditional-view", "co2-fit")) {
      assertThat(table).containsPattern("(?m)^" + java.util.regex.Pattern.quote(scenario)
          + " +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d ");
    }
    // the heap a 2 000-sample office report allocates: its arrays alone are tens of kB, and far below 250 000 samples'
    java.util.regex.Matcher office = java.util.regex.Pattern.compile(
        "(?m)^office +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +(\\d+\\.\\d) ").matcher(table);
    assertThat(office.find()).isTrue();
    assertThat(Double.parseDouble(office.group(1))).isBetween(0.05, 40.0);
    assertThat(table).containsPattern("sustained: 4 clients, 1 s: \\d+\\.\\d reports/s");
  }

  /**
   * cases.jsonl in {@code dir} with {@code lines}, OFFICE replaced by the office scenario's body; the bench then uses
   * the real calculator.
   */
  private java.nio.file.Path referenceFile(java.nio.file.Path dir, String lines) throws java.io.IOException {
    root.calculators = () -> CalculatorLookup.of(
        new io.caimira.calculator.DefaultCalculatorService(io.caimira.model.weather.GenevaWeatherProvider.instance()));
    String office = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(BenchScenarios.body("office"));
    return java.nio.file.Files.writeString(dir.resolve("cases.jsonl"), lines.replace("OFFICE", office));
  }

  @Test
  void benchTimesChosenScenariosAndReferenceCases(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a reference file in upstream's shape: the office body (valid), an invalid body, NaN in an output
    java.nio.file.Path reference = referenceFile(dir,
        "{\"id\": \"a\", \"input\": OFFICE, \"ref_seconds\": 1.5, \"output\": {\"x\": NaN}}\n"
            + "{\"id\": \"b\", \"input\": {\"room_volume\": \"-1\"}, \"ref_seconds\": 2.0}\n");
    assertThat(run("", "bench", "--samples", "2000", "--warmup", "1", "--runs", "4", "--seconds", "0",
        "--scenario", "office", "--reference", reference.toString())).as(err.toString()).isZero();
    String table = out.toString();
    assertThat(table).containsPattern("(?m)^office +\\d+\\.\\d").doesNotContain("short-range", "co2-fit");
    assertThat(table).containsPattern(
        "reference cases \\(1 timed, 1 refused as invalid, cases.jsonl\\): median \\d+\\.\\d ms .*ref_seconds "
            + "median 1500 ms");
  }

  @Test
  void benchComparesTheReferenceCasesWithUpstreamTimesMeasuredHere(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path reference = referenceFile(dir,
        "{\"id\": \"a\", \"input\": OFFICE, \"ref_seconds\": 1.5}\n"
            + "{\"id\": \"c\", \"input\": OFFICE, \"ref_seconds\": 1.0}\n");
    // upstream measured for "a" only (and for a case the reference file does not hold)
    java.nio.file.Path times = dir.resolve("upstream.jsonl");
    java.nio.file.Files.writeString(times,
        "{\"id\": \"a\", \"upstream_seconds\": 2.5}\n{\"id\": \"zz\", \"upstream_seconds\": 9.0}\n");
    assertThat(run("", "bench", "--samples", "2000", "--warmup", "0", "--runs", "4", "--seconds", "0",
        "--scenario", "office", "--reference", reference.toString(), "--upstream-times", times.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern(
        "side by side \\(1 cases with upstream measured on this machine, upstream.jsonl\\): upstream median 2500 ms, "
            + "ours \\d+\\.\\d ms: 1/\\d+");

    java.nio.file.Files.writeString(times, "{\"id\": \"a\", \"upstream_seconds\": -1}\n");
    assertThat(run("", "bench", "--samples", "2000", "--warmup", "0", "--runs", "1", "--seconds", "0",
        "--scenario", "office", "--reference", reference.toString(), "--upstream-times", times.toString()))
        .isNotZero();
    assertThat(err.toString()).contains("upstream.jsonl, line 1: expected");

    err.getBuffer().setLength(0);
    assertThat(run("", "bench", "--samples", "2000", "--seconds", "0", "--upstream-times", times.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--upstream-times needs --reference");
  }

  /**
   * bench --url posts each scenario to its API route on a server: here a minimal HTTP server in front of the real
   * calculator (2 000 samples), which answers 400 to a body the calculator refuses.
   */
  @Test
  void benchSendsTheScenariosToAServerWithUrl() throws Exception {
    var calculator = new io.caimira.calculator.DefaultCalculatorService(
        io.caimira.model.weather.GenevaWeatherProvider.instance());
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> paths = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", exchange -> {
      String path = exchange.getRequestURI().toString();
      paths.add(exchange.getRequestMethod() + " " + path);
      var body = mapper.readTree(exchange.getRequestBody());
      byte[] answer;
      int status = 200;
      try {
        Object results = path.startsWith("/api/co2/") ? calculator.co2Report(body)
            : calculator.virusReport(body, new io.caimira.calculator.ReportOptions(false,
                path.contains("include_alternative_scenarios=true"), 2000));
        answer = mapper.writeValueAsBytes(java.util.Map.of("results", results));
      } catch (io.caimira.calculator.InputError e) {
        status = 400;
        answer = ("{\"message\": \"" + e.field() + "\"}").getBytes(StandardCharsets.UTF_8);
      }
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    // the calculator's form and report page, as the web calculator answers them: a 303 to the page, whose address
    // carries the fields, then the page (here the report with its alternative scenarios as JSON)
    server.createContext("/calculator/", exchange -> {
      paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      byte[] answer = new byte[0];
      int status;
      if (exchange.getRequestMethod().equals("POST")) {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", "/calculator/report?c="
            + java.net.URLEncoder.encode(form, StandardCharsets.UTF_8));
        status = 303;
      } else {
        var fields = mapper.createObjectNode();
        String form = java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring(2),
            StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
          String[] kv = pair.split("=", 2);
          fields.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
              java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        answer = mapper.writeValueAsBytes(calculator.virusReport(fields,
            new io.caimira.calculator.ReportOptions(false, true, 2000)));
        status = 200;
      }
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    try {
      String office = mapper.writeValueAsString(BenchScenarios.body("office"));
      Path reference = Files.writeString(dir.resolve("cases.jsonl"),
          "{\"input\": " + office + ", \"ref_seconds\": 1.5}\n{\"input\": {\"room_volume\": \"-1\"}, "
              + "\"ref_seconds\": 2.0}\n");
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      assertThat(run("", "bench", "--url", url, "--warmup", "1", "--runs", "2", "--seconds", "1",
          "--reference", reference.toString())).as(err.toString()).isZero();
      String table = out.toString();
      assertThat(table).contains("through HTTP to " + url)
          .containsPattern("(?m)^office\\+alternatives +\\d+\\.\\d")
          .containsPattern("(?m)^co2-fit +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d +- ")
          .containsPattern("reference cases \\(1 timed, 1 refused as invalid, cases.jsonl\\)")
          .containsPattern("sustained: 4 clients, 1 s: \\d+\\.\\d reports/s through HTTP; 0 failed")
          .containsPattern("report pages: 4 clients, 1 s: \\d+\\.\\d pages/s through HTTP .*; 0 failed");
      assertThat(paths).contains("POST /calculator/report", "GET /calculator/report");
      assertThat(paths).contains("POST /api/virus/report", "POST /api/virus/report?include_alternative_scenarios=true",
          "POST /api/co2/report");
    } finally {
      server.stop(0);
    }
    // the server decides the sample size
    assertThat(run("", "bench", "--url", "http://127.0.0.1:9", "--samples", "1000")).isEqualTo(2);
    assertThat(err.toString()).contains("--samples cannot be used with --url");
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("", "--help")).isZero();
    assertThat(out.toString()).contains("serve", "virus-report", "co2-transition-times", "co2-report", "bench");
  }

  @Test
  void serveRunsTheServerJarWithAHeapOnTheHostAndPortWithTheApiUnderApi() {
    assertThat(ServeCommand.command("java", Path.of("x.jar"), "127.0.0.1", 9090))
        .containsExactly("java", "-Xmx1g", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=9090",
            "-Dcaimira.api.path-prefix=/api", "-jar", "x.jar");
    assertThat(ServeCommand.DEFAULT_HOST).isEqualTo("127.0.0.1");
  }

  @Test
  void serveSaysWhenTheServerIsNotBuilt() {
    assertThat(run("", "serve", "--server-jar", dir.resolve("missing.jar").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("the server is not built");
    assertThat(run("", "serve", "--port", "70000")).isEqualTo(2);
    assertThat(run("", "serve", "--host", " ")).isEqualTo(2);
  }
}
