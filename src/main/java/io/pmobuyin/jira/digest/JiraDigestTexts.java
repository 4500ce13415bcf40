package io.pmobuyin.jira.digest;

import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.jira.gadget.JiraTexts;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.run.digest.TextsByLocale;
import java.util.Locale;

/** The app's words for a message, from Jira's i18n resolver, with numbers in the given locale. */
public class JiraDigestTexts implements TextsByLocale {

  private final I18nResolver i18n;

  public JiraDigestTexts(I18nResolver i18n) {
    this.i18n = i18n;
  }

  @Override
  public Texts in(Locale locale) {
    return new JiraTexts(i18n, locale);
  }
}
