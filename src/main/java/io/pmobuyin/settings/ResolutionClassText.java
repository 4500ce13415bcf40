package io.pmobuyin.settings;

import io.pmobuyin.mining.record.ResolutionClass;
import java.util.Locale;
import java.util.Optional;

/** How settings write a resolution's class, and the spellings they accept. */
final class ResolutionClassText {

  private ResolutionClassText() {}

  static String of(ResolutionClass kind) {
    return switch (kind) {
      case DONE -> "done";
      case NOT_DONE -> "not-done";
      case DUPLICATE -> "duplicate";
    };
  }

  static Optional<ResolutionClass> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "done" -> Optional.of(ResolutionClass.DONE);
      case "not-done", "notdone", "not done" -> Optional.of(ResolutionClass.NOT_DONE);
      case "duplicate" -> Optional.of(ResolutionClass.DUPLICATE);
      default -> Optional.empty();
    };
  }
}
