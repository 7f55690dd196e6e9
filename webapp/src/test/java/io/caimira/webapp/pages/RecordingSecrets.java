package io.caimira.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a profiler recording back with JFR's own reader: no event of the kinds that carry the environment, system
 * properties or command lines, and the value of the environment variable planted by the build (surefire's
 * configuration in webapp/pom.xml) nowhere in any event's fields.
 */
public final class RecordingSecrets {
  /** Set for the tests' JVM by webapp/pom.xml. */
  public static final String VARIABLE = "CAIMIRA_TEST_PLANTED_SECRET";

  private RecordingSecrets() {}

  /** The planted value; the test cannot prove anything without it, so it is required. */
  public static String planted() {
    String secret = System.getenv(VARIABLE);
    assertThat(secret).as(VARIABLE + " (set by webapp/pom.xml's surefire configuration)").isNotBlank();
    return secret;
  }

  /**
   * Asserts that {@code file} holds events, none of the leaky kinds and no trace of {@code secret}; answers the
   * kinds of events it holds.
   */
  public static Set<String> assertClean(Path file, String secret) throws IOException {
    Set<String> kinds = new HashSet<>();
    int events = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      events++;
      kinds.add(event.getEventType().getName());
      for (ValueDescriptor field : event.getFields()) {
        Object value = event.getValue(field.getName());
        assertThat(String.valueOf(value)).as(event.getEventType().getName() + "." + field.getName())
            .doesNotContain(secret);
      }
    }
    assertThat(events).as("events in the recording").isGreaterThan(0);
    assertThat(kinds).doesNotContainAnyElementsOf(Recordings.LEAKY_EVENTS);
    return kinds;
  }
}
