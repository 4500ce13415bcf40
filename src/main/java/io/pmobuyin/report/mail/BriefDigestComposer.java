package io.pmobuyin.report.mail;

import io.pmobuyin.report.view.TemplateEngine;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.brief.BriefView;
import io.pmobuyin.report.view.common.GadgetInput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * The buy-in brief as the regular report: the brief's own view (so the message and the dashboard
 * never disagree) as an HTML mail, laid out with tables and inline styles that mail readers keep,
 * and as plain text. The brief's trend chart is left out of the mail: it is inline SVG, which Gmail
 * and Outlook drop, and an image of it would be an external resource or an attachment. The
 * before/after table beside it carries its figures, and the message links to the chart.
 */
public final class BriefDigestComposer implements DigestComposer {

  public static final String TEMPLATE = "templates/mail/digest-html.vm";

  private final TemplateEngine engine;

  /** Renders through Jira's template renderer inside Jira, Apache Velocity in the preview. */
  public BriefDigestComposer(TemplateEngine engine) {
    this.engine = engine;
  }

  @Override
  public DigestMessage compose(GadgetInput input, DigestLinks links) {
    return compose(input, links, Set.of());
  }

  @Override
  public DigestMessage compose(GadgetInput input, DigestLinks links, Set<String> sponsored) {
    BriefView brief = Brief.build(input);
    DigestFrame frame = DigestFrame.of(input, brief, links, sponsored);
    StringWriter html = new StringWriter(16_384);
    try {
      engine.render(TEMPLATE, Map.of("brief", brief, "mail", frame), html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DigestMessage(
        frame.subject(), html.toString(), DigestText.write(brief, frame, input.texts()));
  }
}
