package io.caimira.cli;

/** A command's input cannot be used (unreadable, malformed, of the wrong kind): exit code 2 with its message. */
final class BadInput extends Exception {
  BadInput(String message) {
    super(message);
  }
}
