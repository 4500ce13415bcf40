package io.pmobuyin.run.digest;

import io.pmobuyin.report.view.common.Texts;
import java.util.Locale;

/** The app's words in one recipient's locale. */
@FunctionalInterface
public interface TextsByLocale {

  Texts in(Locale locale);
}
