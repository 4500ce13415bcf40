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
 * printable brief as the HTML part, with the two links below it, and a plain-text part that only
 * points to the dashboard. The Spring context names this class in one place, marked, to swap.
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
    html.append("<p><a href=\"")
        .append(attribute(links.dashboard()))
        .append("\">")
        .append(attribute(dashboard))
        .append("</a> · <a href=\"")
        .append(attribute(links.unsubscribe()))
        .append("\">")
        .append(attribute(unsubscribe))
        .append("</a></p>");
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
    return new DigestMessage(title, html.toString(), text);
  }

  private static String attribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
