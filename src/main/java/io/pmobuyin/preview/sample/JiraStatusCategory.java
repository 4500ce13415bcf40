package io.pmobuyin.preview.sample;

/** Jira's three status categories, with the ids and keys its REST API uses. */
enum JiraStatusCategory {
  TO_DO(2, "new", "blue-gray", "To Do"),
  IN_PROGRESS(4, "indeterminate", "yellow", "In Progress"),
  DONE(3, "done", "green", "Done");

  private final int id;
  private final String key;
  private final String colorName;
  private final String displayName;

  JiraStatusCategory(int id, String key, String colorName, String displayName) {
    this.id = id;
    this.key = key;
    this.colorName = colorName;
    this.displayName = displayName;
  }

  int id() {
    return id;
  }

  String key() {
    return key;
  }

  String colorName() {
    return colorName;
  }

  String displayName() {
    return displayName;
  }
}
