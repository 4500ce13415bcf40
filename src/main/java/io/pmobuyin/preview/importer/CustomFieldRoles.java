package io.pmobuyin.preview.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which keys of an issue's {@code fields} are the custom fields the engine reads. Custom fields
 * appear under instance-specific ids ({@code customfield_10020}); the export's {@code names} map
 * says which display name each id has, and the options name the fields by id or display name.
 */
final class CustomFieldRoles {

  private static final Set<String> SYSTEM_PERSON_FIELDS = Set.of("assignee", "reporter", "creator");

  private final Map<String, CustomFieldRole> byKey;
  private final Set<String> personFields;

  private CustomFieldRoles(Map<String, CustomFieldRole> byKey, Set<String> personFields) {
    this.byKey = byKey;
    this.personFields = personFields;
  }

  /**
   * @param names the export's field id to display name map; empty if it has none
   */
  static CustomFieldRoles resolve(ImportOptions options, Map<String, String> names) {
    Map<String, CustomFieldRole> byName = new HashMap<>();
    addNormalised(byName, options.sprintFields(), CustomFieldRole.SPRINT);
    addNormalised(byName, options.flaggedFields(), CustomFieldRole.FLAGGED);
    addNormalised(byName, options.pmoScopeFields(), CustomFieldRole.PMO_SCOPE);
    addNormalised(byName, options.sponsorFields(), CustomFieldRole.SPONSOR);

    Map<String, CustomFieldRole> byKey = new HashMap<>();
    names.forEach(
        (id, displayName) -> {
          CustomFieldRole role = byName.get(normal(displayName));
          if (role != null) {
            byKey.put(id, role);
          }
        });
    // A configured id wins over a display name that happens to match another role.
    addAll(byKey, options.sprintFields(), CustomFieldRole.SPRINT);
    addAll(byKey, options.flaggedFields(), CustomFieldRole.FLAGGED);
    addAll(byKey, options.pmoScopeFields(), CustomFieldRole.PMO_SCOPE);
    addAll(byKey, options.sponsorFields(), CustomFieldRole.SPONSOR);

    Set<String> personFields = new HashSet<>(SYSTEM_PERSON_FIELDS);
    byName.forEach(
        (name, role) -> {
          if (role == CustomFieldRole.SPONSOR) {
            personFields.add(name);
          }
        });
    byKey.forEach(
        (key, role) -> {
          if (role == CustomFieldRole.SPONSOR) {
            personFields.add(normal(key));
            String displayName = names.get(key);
            if (displayName != null) {
              personFields.add(normal(displayName));
            }
          }
        });
    return new CustomFieldRoles(Map.copyOf(byKey), Set.copyOf(personFields));
  }

  /** The role of a key of {@code fields}; null if the engine does not read it. */
  CustomFieldRole roleOf(String fieldKey) {
    return byKey.get(fieldKey);
  }

  /**
   * Whether a changelog item's field (display name or id) holds a person, whose display strings
   * must not be kept.
   */
  boolean isPerson(String fieldNameOrId) {
    return fieldNameOrId != null && personFields.contains(normal(fieldNameOrId));
  }

  private static void addAll(
      Map<String, CustomFieldRole> map, List<String> keys, CustomFieldRole role) {
    for (String key : keys) {
      map.put(key, role);
    }
  }

  private static void addNormalised(
      Map<String, CustomFieldRole> map, List<String> names, CustomFieldRole role) {
    for (String name : names) {
      map.put(normal(name), role);
    }
  }

  private static String normal(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
