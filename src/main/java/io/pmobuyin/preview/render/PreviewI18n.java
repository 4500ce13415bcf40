package io.pmobuyin.preview.render;

import io.pmobuyin.preview.i18n.Messages;

/**
 * {@code $i18n} in templates outside Jira: the same {@code getText(key)} that Jira's i18n resolver
 * offers templates inside.
 */
public final class PreviewI18n {

  private final Messages messages;

  public PreviewI18n(Messages messages) {
    this.messages = messages;
  }

  public String getText(String key) {
    return messages.text(key);
  }
}
