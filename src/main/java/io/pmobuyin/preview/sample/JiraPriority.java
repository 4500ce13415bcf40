package io.pmobuyin.preview.sample;

/** Jira's default priorities, highest first, with their default ids. */
enum JiraPriority {
  HIGHEST("1", "Highest"),
  HIGH("2", "High"),
  MEDIUM("3", "Medium"),
  LOW("4", "Low"),
  LOWEST("5", "Lowest");

  private final String id;
  private final String displayName;

  JiraPriority(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  /** {@code steps} levels more urgent, stopping at Highest. */
  JiraPriority raisedBy(int steps) {
    return values()[Math.max(0, ordinal() - steps)];
  }
}
