package io.pmobuyin.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the report's data was mined, and a date that helps an admin choose the PMO start.
 *
 * @param minedAt when the mining run made the report
 * @param firstScopeUse the day the first issue carrying a PMO Scope was created; null if none did
 */
public record ReportDates(Instant minedAt, LocalDate firstScopeUse) {}
