package io.pmobuyin.preview.cli;

/** A wrong command line; its message is an i18n key and arguments, said to the person as is. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Object[] arguments;

  public UsageException(String messageKey, Object... arguments) {
    super(messageKey);
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
