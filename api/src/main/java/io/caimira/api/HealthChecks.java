package io.caimira.api;

import io.caimira.calculator.CalculatorService;
import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** /q/health/live: the process answers. /q/health/ready: a calculator implementation is available. */
@ApplicationScoped
public class HealthChecks {

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.up("alive");
  }

  @Produces
  @Readiness
  HealthCheck calculator(CalculatorService calculator) {
    return () -> readiness(calculator);
  }

  static HealthCheckResponse readiness(CalculatorService calculator) {
    Object target = ClientProxy.unwrap(calculator);
    if (target instanceof UnavailableCalculator) {
      return HealthCheckResponse.named("calculator").down()
          .withData("problem", ((UnavailableCalculator) target).problem()).build();
    }
    return HealthCheckResponse.named("calculator").up()
        .withData("implementation", target.getClass().getName()).build();
  }
}
