package io.pmobuyin.report.view.leaders;

/**
 * One active project with the people to work with on it. Rows go by project name: people are never
 * ranked.
 *
 * @param lead the project lead's name, or a "nobody set" text
 * @param sponsor the sponsor's name, or a "no sponsor yet" text
 */
public record LeaderRow(
    String project,
    String key,
    String category,
    String lead,
    boolean leadInactive,
    String sponsor,
    boolean sponsorMissing,
    boolean sponsorInactive,
    String exposure) {}
