package io.pmobuyin.settings;

import io.pmobuyin.mining.record.StatusCategory;
import java.util.Locale;
import java.util.Optional;

/** How settings write a status category, and the spellings they accept (Jira's keys too). */
final class StatusCategoryText {

  private StatusCategoryText() {}

  static String of(StatusCategory category) {
    return switch (category) {
      case TO_DO -> "to-do";
      case IN_PROGRESS -> "in-progress";
      case DONE -> "done";
      case UNKNOWN -> throw new IllegalArgumentException("an unknown category is never set");
    };
  }

  static Optional<StatusCategory> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "to-do", "todo", "new" -> Optional.of(StatusCategory.TO_DO);
      case "in-progress", "indeterminate" -> Optional.of(StatusCategory.IN_PROGRESS);
      case "done" -> Optional.of(StatusCategory.DONE);
      default -> Optional.empty();
    };
  }
}
