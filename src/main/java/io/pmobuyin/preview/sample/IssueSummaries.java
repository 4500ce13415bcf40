package io.pmobuyin.preview.sample;

import java.util.List;

/** Plausible, neutral issue summaries: a phrase for the issue type around a theme's subject. */
final class IssueSummaries {

  private static final List<String> STORY =
      List.of(
          "Support %s", "Improve %s", "Allow editing of %s", "Show status of %s", "Redesign %s");
  private static final List<String> TASK =
      List.of("Set up %s", "Migrate %s", "Document %s", "Configure %s", "Review %s");
  private static final List<String> BUG =
      List.of(
          "Error when saving %s",
          "Wrong totals in %s", "Timeout loading %s", "Broken layout in %s", "Missing data in %s");
  private static final List<String> SUBTASK =
      List.of("Write tests for %s", "Update docs for %s", "Implement %s backend", "Polish %s UI");
  private static final List<String> EPIC = List.of("%s overhaul", "%s phase 1", "%s phase 2");

  private IssueSummaries() {}

  static String summary(ProjectTheme theme, JiraIssueType type, Dice dice) {
    String subject = dice.pick(theme.subjects());
    String phrase = dice.pick(phrases(type)).replace("%s", subject);
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  private static List<String> phrases(JiraIssueType type) {
    return switch (type) {
      case STORY -> STORY;
      case TASK -> TASK;
      case BUG -> BUG;
      case SUBTASK -> SUBTASK;
      case EPIC -> EPIC;
    };
  }
}
