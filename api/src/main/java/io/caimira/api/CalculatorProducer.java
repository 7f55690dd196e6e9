package io.caimira.api;

import io.caimira.adapter.CalculatorLookup;
import io.caimira.calculator.CalculatorService;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Provides the {@link CalculatorService}: the implementation registered through {@link java.util.ServiceLoader}
 * (META-INF/services, see {@link CalculatorLookup}), else a stand-in that answers 503 and makes readiness fail.
 * Created at start-up, so a missing implementation is logged at once. A {@link DefaultBean}: any other CalculatorService bean (e.g. a CDI bean of the calculator module) replaces it.
 */
public class CalculatorProducer {
  private static final Logger LOG = Logger.getLogger(CalculatorProducer.class);

  @Produces
  @Singleton
  @DefaultBean
  @Startup
  CalculatorService calculator() {
    CalculatorLookup lookup = CalculatorLookup.load();
    if (lookup.service().isPresent()) {
      LOG.infof("Calculator implementation: %s", lookup.implementationName());
      return lookup.service().get();
    }
    LOG.error(lookup.problem());
    return new UnavailableCalculator(lookup.problem());
  }
}
