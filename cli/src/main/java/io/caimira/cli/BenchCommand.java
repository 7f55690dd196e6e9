package io.caimira.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * caimira bench: placeholder. To be filled with the benchmark scenarios (timed reports on fixed inputs and seeds);
 * until then it measures nothing and says so, rather than printing made-up timings.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark scenarios (not implemented yet).")
class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("caimira bench: not implemented yet");
    return ExitCodes.BAD_INPUT;
  }
}
