package io.pmobuyin.jira.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.testing.BundleTexts;
import io.pmobuyin.testing.SampleGadgetData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlaceholderDigestComposerTest {

  @Test
  void theBriefWithBothLinksInsideItsBodyEscaped() {
    DigestMessage message =
        new PlaceholderDigestComposer(new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)))
            .compose(
                SampleGadgetData.standard().input(null, BundleTexts.english(), null),
                new DigestLinks("https://j/d?a=1&b=2", "https://j/u?s=x&t=\"y\""));

    assertThat(message.html())
        .contains(
            "href=\"https://j/d?a=1&amp;b=2\"", "href=\"https://j/u?s=x&amp;t=&quot;y&quot;\"")
        .endsWith("</html>\n");
    assertThat(message.html().indexOf("https://j/u")).isLessThan(message.html().indexOf("</body>"));
    assertThat(message.text()).contains("https://j/d?a=1&b=2", "https://j/u?s=x&t=\"y\"");
    assertThat(message.subject()).isNotBlank();
  }
}
