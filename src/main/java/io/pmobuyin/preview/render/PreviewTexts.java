package io.pmobuyin.preview.render;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.view.common.Texts;
import java.util.Locale;

/** The gadgets' words outside Jira, from the same bundle Jira reads. */
public final class PreviewTexts implements Texts {

  private final Messages messages;
  private final Locale locale;

  public PreviewTexts(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  @Override
  public String text(String key, Object... arguments) {
    return messages.text(key, arguments);
  }

  @Override
  public Locale locale() {
    return locale;
  }
}
