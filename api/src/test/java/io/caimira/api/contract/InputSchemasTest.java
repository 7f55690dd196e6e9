package io.caimira.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.FieldType;
import io.caimira.calculator.input.VirusFields;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The schemas made from the field definitions, without a server. */
class InputSchemasTest {
  private static List<FieldSpec> allFields() {
    List<FieldSpec> all = new ArrayList<>(VirusFields.ALL);
    all.addAll(Co2Fields.ALL);
    return all;
  }

  @Test
  void everyObjectOrListKeyHasAStructure() {
    for (FieldSpec f : allFields()) {
      if (f.type() == FieldType.DICT || f.type() == FieldType.LIST) {
        assertThat(NestedInputSchemas.KEYS).as(f.name()).contains(f.name());
        assertThat(InputSchemas.field(f).getType()).as(f.name()).isNotEmpty();
      }
    }
    assertThatThrownBy(() -> NestedInputSchemas.of("no_such_key")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDefaultIsAValueOfItsSchema() {
    for (FieldSpec f : allFields()) {
      Schema s = InputSchemas.field(f);
      Object d = s.getDefaultValue();
      if (s.getEnumeration() != null && d != null) {
        assertThat(s.getEnumeration()).as(f.name()).contains(d);
      }
      if (d instanceof Number n && s.getMinimum() != null) {
        assertThat(n.doubleValue()).as(f.name()).isBetween(s.getMinimum().doubleValue(),
            s.getMaximum().doubleValue());
      }
    }
  }

  @Test
  void aRangeThatExcludesTheDefaultIsStatedInWords() {
    FieldSpec windows = VirusFields.ALL.stream().filter(f -> f.name().equals("windows_number")).findFirst()
        .orElseThrow();
    Schema s = InputSchemas.field(windows);
    assertThat(s.getMinimum()).isNull();
    assertThat(s.getDescription()).endsWith("Range: 1 to 10000, or 0 for not given.");
    FieldSpec volume = Co2Fields.ALL.stream().filter(f -> f.name().equals("room_volume")).findFirst().orElseThrow();
    assertThat(InputSchemas.field(volume).getMinimum().doubleValue()).isEqualTo(1);
  }
}
