package io.caimira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.adapter.CalculatorLookup;
import io.caimira.calculator.DefaultCalculatorService;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** caimira batch with the real calculator (2 000 samples a room, to keep the test short). */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();
  private final CaimiraCli root = new CaimiraCli();

  @BeforeEach
  void realCalculator() {
    root.calculators = () -> CalculatorLookup.of(new DefaultCalculatorService(GenevaWeatherProvider.instance()));
    root.terminal = false;
  }

  private int run(String... args) {
    CommandLine cli = CaimiraCli.commandLine(root);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** The shipped template, with a third room whose volume is impossible. */
  private Path roomsWithOneBad() throws Exception {
    Path rooms = dir.resolve("rooms.csv");
    assertThat(run("batch", "--template", rooms.toString())).isZero();
    List<String> lines = Files.readAllLines(rooms);
    assertThat(lines).hasSize(3);
    String bad = lines.get(2).replace("Meeting room with air supply,R-202", "Bad room,R-303")
        .replace(",50,293,", ",-5,293,");
    Files.write(rooms, List.of(lines.get(0), lines.get(1), bad, lines.get(2)));
    return rooms;
  }

  @Test
  void theTemplatesRoomsAreComputedAndABadRowIsReportedWithoutStoppingTheBatch() throws Exception {
    Path results = dir.resolve("results.csv");
    int code = run("batch", "--input", roomsWithOneBad().toString(), "--output", results.toString(),
        "--seed", "7", "--samples", "2000", "--threads", "2");

    assertThat(code).as(err.toString()).isEqualTo(BatchCommand.SOME_FAILED);
    List<String> lines = Files.readAllLines(results);
    assertThat(lines.get(0)).isEqualTo(String.join(",", BatchOutput.COLUMNS));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("1,Office with a sliding window,R-101,success,group_1,8,");
    assertThat(lines.get(2)).startsWith("2,Bad room,R-303,error,").endsWith(",room_volume")
        .contains("room_volume must be between 1 and 1e7 m³. Got -5.");
    assertThat(lines.get(3)).startsWith("3,Meeting room with air supply,R-202,success,group_1,10,");
    double probInf = Double.parseDouble(lines.get(1).split(",")[6]);
    assertThat(probInf).isBetween(0.0, 100.0);
    assertThat(err.toString()).contains("3 rooms in", "2 succeeded, 1 failed; results in " + results)
        .doesNotContain("\r");
  }

  @Test
  void aSeedMakesTheBatchReproducibleAndJsonLinesHoldTheWholeResults() throws Exception {
    Path rooms = roomsWithOneBad();
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    run("batch", "-i", rooms.toString(), "-o", first.toString(), "--seed", "3", "--samples", "2000");
    run("batch", "-i", rooms.toString(), "-o", second.toString(), "--seed", "3", "--samples", "2000",
        "--threads", "1");

    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    List<String> lines = Files.readAllLines(first);
    JsonNode office = JSON.readTree(lines.get(0));
    assertThat(office.get("row").asInt()).isEqualTo(1);
    assertThat(office.get("status").asText()).isEqualTo("success");
    assertThat(office.at("/results/model/seed").asLong()).isEqualTo(4);
    assertThat(office.at("/results/groups/group_1/prob_inf").isNumber()).isTrue();
    JsonNode bad = JSON.readTree(lines.get(1));
    assertThat(bad.get("status").asText()).isEqualTo("error");
    assertThat(bad.get("field").asText()).isEqualTo("room_volume");
  }

  @Test
  void aJsonLinesFileWithAMalformedLineAndProgressOnATerminal() throws Exception {
    String office = new String(BatchCommandTest.class.getResourceAsStream("/bench/office.json").readAllBytes())
        .replace("\n", "");
    Path rooms = Files.write(dir.resolve("rooms.jsonl"), List.of(office, "{not json", "[1, 2]", office));
    Path results = dir.resolve("results.jsonl");
    root.terminal = true;

    int code = run("batch", "--input", rooms.toString(), "--output", results.toString(), "--samples", "2000");

    assertThat(code).isEqualTo(BatchCommand.SOME_FAILED);
    List<String> lines = Files.readAllLines(results);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains("\"row\":2", "\"status\":\"error\"", "malformed JSON");
    assertThat(lines.get(2)).contains("\"row\":3", "the line must hold a JSON object of inputs");
    assertThat(lines.get(3)).contains("\"row\":4", "\"status\":\"success\"");
    assertThat(err.toString()).contains("\rcaimira batch: 4/4 rooms, 2 failed,", "rooms/s");
  }

  @Test
  void usageErrors() throws Exception {
    Path rooms = Files.writeString(dir.resolve("rooms.txt"), "x");
    assertThat(run("batch", "--input", rooms.toString(), "--output", dir.resolve("r.csv").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("must end in .jsonl or .csv");
    assertThat(run("batch", "--input", dir.resolve("missing.csv").toString(), "--output",
        dir.resolve("r.csv").toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("cannot read");
    assertThat(run("batch", "--input", dir.resolve("missing.csv").toString())).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
