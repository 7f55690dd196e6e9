package io.caimira.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class CalculatorLookupTest {

  @Test
  void findsTheRegisteredImplementation() {
    CalculatorLookup lookup = CalculatorLookup.load(getClass().getClassLoader());

    assertThat(lookup.service()).containsInstanceOf(RegisteredCalculator.class);
    assertThat(lookup.problem()).isNull();
    assertThat(lookup.implementationName()).isEqualTo(RegisteredCalculator.class.getName());
  }

  @Test
  void saysWhyWhenNoneIsRegistered() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      CalculatorLookup lookup = CalculatorLookup.load(empty);

      assertThat(lookup.service()).isEmpty();
      assertThat(lookup.problem())
          .contains("No calculator implementation found")
          .contains("META-INF/services/io.caimira.calculator.CalculatorService");
    }
  }
}
