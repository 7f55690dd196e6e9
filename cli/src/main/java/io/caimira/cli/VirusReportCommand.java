package io.caimira.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** caimira virus-report: the results of POST /virus/report. */
@Command(name = "virus-report", mixinStandardHelpOptions = true,
    description = "Airborne infection risk report: prints the results object of POST /virus/report.")
class VirusReportCommand extends ReportCommand {

  @Option(names = "--seed", paramLabel = "N",
      description = "random seed: the same inputs and seed give the same numbers (sets the input key 'seed')")
  Long seed;

  @Option(names = "--samples", paramLabel = "N", description = "Monte-Carlo sample size (default 250000)")
  Integer samples;

  @Option(names = "--include-samples", description = "include the raw per-sample probabilities (prob_dist)")
  boolean includeSamples;

  @Option(names = "--include-alternative-scenarios", description = "also compute the alternative scenarios")
  boolean includeAlternativeScenarios;

  @Override
  public Integer call() {
    if (samples != null && samples <= 0) {
      throw new ParameterException(spec.commandLine(), "--samples must be a positive number, got " + samples);
    }
    return super.call();
  }

  @Override
  Object compute(CalculatorService calculator, ObjectNode body) {
    if (seed != null) {
      body.put("seed", seed);
    }
    return calculator.virusReport(body, new ReportOptions(includeSamples, includeAlternativeScenarios, samples));
  }
}
