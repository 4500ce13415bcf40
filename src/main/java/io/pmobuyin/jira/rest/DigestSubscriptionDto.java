package io.pmobuyin.jira.rest;

/**
 * One subscription as the admin page shows it: its form values, a sentence saying what it does, and
 * when it sends next and last sent, in the settings' time zone.
 *
 * @param next null for a subscription that waits for the next successful run
 * @param lastSent null if it never sent
 * @param outcome how its last due turn ended, in words; null if it never was due
 */
public record DigestSubscriptionDto(
    String id,
    String audience,
    String group,
    String cadence,
    String weekday,
    Integer day,
    Integer hour,
    String summary,
    String next,
    String lastSent,
    String outcome) {}
