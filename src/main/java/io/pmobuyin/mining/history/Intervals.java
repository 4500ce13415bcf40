package io.pmobuyin.mining.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Time covered by a set of possibly overlapping intervals, each counted once. */
final class Intervals {

  private final List<Instant[]> spans = new ArrayList<>();

  void add(Instant start, Instant end) {
    if (start != null && end != null && end.isAfter(start)) {
      spans.add(new Instant[] {start, end});
    }
  }

  Duration covered() {
    spans.sort(Comparator.comparing(span -> span[0]));
    Duration total = Duration.ZERO;
    Instant coveredUntil = Instant.MIN;
    for (Instant[] span : spans) {
      Instant start = span[0].isAfter(coveredUntil) ? span[0] : coveredUntil;
      if (span[1].isAfter(start)) {
        total = total.plus(Duration.between(start, span[1]));
        coveredUntil = span[1];
      }
    }
    return total;
  }
}
