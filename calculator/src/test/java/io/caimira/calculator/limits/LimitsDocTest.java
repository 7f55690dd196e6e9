package io.caimira.calculator.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.InputLimits;
import io.caimira.calculator.input.VirusFields;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/api.md, "Limits of the inputs", names every limit of {@link InputLimits} and every input with a range. */
class LimitsDocTest {
  @Test
  void everyLimitAndRangeIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Limits of the inputs"), doc.indexOf("## Health and metrics"));
    for (Field f : InputLimits.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        assertThat(section).as("InputLimits." + f.getName()).contains("`" + f.getName() + "`");
      }
    }
    Stream.concat(VirusFields.ALL.stream(), Co2Fields.ALL.stream()).filter(f -> f.range() != null)
        .map(FieldSpec::name)
        .forEach(name -> assertThat(section).as(name).contains("`" + name + "`"));
  }
}
