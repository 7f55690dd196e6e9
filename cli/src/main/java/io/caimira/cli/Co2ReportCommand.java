package io.caimira.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.CalculatorService;
import picocli.CommandLine.Command;

/** caimira co2-report: the results of POST /co2/report. */
@Command(name = "co2-report", mixinStandardHelpOptions = true,
    description = "Ventilation fitted to CO2 data: prints the results object of POST /co2/report.")
class Co2ReportCommand extends ReportCommand {
  @Override
  Object compute(CalculatorService calculator, ObjectNode body) {
    return calculator.co2Report(body);
  }
}
