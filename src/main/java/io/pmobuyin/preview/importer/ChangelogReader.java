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
import io.pmobuyin.mining.source.ChangeValues;
import io.pmobuyin.mining.source.HistoryEntryEvents;
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

  /**
   * One changelog item before its history's time is known (items may precede "created"); {@code
   * kept} is null when both kinds of value were read because the field was not yet known.
   */
  private record Item(
      String field,
      String fieldId,
      ChangeValues kept,
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
    HistoryEntryEvents entry = new HistoryEntryEvents(changes);
    for (Item item : items) {
      entry.add(event(at, item));
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
      ChangeValues keep = null;
      boolean decided = false;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        switch (name) {
          case "field" -> field = text(p, d, "items.field");
          case "fieldId" -> fieldId = text(p, d, "items.fieldId");
          case "fieldtype" -> p.skipChildren();
          default -> {
            if (!decided) {
              keep = valuesToKeep(field, fieldId);
              decided = true;
            }
            boolean ids = keep == null || keep.keepsIds();
            boolean texts = keep == null || keep.keepsTexts();
            switch (name) {
              case "from" -> from = ids ? idText(p, d, "items.from") : skip(p);
              case "to" -> to = ids ? idText(p, d, "items.to") : skip(p);
              case "fromString" -> fromString = texts ? text(p, d, "items.fromString") : skip(p);
              case "toString" -> toString = texts ? text(p, d, "items.toString") : skip(p);
              default -> p.skipChildren();
            }
          }
        }
      }
      items.add(new Item(field, fieldId, keep, from, fromString, to, toString));
    }
    return items;
  }

  /**
   * Decided once, at the item's first value: Jira writes {@code field} (and {@code fieldId}) before
   * the values; where a value comes first, both kinds are read (null).
   */
  private ChangeValues valuesToKeep(String field, String fieldId) {
    if (field == null && fieldId == null) {
      return null;
    }
    return ChangeValues.keptFor(kinds.field(field, fieldId), kinds.isPerson(field, fieldId));
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private ChangeEvent event(Instant at, Item item) {
    ChangeField field = kinds.field(item.field(), item.fieldId());
    ChangeValues kept =
        item.kept() != null
            ? item.kept()
            : ChangeValues.keptFor(field, kinds.isPerson(item.field(), item.fieldId()));
    return kept.event(at, field, item.from(), item.fromText(), item.to(), item.toText());
  }
}
