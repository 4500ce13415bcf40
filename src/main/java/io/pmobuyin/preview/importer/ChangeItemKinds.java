package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.ChangeField;
import java.util.HashMap;
import java.util.Map;

/**
 * What a changelog item's field is, by its name ({@code field}) or id ({@code fieldId}), and
 * whether it holds people. An export repeats a few dozen field names millions of times, so each is
 * worked out (lower-cased, looked up) once per file.
 */
final class ChangeItemKinds {

  /** Beyond this many distinct names the data is odd; start over rather than grow. */
  private static final int MAX_REMEMBERED = 10_000;

  private final CustomFieldRoles roles;
  private final Map<String, ChangeField> fields = new HashMap<>();
  private final Map<String, Boolean> people = new HashMap<>();

  ChangeItemKinds(CustomFieldRoles roles) {
    this.roles = roles;
  }

  /** The field by its name, else by its id; OTHER if neither is one the engine knows. */
  ChangeField field(String field, String fieldId) {
    ChangeField byName = named(field);
    return byName != ChangeField.OTHER ? byName : named(fieldId);
  }

  /**
   * Whether the item's values are people, whose ids ({@code from}/{@code to}) are kept instead of
   * their display strings (names).
   */
  boolean isPerson(String field, String fieldId) {
    return field(field, fieldId) == ChangeField.ASSIGNEE || person(field) || person(fieldId);
  }

  private ChangeField named(String name) {
    if (name == null) {
      return ChangeField.OTHER;
    }
    ChangeField known = fields.get(name);
    if (known == null) {
      known = ChangeField.named(name);
      remember(fields, name, known);
    }
    return known;
  }

  private boolean person(String name) {
    if (name == null) {
      return false;
    }
    Boolean known = people.get(name);
    if (known == null) {
      known = roles.isPerson(name);
      remember(people, name, known);
    }
    return known;
  }

  private static <V> void remember(Map<String, V> map, String name, V value) {
    if (map.size() >= MAX_REMEMBERED) {
      map.clear();
    }
    map.put(name, value);
  }
}
