package io.pmobuyin.mining.history;

import java.time.Instant;

/**
 * An issue planned into a fix version: which, and when it was put there (its creation, when the
 * version was there from the start).
 */
public record VersionPlan(String version, Instant plannedAt) {}
