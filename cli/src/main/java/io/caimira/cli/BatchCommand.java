package io.caimira.cli;

import io.caimira.adapter.CalculatorLookup;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * caimira batch: the virus report of every room of a file, several at a time, results in input order. A room whose
 * inputs are bad gets its error in the output and the batch goes on; the exit code says whether any failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Virus reports of many rooms: one per line of a JSON Lines file (bodies of POST /virus/report) "
        + "or per row of a CSV file whose header names the inputs (./caimira batch --template rooms.csv writes one "
        + "with the common inputs).",
        "Exit codes: 0 every room computed, 3 some rooms failed (their errors are in the output), 1 failure, "
            + "2 bad usage or unreadable input."})
class BatchCommand implements Callable<Integer> {
  /** Some rooms failed; their errors are in the output. */
  static final int SOME_FAILED = 3;

  @ParentCommand
  CaimiraCli root;

  @Spec
  CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "the rooms: FILE.jsonl or FILE.csv")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "the results: FILE.jsonl (whole results of each room) or FILE.csv (main figures per group)")
  Path output;

  @Option(names = "--seed", paramLabel = "N",
      description = "reproducible run: room k (from 1) gets the seed N + k unless its inputs set 'seed'")
  Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "rooms computed at once (default: the processors)")
  Integer threads;

  @Option(names = "--samples", paramLabel = "N", description = "Monte-Carlo sample size (default 250000)")
  Integer samples;

  @Option(names = "--template", paramLabel = "FILE",
      description = "write a CSV file of two example rooms with the common inputs, to fill in, and stop")
  Path template;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (template != null) {
      return writeTemplate(err);
    }
    if (input == null || output == null) {
      throw new ParameterException(spec.commandLine(), "--input and --output are needed (or --template)");
    }
    if ((threads != null && threads < 1) || (samples != null && samples < 1)) {
      throw new ParameterException(spec.commandLine(), "--threads and --samples must be positive");
    }
    List<BatchRows.Row> rows;
    try {
      rows = BatchRows.read(input);
      BatchRows.Format.of(output);
    } catch (BadInput e) {
      err.println("caimira batch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    CalculatorLookup lookup = root.calculators.get();
    if (lookup.service().isEmpty()) {
      err.println("caimira batch: " + lookup.problem());
      return ExitCodes.FAILURE;
    }
    try (BatchOutput out = BatchOutput.open(output)) {
      int failed = run(lookup.service().get(), rows, out, err);
      return failed == 0 ? ExitCodes.OK : SOME_FAILED;
    } catch (BadInput e) {
      err.println("caimira batch: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  /** Computes every row on a pool of threads and writes the outcomes in order; answers the number that failed. */
  private int run(CalculatorService calculator, List<BatchRows.Row> rows, BatchOutput out, PrintWriter err)
      throws IOException, InterruptedException {
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ReportOptions options = new ReportOptions(false, false, samples);
    BatchProgress progress = new BatchProgress(err, root.terminal, rows.size());
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "caimira-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Object>> reports = new ArrayList<>();
      for (BatchRows.Row row : rows) {
        reports.add(row.body() == null ? null : pool.submit(() -> {
          if (seed != null && !row.body().hasNonNull("seed")) {
            row.body().put("seed", seed + row.number());
          }
          return calculator.virusReport(row.body(), options);
        }));
      }
      int failed = 0;
      for (int k = 0; k < rows.size(); k++) {
        BatchRows.Row row = rows.get(k);
        if (row.body() == null) {
          out.error(row, row.error(), null);
          failed++;
        } else {
          try {
            out.success(row, reports.get(k).get());
          } catch (ExecutionException e) {
            failed++;
            if (e.getCause() instanceof InputError bad) {
              out.error(row, bad.getMessage(), bad.field());
            } else {
              out.error(row, "internal error: " + e.getCause(), null);
            }
          }
          reports.set(k, null); // its results are written: let them go
        }
        progress.update(k + 1, failed, k + 1 == rows.size());
      }
      progress.summary(rows.size(), failed, output.toString());
      return failed;
    } finally {
      pool.shutdownNow();
    }
  }

  private int writeTemplate(PrintWriter err) throws IOException {
    try (InputStream in = BatchCommand.class.getResourceAsStream("/batch/rooms-template.csv")) {
      Files.copy(in, template, StandardCopyOption.REPLACE_EXISTING);
    }
    err.println("caimira batch: wrote " + template + " (two example rooms; an empty cell takes the input's default, "
        + "docs/api-inputs.md lists every input)");
    return ExitCodes.OK;
  }
}
