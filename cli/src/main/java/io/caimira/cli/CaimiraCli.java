package io.caimira.cli;

import io.caimira.adapter.CalculatorLookup;
import java.io.InputStream;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code caimira} command. Plain picocli rather than quarkus-picocli: the report commands are one-shot
 * computations that should start in a fraction of a second without booting a server framework, and {@code serve}
 * runs the API module's own Quarkus runner jar, so Quarkus in the CLI would bring nothing but start-up time.
 */
@Command(name = "caimira", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "CAiMIRA-J: airborne infection risk reports and CO2 ventilation fits.",
    subcommands = {ServeCommand.class, VirusReportCommand.class, Co2TransitionTimesCommand.class,
        Co2ReportCommand.class, BatchCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 failure (no calculator, internal error), 2 bad input or usage, 3 a batch "
        + "in which some rooms failed."})
public class CaimiraCli implements Runnable {
  /** Where report commands read their input when no file is given (replaceable in tests). */
  InputStream stdin = System.in;

  /** Whether standard error is a terminal (batch progress is shown only there; replaceable in tests). */
  boolean terminal = System.console() != null;

  /** How report commands find the calculator (ServiceLoader by default). */
  Supplier<CalculatorLookup> calculators = CalculatorLookup::load;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(new CaimiraCli()).execute(args));
  }

  static CommandLine commandLine(CaimiraCli root) {
    return new CommandLine(root);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }
}
