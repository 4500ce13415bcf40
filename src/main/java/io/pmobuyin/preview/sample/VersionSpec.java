package io.pmobuyin.preview.sample;

import java.time.LocalDate;

/**
 * A fix version: its start and release dates, the moment it was (or would have been) released, and
 * whether it was. Unreleased work is moved to the next version at release, as Jira's release dialog
 * does.
 *
 * @param startDate when work on it was planned to begin: the day after the previous release, and
 *     for the first version the end of the project's baseline (the scope known from the outset)
 */
record VersionSpec(
    long id,
    String name,
    LocalDate startDate,
    LocalDate releaseDate,
    long releaseAt,
    boolean released) {}
