package io.pmobuyin.report;

import io.pmobuyin.value.ValueRates;
import java.time.LocalDate;

/** The settings a report was made with, so a reader can tell how its numbers came about. */
public record ReportSettings(LocalDate pmoStart, String zone, ValueRates rates) {}
