package io.caimira.adapter;

import io.caimira.calculator.CalculatorService;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the {@link CalculatorService} implementation through {@link ServiceLoader}: the calculator module registers
 * it in {@code META-INF/services/io.caimira.calculator.CalculatorService}. When none (or a broken one) is found, the
 * result says why instead of throwing, so that a server can still start and report itself not ready.
 */
public final class CalculatorLookup {
  private final CalculatorService service;
  private final String problem;

  private CalculatorLookup(CalculatorService service, String problem) {
    this.service = service;
    this.problem = problem;
  }

  /** Looks up with the context class loader (what Quarkus and plain java -jar both set up). */
  public static CalculatorLookup load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : CalculatorLookup.class.getClassLoader());
  }

  /** Looks up in the given class loader. The first registered implementation wins; the others are named. */
  public static CalculatorLookup load(ClassLoader loader) {
    List<CalculatorService> found;
    try {
      found = ServiceLoader.load(CalculatorService.class, loader).stream()
          .map(ServiceLoader.Provider::get)
          .collect(Collectors.toList());
    } catch (ServiceConfigurationError e) {
      String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
      return new CalculatorLookup(null, "The calculator implementation could not be loaded: " + e.getMessage() + cause);
    }
    if (found.isEmpty()) {
      return new CalculatorLookup(null, "No calculator implementation found: no class is registered in "
          + "META-INF/services/" + CalculatorService.class.getName() + " on the class path");
    }
    return new CalculatorLookup(found.get(0), null);
  }

  /** An already known implementation (tests, or a framework that provides its own). */
  public static CalculatorLookup of(CalculatorService service) {
    return new CalculatorLookup(service, null);
  }

  public Optional<CalculatorService> service() {
    return Optional.ofNullable(service);
  }

  /** Why no implementation is available; null when one is. */
  public String problem() {
    return problem;
  }

  /** The implementation class name, or null. */
  public String implementationName() {
    return service == null ? null : service.getClass().getName();
  }
}
