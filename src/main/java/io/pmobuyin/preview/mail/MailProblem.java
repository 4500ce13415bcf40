package io.pmobuyin.preview.mail;

/**
 * A message that could not be sent or an address that is no address: an i18n key and its arguments,
 * said to the person as they are.
 */
public final class MailProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Object[] arguments;

  public MailProblem(String messageKey, Object... arguments) {
    super(messageKey);
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
