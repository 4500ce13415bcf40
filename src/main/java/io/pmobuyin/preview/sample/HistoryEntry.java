package io.pmobuyin.preview.sample;

import java.util.List;

/** One changelog history: who changed what, when (epoch seconds), in one or more items. */
record HistoryEntry(long id, int author, long created, List<HistoryItem> items) {

  HistoryEntry {
    items = List.copyOf(items);
  }
}
