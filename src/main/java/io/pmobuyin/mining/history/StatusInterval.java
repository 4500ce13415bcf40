package io.pmobuyin.mining.history;

import io.pmobuyin.mining.record.StatusCategory;
import java.time.Duration;
import java.time.Instant;

/** The issue sat in one status from {@code start} until {@code end}. */
public record StatusInterval(String status, StatusCategory category, Instant start, Instant end) {

  public Duration length() {
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }
}
