package io.caimira.calculator.report;

import io.caimira.calculator.scenario.Scenario;

/**
 * Builds the alternative scenarios of a report: implemented by the input builder, which alone can rebuild a
 * scenario from modified inputs. The report selects the variants from {@link #description()} with
 * {@link AlternativeScenarios#select} and asks for each one.
 */
public interface ScenarioVariants {

  /** The choices of the input the report's scenario was built from. */
  ScenarioDescription description();

  /**
   * A new Monte-Carlo build of the input modified as {@code variant} says (same sample size; its own seed drawn
   * from the report's, so that a seeded report stays reproducible). Only the first group is used.
   */
  Scenario build(AlternativeScenario variant);
}
