package io.pmobuyin.run.digest;

/**
 * How one subscription's turn ended: an i18n key that says so, messages queued, and recipients left
 * out (opted out, inactive, without an address, or with no project of the report to browse).
 */
public record SendResult(String outcomeKey, int queued, int skipped) {

  public static final String SENT = "pmobuyin.digest.outcome.sent";
  public static final String NOBODY = "pmobuyin.digest.outcome.nobody";
  public static final String NO_SERVER = "pmobuyin.digest.outcome.no-server";
  public static final String DISABLED = "pmobuyin.digest.outcome.disabled";
  public static final String NO_REPORT = "pmobuyin.digest.outcome.no-report";
  public static final String NOT_RECEIVABLE = "pmobuyin.digest.outcome.not-receivable";
  public static final String NOTHING_VISIBLE = "pmobuyin.digest.outcome.nothing-visible";
  public static final String FAILED = "pmobuyin.digest.outcome.failed";

  /** Whether the turn counts as done: nothing is retried until the next slot. */
  public boolean done() {
    return SENT.equals(outcomeKey) || NOBODY.equals(outcomeKey) || FAILED.equals(outcomeKey);
  }

  static SendResult mailOff(Outbox.MailState state) {
    return new SendResult(state == Outbox.MailState.DISABLED ? DISABLED : NO_SERVER, 0, 0);
  }
}
