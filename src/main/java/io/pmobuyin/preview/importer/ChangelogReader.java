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
      String field, String fieldId, String from, String fromText, String to, String toText) {}

  private final JiraTimestamps timestamps;
  private final ChangeItemKinds kinds;

  ChangelogReader(JiraTimestamps timestamps, CustomFieldRoles roles) {
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
    for (Item item : items) {
      changes.add(event(at, item));
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
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        switch (name) {
          case "field" -> field = text(p, d, "items.field");
          case "fieldId" -> fieldId = text(p, d, "items.fieldId");
          case "from" -> from = keepsIds(field, fieldId, true) ? idText(p, d, "items.from") : null;
          case "to" -> to = keepsIds(field, fieldId, true) ? idText(p, d, "items.to") : null;
          case "fromString" ->
              fromString = keepsIds(field, fieldId, false) ? null : text(p, d, "items.fromString");
          case "toString" ->
              toString = keepsIds(field, fieldId, false) ? null : text(p, d, "items.toString");
          default -> p.skipChildren();
        }
      }
      items.add(new Item(field, fieldId, from, fromString, to, toString));
    }
    return items;
  }

  /**
   * Whether the item keeps ids rather than display strings. Jira writes {@code field} and {@code
   * fieldId} before the values; once both are known, the values not kept need not be decoded. Until
   * then both kinds are read ({@code undecided}).
   */
  private boolean keepsIds(String field, String fieldId, boolean undecided) {
    if (field == null || fieldId == null) {
      return undecided;
    }
    return kinds.isPerson(field, fieldId);
  }

  /**
   * People keep their ids ({@code from}/{@code to}: account ids or user keys), never the display
   * strings, which are names; every other field keeps the display strings the engine compares.
   */
  private ChangeEvent event(Instant at, Item item) {
    ChangeField field = kinds.field(item.field(), item.fieldId());
    return kinds.isPerson(item.field(), item.fieldId())
        ? new ChangeEvent(at, field, item.from(), item.to())
        : new ChangeEvent(at, field, item.fromText(), item.toText());
  }
}
