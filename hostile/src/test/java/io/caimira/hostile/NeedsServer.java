package io.caimira.hostile;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips the suite, with a notice, when the web calculator is not packaged (e.g. this module run alone). */
public class NeedsServer implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (Server.jar() != null) {
      return SkipResult.doNotSkip();
    }
    String reason = "adversarial suite skipped: " + Server.RUNNER_JAR + " is missing (package the webapp first, "
        + "e.g. ./mvnw -pl hostile -am verify)";
    System.out.println("NOTICE: " + reason);
    return SkipResult.skip(reason);
  }
}
