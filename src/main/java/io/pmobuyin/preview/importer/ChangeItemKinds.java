package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.record.ChangeField;
import java.util.HashMap;
import java.util.Map;

/**
 * What a changelog item's field is, by its name ({@code field}) or id ({@code fieldId}), and
 * whether it holds people. An export repeats a few dozen field names millions of times, so each is
 * worked out (lower-cased, looked up) once; {@link RoleAnswers} keeps whether it is a person's.
 */
final class ChangeItemKinds {

  /** Beyond this many distinct names the data is odd; start over rather than grow. */
  private static final int MAX_REMEMBERED = 10_000;

  private final RoleAnswers roles;
  private final Map<String, ChangeField> fields = new HashMap<>();

  ChangeItemKinds(RoleAnswers roles) {
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
    return field(field, fieldId) == ChangeField.ASSIGNEE
        || roles.isPerson(field)
        || roles.isPerson(fieldId);
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

  private static void remember(Map<String, ChangeField> map, String name, ChangeField value) {
    if (map.size() >= MAX_REMEMBERED) {
      map.clear();
    }
    map.put(name, value);
  }
}
