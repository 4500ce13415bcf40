package io.pmobuyin.settings;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings as an admin page or a REST body sends them, before they are checked: raw text by key
 * ({@link SettingsKeys}). A key that is absent keeps its current value; a blank value clears a
 * setting that may be empty (PMO start, executive group, a status mapping, a pattern's target,
 * project lists) and is a problem for any other.
 */
public record SettingsForm(Map<String, String> values) {

  public SettingsForm {
    Map<String, String> stripped = new HashMap<>();
    values.forEach((key, value) -> stripped.put(key.strip(), value == null ? "" : value.strip()));
    values = Map.copyOf(stripped);
  }

  public static SettingsForm of(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new SettingsForm(values);
  }
}
