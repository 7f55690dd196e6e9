package io.caimira.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.calculator.CalculatorService;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalculatorLookupTest {

  @Test
  void findsTheRegisteredImplementation() {
    CalculatorLookup lookup = CalculatorLookup.load(getClass().getClassLoader());

    assertThat(lookup.service()).containsInstanceOf(RegisteredCalculator.class);
    assertThat(lookup.problem()).isNull();
    assertThat(lookup.implementationName()).isEqualTo(RegisteredCalculator.class.getName());
  }

  @Test
  void saysWhyWhenTheImplementationCannotBeCreated(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(CalculatorService.class.getName()), BrokenCalculator.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      CalculatorLookup lookup = CalculatorLookup.load(loader);

      assertThat(lookup.service()).isEmpty();
      assertThat(lookup.problem())
          .startsWith("The calculator implementation could not be loaded: ")
          .contains("CAIMIRA_WEATHER_DATA is set but CAIMIRA_WEATHER_STATIONS is not");
    }
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
