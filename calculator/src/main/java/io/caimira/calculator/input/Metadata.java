package io.caimira.calculator.input;

/** Inputs carried along but not used by the model. */
public record Metadata(String calculatorVersion, String roomNumber, String simulationName, String sensorInUse) {}
