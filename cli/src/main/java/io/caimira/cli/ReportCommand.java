package io.caimira.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.adapter.CalculatorLookup;
import io.caimira.adapter.FiniteJson;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A report command: reads the JSON inputs (file or standard input), asks the calculator, writes the
 * {@code results} object as JSON (NaN as null) on standard output. Bad input: a message on standard error and exit
 * code 2.
 */
abstract class ReportCommand implements Callable<Integer> {
  private static final JsonMapper MAPPER = FiniteJson.mapper();

  @ParentCommand
  CaimiraCli root;

  @Spec
  CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE",
      description = "JSON file with the inputs (same body as the REST API); '-' or absent: standard input")
  String input;

  @Option(names = "--pretty", description = "indent the JSON output")
  boolean pretty;

  /** Computes the results object for the body; may throw {@link InputError}. */
  abstract Object compute(CalculatorService calculator, ObjectNode body);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode body;
    try {
      body = readBody();
    } catch (BadInput e) {
      err.println("caimira " + spec.name() + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    CalculatorLookup lookup = root.calculators.get();
    if (lookup.service().isEmpty()) {
      err.println("caimira " + spec.name() + ": " + lookup.problem());
      return ExitCodes.FAILURE;
    }
    try {
      Object results = compute(lookup.service().get(), body);
      String json = pretty
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results)
          : MAPPER.writeValueAsString(results);
      out.println(json);
      out.flush();
      return ExitCodes.OK;
    } catch (InputError e) {
      err.println("caimira " + spec.name() + ": bad input"
          + (e.field() == null ? "" : " (" + e.field() + ")") + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    } catch (JsonProcessingException | RuntimeException e) {
      err.println("caimira " + spec.name() + ": internal error: " + e);
      e.printStackTrace(err);
      return ExitCodes.FAILURE;
    }
  }

  private ObjectNode readBody() throws BadInput {
    byte[] bytes = readBytes();
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException e) {
      String message = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
      throw new BadInput("malformed JSON in " + source() + ": " + message);
    }
    if (node == null || node.isMissingNode()) {
      throw new BadInput(source() + " is empty: a JSON object of inputs is expected");
    }
    if (!node.isObject()) {
      throw new BadInput(source() + " must hold a JSON object of inputs");
    }
    return (ObjectNode) node;
  }

  private byte[] readBytes() throws BadInput {
    try {
      if (input == null || input.equals("-")) {
        InputStream in = root.stdin;
        return in.readAllBytes();
      }
      return Files.readAllBytes(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new BadInput("no such file: " + input);
    } catch (IOException | RuntimeException e) {
      throw new BadInput("cannot read " + source() + ": " + e.getMessage());
    }
  }

  private String source() {
    return input == null || input.equals("-") ? "standard input" : input;
  }
}
