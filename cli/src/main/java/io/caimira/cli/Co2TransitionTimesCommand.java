package io.caimira.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.CalculatorService;
import picocli.CommandLine.Command;

/** caimira co2-transition-times: the results of POST /co2/transition_times. */
@Command(name = "co2-transition-times", mixinStandardHelpOptions = true,
    description = "Suggested ventilation transition times from CO2 data: prints the results object of "
        + "POST /co2/transition_times.")
class Co2TransitionTimesCommand extends ReportCommand {
  @Override
  Object compute(CalculatorService calculator, ObjectNode body) {
    return calculator.co2TransitionTimes(body);
  }
}
