package io.pmobuyin.preview.sample;

/** Resolutions with Jira's default ids; the last five are the "not done" set the patterns read. */
enum JiraResolution {
  DONE("10000", "Done"),
  FIXED("1", "Fixed"),
  WONT_DO("10001", "Won't Do"),
  WONT_FIX("2", "Won't Fix"),
  CANNOT_REPRODUCE("5", "Cannot Reproduce"),
  OBSOLETE("10002", "Obsolete"),
  INCOMPLETE("4", "Incomplete");

  private final String id;
  private final String displayName;

  JiraResolution(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }
}
