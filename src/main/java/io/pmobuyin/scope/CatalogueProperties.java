package io.pmobuyin.scope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The catalogue and its audit trail as flat {@link Properties}, the richest value SAL plugin
 * settings keep: {@code format}, {@code count}, then {@code <n>.id}, {@code <n>.name}… for each
 * entry. A {@code format} number lets a later version read what this one wrote.
 */
public final class CatalogueProperties {

  public static final String FORMAT = "1";

  /** The audit trail keeps this many changes; older ones are dropped. */
  public static final int CHANGES_KEPT = 200;

  private CatalogueProperties() {}

  public static Properties write(ServiceCatalogue catalogue) {
    Properties properties = header(catalogue.entries().size());
    for (int i = 0; i < catalogue.entries().size(); i++) {
      entry(properties, i + ".", catalogue.entries().get(i));
    }
    return properties;
  }

  /** The catalogue these properties hold; empty for none. Fails on a format it does not know. */
  public static ServiceCatalogue readCatalogue(Properties properties) {
    if (properties == null || properties.isEmpty()) {
      return ServiceCatalogue.empty();
    }
    requireFormat(properties);
    List<CatalogueEntry> entries = new ArrayList<>();
    for (int i = 0; i < count(properties); i++) {
      entries.add(entry(properties, i + "."));
    }
    return new ServiceCatalogue(entries);
  }

  /** The trail with {@code change} added first, cut to {@link #CHANGES_KEPT}. */
  public static Properties writeChanges(List<CatalogueChange> older, CatalogueChange change) {
    List<CatalogueChange> changes = new ArrayList<>();
    changes.add(change);
    changes.addAll(older.subList(0, Math.min(older.size(), CHANGES_KEPT - 1)));
    Properties properties = header(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      CatalogueChange c = changes.get(i);
      String prefix = i + ".";
      properties.setProperty(prefix + "actor", c.actor());
      properties.setProperty(prefix + "at", c.at().toString());
      properties.setProperty(prefix + "action", c.action().name());
      if (c.before() != null) {
        entry(properties, prefix + "before.", c.before());
      }
      entry(properties, prefix + "after.", c.after());
    }
    return properties;
  }

  public static List<CatalogueChange> readChanges(Properties properties) {
    List<CatalogueChange> changes = new ArrayList<>();
    if (properties == null || properties.isEmpty()) {
      return changes;
    }
    requireFormat(properties);
    for (int i = 0; i < count(properties); i++) {
      String prefix = i + ".";
      changes.add(
          new CatalogueChange(
              required(properties, prefix + "actor"),
              instant(required(properties, prefix + "at")),
              CatalogueChange.Action.valueOf(required(properties, prefix + "action")),
              properties.containsKey(prefix + "before.id")
                  ? entry(properties, prefix + "before.")
                  : null,
              entry(properties, prefix + "after.")));
    }
    return changes;
  }

  private static Properties header(int count) {
    Properties properties = new Properties();
    properties.setProperty("format", FORMAT);
    properties.setProperty("count", Integer.toString(count));
    return properties;
  }

  private static void entry(Properties properties, String prefix, CatalogueEntry entry) {
    properties.setProperty(prefix + "id", entry.id());
    properties.setProperty(prefix + "name", entry.name());
    properties.setProperty(prefix + "description", entry.description());
    properties.setProperty(prefix + "status", entry.status().name());
    if (entry.department() != null) {
      properties.setProperty(prefix + "department", entry.department());
    }
    properties.setProperty(prefix + "retired", Boolean.toString(entry.retired()));
  }

  private static CatalogueEntry entry(Properties properties, String prefix) {
    return new CatalogueEntry(
        required(properties, prefix + "id"),
        required(properties, prefix + "name"),
        properties.getProperty(prefix + "description", ""),
        ScopeStatus.valueOf(required(properties, prefix + "status")),
        properties.getProperty(prefix + "department"),
        Boolean.parseBoolean(properties.getProperty(prefix + "retired", "false")));
  }

  private static void requireFormat(Properties properties) {
    String format = properties.getProperty("format");
    if (!FORMAT.equals(format)) {
      throw new IllegalStateException(
          "stored catalogue has format " + format + "; this version reads format " + FORMAT);
    }
  }

  private static int count(Properties properties) {
    try {
      return Integer.parseInt(required(properties, "count"));
    } catch (NumberFormatException e) {
      throw new IllegalStateException("stored catalogue has no usable count", e);
    }
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("stored catalogue lacks " + key);
    }
    return value;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("stored catalogue change has no usable time: " + text, e);
    }
  }
}
