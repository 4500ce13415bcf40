package io.pmobuyin.mining;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A table from names (statuses, resolutions) to a value, compared without case: built-in defaults
 * with an admin's overrides on top. The overrides are kept as the admin wrote them, so that
 * settings can store them again.
 */
final class NamedValues<V> {

  private final Map<String, V> defaults;
  private final Map<String, V> overridesByLowerName;
  private final Map<String, V> overrides;

  NamedValues(Map<String, V> defaults) {
    this(lowerKeys(defaults), Map.of());
  }

  private NamedValues(Map<String, V> defaults, Map<String, V> overrides) {
    this.defaults = Map.copyOf(defaults);
    this.overrides = Map.copyOf(overrides);
    this.overridesByLowerName = lowerKeys(overrides);
  }

  /** These values win over the defaults and over earlier overrides of the same name in any case. */
  NamedValues<V> with(Map<String, V> more) {
    Map<String, V> written = new LinkedHashMap<>(overrides);
    more.forEach(
        (name, value) -> {
          written.keySet().removeIf(earlier -> lower(earlier).equals(lower(name)));
          written.put(name.trim(), value);
        });
    return new NamedValues<>(defaults, written);
  }

  Map<String, V> overrides() {
    return overrides;
  }

  /** The value of a name, or null when neither the defaults nor the overrides know it. */
  V get(String name) {
    V set = override(name);
    return set != null || name == null ? set : defaults.get(lower(name));
  }

  /** The admin's value of a name, or null when the admin set none. */
  V override(String name) {
    return name == null ? null : overridesByLowerName.get(lower(name));
  }

  /** The built-in value of a name, or null. */
  V builtIn(String name) {
    return name == null ? null : defaults.get(lower(name));
  }

  static String lower(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static <V> Map<String, V> lowerKeys(Map<String, V> values) {
    Map<String, V> lowered = new HashMap<>();
    values.forEach((name, value) -> lowered.put(lower(name), value));
    return Map.copyOf(lowered);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedValues<?> that && overrides.equals(that.overrides);
  }

  @Override
  public int hashCode() {
    return overrides.hashCode();
  }
}
