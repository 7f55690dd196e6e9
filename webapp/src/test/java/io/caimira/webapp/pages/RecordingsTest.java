package io.caimira.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profiler recording, made and stored as the profiler page does, holds no environment or command line. */
class RecordingsTest {
  @TempDir
  Path dir;

  @Test
  void aRecordingLeavesOutTheEnvironmentAndSystemProperties() throws Exception {
    String secret = RecordingSecrets.planted();
    Recordings recordings = new Recordings(Optional.of(dir.toString()));
    recordings.start("secrets");
    // some work to record, and time for the periodic events (CPU load: every second)
    long until = System.nanoTime() + 1_500_000_000L;
    double x = 0;
    while (System.nanoTime() < until) {
      x += Math.sqrt(x + 1);
    }
    assertThat(x).isPositive();
    recordings.stop();
    assertThat(recordings.list()).hasSize(1);
    Path file = recordings.file(recordings.list().get(0).id()).orElseThrow();
    // a real profile (periodic and JVM events), only without the leaky ones
    assertThat(RecordingSecrets.assertClean(file, secret)).contains("jdk.CPULoad", "jdk.OSInformation",
        "jdk.GCConfiguration");
  }
}
