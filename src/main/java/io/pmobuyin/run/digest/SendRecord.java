package io.pmobuyin.run.digest;

import java.time.Instant;

/**
 * What happened the last time a subscription was due, kept so that a restart does not send again
 * and the admin page can say why nothing went out.
 *
 * @param lastSent when messages were last queued for it; null if never
 * @param lastAttempt when it was last due and tried
 * @param outcomeKey the i18n key that says how that attempt ended
 * @param queued messages queued by that attempt
 * @param skipped recipients left out by it (opted out, inactive, no address, nothing to browse)
 */
public record SendRecord(
    Instant lastSent, Instant lastAttempt, String outcomeKey, int queued, int skipped) {

  public static final SendRecord NEVER = new SendRecord(null, null, null, 0, 0);
}
