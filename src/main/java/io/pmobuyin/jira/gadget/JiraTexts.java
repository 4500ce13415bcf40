package io.pmobuyin.jira.gadget;

import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.report.view.common.Texts;
import java.io.Serializable;
import java.util.Locale;

/**
 * The gadgets' words inside Jira: Jira's i18n resolver for messages, the request's locale for
 * numbers. The views pass their arguments already formatted, as strings.
 */
public final class JiraTexts implements Texts {

  private final I18nResolver i18n;
  private final Locale locale;

  public JiraTexts(I18nResolver i18n, Locale locale) {
    this.i18n = i18n;
    this.locale = locale == null ? Locale.ENGLISH : locale;
  }

  @Override
  public String text(String key, Object... arguments) {
    if (arguments.length == 0) {
      return i18n.getText(key);
    }
    Serializable[] values = new Serializable[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      values[i] = argument instanceof Serializable s ? s : String.valueOf(argument);
    }
    return i18n.getText(key, values);
  }

  @Override
  public Locale locale() {
    return locale;
  }
}
