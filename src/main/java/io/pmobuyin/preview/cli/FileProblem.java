package io.pmobuyin.preview.cli;

/** A file that could not be read or written; message key and arguments for the person. */
public final class FileProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Object[] arguments;

  public FileProblem(String messageKey, Object... arguments) {
    super(messageKey);
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
