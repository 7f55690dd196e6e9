package io.caimira.webapp.compare;

import java.util.List;

/**
 * One column of the comparison.
 *
 * @param number 1 to 4
 * @param code the scenario's compressed inputs (its {@code c} value)
 * @param name the simulation name
 * @param probInf mean probability of infection of the first group [%]
 * @param probInfText the same, formatted
 * @param expectedNewCases expected new cases of the first group
 * @param expectedNewCasesText the same, formatted
 * @param keyInputs the key inputs, in the order of {@link KeyInputs#LABELS}
 * @param peakText the highest mean concentration and its time, formatted
 * @param points the mean concentration curve as JSON [[hour, IRP/m³], …]
 */
public record ComparedScenario(int number, String code, String name, double probInf, String probInfText,
    double expectedNewCases, String expectedNewCasesText, List<String> keyInputs, String peakText, String points) {}
