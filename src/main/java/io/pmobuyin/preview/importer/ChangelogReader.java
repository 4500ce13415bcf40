package io.pmobuyin.preview.importer;

import static io.pmobuyin.preview.importer.JsonFieldValues.idText;
import static io.pmobuyin.preview.importer.JsonFieldValues.instant;
import static io.pmobuyin.preview.importer.JsonFieldValues.startsArray;
import static io.pmobuyin.preview.importer.JsonFieldValues.startsObject;
import static io.pmobuyin.preview.importer.JsonFieldValues.text;
import static io.pmobuyin.preview.importer.JsonFieldValues.wholeNumber;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmobuyin.mining.record.ChangeEvent;
import io.pmobuyin.mining.record.ChangeField;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an issue's {@code changelog}: every item of every history becomes one {@link ChangeEvent}
 * at the history's time. A fix-version move stays two events, a removal and an addition; the engine
 * pairs them. The history may be cut short; the total and the number given are kept as they are.
 */
final class ChangelogReader {

  /** One changelog item before its history's time is known (items may precede "created"). */
  private record Item(
      String field,
      String fieldId,
      ItemValues kept,
      String from,
      String fromText,
      String to,
      String toText) {}

  private final JiraTimestamps timestamps;
  private final ChangeItemKinds kinds;

  ChangelogReader(JiraTimestamps timestamps, RoleAnswers roles) {
    this.timestamps = timestamps;
    this.kinds = new ChangeItemKinds(roles);
  }

  void read(JsonParser p, IssueDraft d) throws IOException {
    if (!startsObject(p, d, "changelog")) {
      return;
    }
    Long total = null;
    int given = 0;
    List<ChangeEvent> changes = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "total" -> total = wholeNumber(p, d, "changelog.total");
        // The issue endpoint says "histories"; the paged changelog endpoint says "values".
        case "histories", "values" -> {
          if (startsArray(p, d, "changelog." + name)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              history(p, d, changes);
              given++;
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    d.changes = changes;
    d.changelogGiven = given;
    d.changelogTotal = total == null ? given : (int) Math.min(Integer.MAX_VALUE, total);
  }

  private void history(JsonParser p, IssueDraft d, List<ChangeEvent> changes) throws IOException {
    if (!startsObject(p, d, "changelog.histories")) {
      return;
    }
    Instant at = null;
    List<Item> items = List.of();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "created" -> at = instant(p, d, "changelog.histories.created", timestamps);
        case "items" -> items = items(p, d);
        default -> p.skipChildren();
      }
    }
    if (at == null) {
      if (!items.isEmpty()) {
        d.malformed("a change history has no 'created' time");
      }
      return;
    }
    // Changes to fields the engine does not read only tell that something moved at that time:
    // one such event per history entry says it.
    boolean otherTold = false;
    for (Item item : items) {
      ChangeEvent event = event(at, item);
      if (event.field() == ChangeField.OTHER) {
        if (otherTold) {
          continue;
        }
        otherTold = true;
      }
      changes.add(event);
    }
  }

  private List<Item> items(JsonParser p, IssueDraft d) throws IOException {
    if (!startsArray(p, d, "changelog.histories.items")) {
      return List.of();
    }
    List<Item> items = new ArrayList<>(2);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!startsObject(p, d, "changelog.histories.items")) {
        continue;
      }
      String field = null;
      String fieldId = null;
      String from = null;
      String fromString = null;
      String to = null;
      String toString = null;
      ItemValues keep = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        switch (name) {
          case "field" -> field = text(p, d, "items.field");
          case "fieldId" -> fieldId = text(p, d, "items.fieldId");
          case "fieldtype" -> p.skipChildren();
          default -> {
            if (keep == null) {
              keep = valuesToKeep(field, fieldId);
            }
            switch (name) {
              case "from" -> from = keep.ids ? idText(p, d, "items.from") : skip(p);
              case "to" -> to = keep.ids ? idText(p, d, "items.to") : skip(p);
              case "fromString" ->
                  fromString = keep.texts ? text(p, d, "items.fromString") : skip(p);
              case "toString" -> toString = keep.texts ? text(p, d, "items.toString") : skip(p);
              default -> p.skipChildren();
            }
          }
        }
      }
      items.add(new Item(field, fieldId, keep, from, fromString, to, toString));
    }
    return items;
  }

  /** Which of an item's values are decoded; the rest are skipped unread. */
  private enum ItemValues {
    IDS(true, false),
    TEXTS(false, true),
    BOTH(true, true),
    NONE(false, false);

    final boolean ids;
    final boolean texts;

    ItemValues(boolean ids, boolean texts) {
      this.ids = ids;
      this.texts = texts;
    }
  }

  /**
   * Decided once, at the item's first value. Jira writes {@code field} (and {@code fieldId}) before
   * the values; where a value comes first, both kinds are read. People keep their ids, never their
   * names; fields the engine does not read keep nothing, since only the change's time matters.
   */
  private ItemValues valuesToKeep(String field, String fieldId) {
    if (field == null && fieldId == null) {
      return ItemValues.BOTH;
    }
    ChangeField known = kinds.field(field, fieldId);
    if (known == ChangeField.ASSIGNEE) {
      return ItemValues.IDS;
    }
    if (known == ChangeField.OTHER || kinds.isPerson(field, fieldId)) {
      return ItemValues.NONE;
    }
    return ItemValues.TEXTS;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  /**
   * The assignee keeps its ids (account ids or user keys), never the display strings, which are
   * names; the fields the engine compares keep their display strings; the rest keep only the time.
   */
  private ChangeEvent event(Instant at, Item item) {
    ChangeField field = kinds.field(item.field(), item.fieldId());
    ItemValues kept =
        item.kept() == null || item.kept() == ItemValues.BOTH
            ? valuesToKeep(item.field(), item.fieldId())
            : item.kept();
    return switch (kept) {
      case IDS -> new ChangeEvent(at, field, item.from(), item.to());
      case TEXTS -> new ChangeEvent(at, field, item.fromText(), item.toText());
      default -> new ChangeEvent(at, field, null, null);
    };
  }
}
