package io.pmobuyin.run;

/** A project picked for the run can no longer be read: deleted or changed since the run began. */
public class ProjectUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  /**
   * @param messageKey the i18n key the error log shows, with the project key as argument
   */
  public ProjectUnavailable(String messageKey, String detail) {
    super(detail);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
