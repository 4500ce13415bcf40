package io.pmobuyin.mining.source;

import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import java.time.Instant;

/**
 * Which of a change item's values the engine keeps, the same for every source (an export, Jira's
 * own API). A history item carries ids ({@code from}/{@code to}: a status id, a user key) and
 * display strings (a status name, a person's name); this is where the blame-free rule for histories
 * lives.
 */
public enum ChangeValues {
  /** The ids only: for the assignee, whose display strings are names. */
  IDS,
  /** The display strings only: for the fields the engine compares by name. */
  TEXTS,
  /** Neither: the change's time is all that counts. */
  NONE;

  /**
   * The assignee keeps its ids (user keys or account ids), never names; fields the engine does not
   * read, and any other field holding people, keep nothing; the rest keep their display strings.
   *
   * @param person whether the item's field holds people (a user-picker custom field, the reporter)
   */
  public static ChangeValues keptFor(ChangeField field, boolean person) {
    if (field == ChangeField.ASSIGNEE) {
      return IDS;
    }
    if (field == ChangeField.OTHER || person) {
      return NONE;
    }
    return TEXTS;
  }

  public boolean keepsIds() {
    return this == IDS;
  }

  public boolean keepsTexts() {
    return this == TEXTS;
  }

  /** The event for an item read in full; the values this kind does not keep are dropped here. */
  public ChangeEvent event(
      Instant at, ChangeField field, String from, String fromText, String to, String toText) {
    return switch (this) {
      case IDS -> new ChangeEvent(at, field, from, to);
      case TEXTS -> new ChangeEvent(at, field, fromText, toText);
      case NONE -> new ChangeEvent(at, field, null, null);
    };
  }
}
