package io.pmobuyin.jira.rest;

/**
 * A subscription as the admin page sends it: {@code audience} is {@code group} or {@code sponsors};
 * {@code cadence} is {@code weekly}, {@code monthly} or {@code after-run}; {@code weekday}
 * (MONDAY…SUNDAY), {@code day} (1–31) and {@code hour} (0–23) as the cadence needs them.
 */
public record DigestFormDto(
    String audience, String group, String cadence, String weekday, String day, String hour) {}
