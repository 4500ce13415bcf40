package io.pmobuyin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * A SAL i18n resolver answering from the app's own bundle, as Jira's would: messages with arguments
 * go through MessageFormat, as Jira's resolver formats them.
 */
public final class BundleI18nResolver {

  private BundleI18nResolver() {}

  public static I18nResolver create() {
    I18nResolver i18n = mock(I18nResolver.class);
    when(i18n.getText(anyString())).thenAnswer(call -> Reports.message(call.getArgument(0)));
    when(i18n.getText(anyString(), any(java.io.Serializable[].class)))
        .thenAnswer(
            call -> {
              Object[] all = call.getArguments();
              Object[] arguments = Arrays.copyOfRange(all, 1, all.length);
              if (arguments.length == 1 && arguments[0] instanceof Object[] packed) {
                arguments = packed;
              }
              return new MessageFormat(Reports.message((String) all[0]), Locale.ENGLISH)
                  .format(arguments);
            });
    return i18n;
  }
}
