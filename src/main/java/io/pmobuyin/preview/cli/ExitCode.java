package io.pmobuyin.preview.cli;

/** The command line's documented exit codes. */
public enum ExitCode {
  /** Done; problems with single files or issues, if any, were reported. */
  OK(0),
  /** Nothing usable was read from the input. */
  NOTHING_USABLE(1),
  /** The command line was wrong: unknown command or option, missing value. */
  USAGE(2),
  /** A file could not be read or written (input missing, output not writable, bad config file). */
  FILE_PROBLEM(3),
  /** A fault in the app itself; the message says what, never with a stack trace. */
  UNEXPECTED(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
