package io.pmobuyin.preview.sample;

import java.time.LocalDate;

/**
 * A fix version: its release date, the moment it was (or would have been) released, and whether it
 * was. Unreleased work is moved to the next version at release, as Jira's release dialog does.
 */
record VersionSpec(long id, String name, LocalDate releaseDate, long releaseAt, boolean released) {}
