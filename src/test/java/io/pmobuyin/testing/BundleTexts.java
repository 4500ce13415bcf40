package io.pmobuyin.testing;

import io.pmobuyin.report.view.common.Texts;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The gadgets' words from the app's bundled English properties, as the preview resolves them. A key
 * the bundle lacks fails the test instead of showing the key, so a typo in a view is caught here.
 */
public final class BundleTexts implements Texts {

  private final Locale locale;

  public BundleTexts(Locale locale) {
    this.locale = locale;
  }

  /** English words and English numbers. */
  public static BundleTexts english() {
    return new BundleTexts(Locale.ENGLISH);
  }

  @Override
  public String text(String key, Object... arguments) {
    String pattern = Reports.bundle().getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message for " + key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  @Override
  public Locale locale() {
    return locale;
  }
}
