package io.pmobuyin.mining.record;

import java.util.List;
import java.util.Objects;

/** A closed project: who leads it (opaque id), its category and versions. */
public record ProjectRecord(
    String key,
    String name,
    String category,
    String leadId,
    boolean archived,
    List<VersionRecord> versions) {

  public ProjectRecord {
    Objects.requireNonNull(key, "key");
    name = name == null ? key : name;
    versions = List.copyOf(versions);
  }

  public static ProjectRecord named(String key, String name) {
    return new ProjectRecord(key, name, null, null, false, List.of());
  }
}
