package io.pmobuyin.jira.digest;

import io.pmobuyin.report.mail.DigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.mail.DigestMessage;
import io.pmobuyin.report.view.TemplateEngine;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.GadgetInput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * PLACEHOLDER until the digest's own composer (BriefDigestComposer, report.mail) is merged: the
 * printable brief as the HTML part, with the two links at its end, and a plain-text part that only
 * points to the dashboard and the unsubscribe page. The Spring context names this class in one
 * place, marked, to swap.
 */
public class PlaceholderDigestComposer implements DigestComposer {

  private final TemplateEngine templates;

  public PlaceholderDigestComposer(TemplateEngine templates) {
    this.templates = templates;
  }

  @Override
  public DigestMessage compose(GadgetInput input, DigestLinks links) {
    StringWriter html = new StringWriter();
    try {
      templates.render(Brief.TEMPLATE, Map.of("brief", Brief.build(input)), html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String title = input.texts().text("pmobuyin.brief.title");
    String dashboard = input.texts().text("pmobuyin.digest.mail.dashboard");
    String unsubscribe = input.texts().text("pmobuyin.digest.mail.unsubscribe");
    String footer =
        "<p><a href=\""
            + attribute(links.dashboard())
            + "\">"
            + attribute(dashboard)
            + "</a> · <a href=\""
            + attribute(links.unsubscribe())
            + "\">"
            + attribute(unsubscribe)
            + "</a></p>";
    String page = html.toString();
    int end = page.lastIndexOf("</body>");
    String withLinks =
        end < 0 ? page + footer : page.substring(0, end) + footer + page.substring(end);
    String text =
        title
            + "\n\n"
            + dashboard
            + ": "
            + links.dashboard()
            + "\n"
            + unsubscribe
            + ": "
            + links.unsubscribe()
            + "\n";
    return new DigestMessage(title, withLinks, text);
  }

  private static String attribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
