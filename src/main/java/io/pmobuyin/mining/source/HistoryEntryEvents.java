package io.pmobuyin.mining.source;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import java.util.List;

/**
 * Adds the events of one history entry (one save of an issue, many items) to an issue's history.
 * Changes to fields the engine does not read only tell that something moved at that time, so the
 * first of them stands for all in the entry: a save that touched thirty such fields adds one event.
 */
public final class HistoryEntryEvents {

  private final List<ChangeEvent> history;
  private boolean otherTold;

  /**
   * @param history where the entry's events go; one instance per entry
   */
  public HistoryEntryEvents(List<ChangeEvent> history) {
    this.history = history;
  }

  public void add(ChangeEvent event) {
    if (event.field() == ChangeField.OTHER) {
      if (otherTold) {
        return;
      }
      otherTold = true;
    }
    history.add(event);
  }
}
