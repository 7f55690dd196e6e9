package io.caimira.cli;

/** Exit codes of every command. */
final class ExitCodes {
  static final int OK = 0;
  /** No calculator implementation, an internal error, the server could not start. */
  static final int FAILURE = 1;
  /** Bad input or bad usage (picocli's usage errors use 2 as well). */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
