package io.pmobuyin.report.view.common;

import io.pmobuyin.report.analysis.Verdict;
import java.util.Locale;

/**
 * The app's messages in the reader's language: Jira's i18n resolver inside Jira, the bundled
 * properties in the preview. Views take every word they show from here.
 */
public interface Texts {

  /** The message for the key, with {@code {0}}, {@code {1}}… filled in. */
  String text(String key, Object... arguments);

  /** The reader's locale, for numbers and dates. */
  Locale locale();

  /** Symbol and word, e.g. "✓ Improved". */
  default String verdict(Verdict verdict) {
    return verdict.symbol() + " " + text(verdict.messageKey());
  }
}
