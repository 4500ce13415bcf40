package io.pmobuyin.testing;

import io.pmobuyin.preview.cli.PortfolioLoading;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.view.GadgetData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The embedded sample portfolio mined as {@code serve --sample} mines it: once per test JVM, since
 * it takes a few seconds.
 */
public final class SampleGadgetData {

  private static GadgetData standard;

  private SampleGadgetData() {}

  public static synchronized GadgetData standard() {
    if (standard == null) {
      try {
        standard =
            new PortfolioLoading(Messages.forLocale(Locale.ENGLISH), System.err)
                .sample(null)
                .orElseThrow();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return standard;
  }
}
