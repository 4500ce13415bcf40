package io.pmobuyin.mining.record;

/** Jira's status categories; {@code UNKNOWN} where neither the data nor the table says. */
public enum StatusCategory {
  TO_DO,
  IN_PROGRESS,
  DONE,
  UNKNOWN;

  /** From Jira's REST key: {@code new}, {@code indeterminate}, {@code done}. */
  public static StatusCategory fromJiraKey(String key) {
    if (key == null) {
      return UNKNOWN;
    }
    return switch (key) {
      case "new" -> TO_DO;
      case "indeterminate" -> IN_PROGRESS;
      case "done" -> DONE;
      default -> UNKNOWN;
    };
  }
}
