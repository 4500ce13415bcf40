package io.pmobuyin.report.mail;

import io.pmobuyin.report.view.brief.BriefAction;
import io.pmobuyin.report.view.brief.BriefView;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.report.view.lessons.LessonRow;
import io.pmobuyin.report.view.predictability.ComparisonRow;
import io.pmobuyin.report.view.scope.ScopeGroup;
import io.pmobuyin.report.view.scope.ScopeItem;
import io.pmobuyin.report.view.scorecard.AreaTotal;
import io.pmobuyin.report.view.scorecard.ScorecardRow;

/**
 * The regular report as plain text, for mail readers that show no HTML and for people who prefer
 * it: the same sections and figures as the HTML part, in lines of at most {@value #WIDTH}
 * characters. Written here rather than by a template because both template engines escape every
 * value for HTML, and a text part must carry a name such as {@code R&D} as typed, never as {@code
 * R&amp;D}.
 */
final class DigestText {

  static final int WIDTH = 72;

  /** First strong isolate … pop directional isolate around a name that could turn its line. */
  private static final char ISOLATE = '\u2068';

  private static final char END_ISOLATE = '\u2069';

  private final StringBuilder out = new StringBuilder(4096);
  private final Texts texts;
  private boolean inList;

  private DigestText(Texts texts) {
    this.texts = texts;
  }

  static String write(BriefView brief, DigestFrame frame, Texts texts) {
    return new DigestText(texts).all(brief, frame);
  }

  private String all(BriefView brief, DigestFrame frame) {
    paragraph(frame.kicker());
    heading(brief.title());
    paragraph(brief.summary());
    paragraph(brief.verdict());
    paragraph(brief.headline());
    wins(frame.wins());
    heading(texts.text("pmobuyin.brief.case"));
    for (LessonRow lesson : brief.patterns()) {
      item(
          texts.text(
              "pmobuyin.mail.text.pattern", lesson.name(), lesson.share(), lesson.shortChange()));
    }
    heading(texts.text("pmobuyin.brief.cost"));
    paragraph(brief.totalCost());
    for (AreaTotal area : brief.areas()) {
      item(area.name() + ": " + area.cost() + " (" + area.share() + ")");
    }
    paragraph(brief.assumptions());
    heading(texts.text("pmobuyin.brief.trend"));
    if (brief.guard() != null) {
      paragraph(brief.guard());
    } else {
      for (ComparisonRow kpi : brief.comparisons()) {
        item(
            texts.text(
                "pmobuyin.mail.text.kpi",
                kpi.name(),
                kpi.before(),
                kpi.since(),
                kpi.change(),
                kpi.interval(),
                kpi.verdictText()));
      }
    }
    paragraph(texts.text("pmobuyin.mail.chart"));
    heading(texts.text("pmobuyin.brief.plan"));
    for (ScorecardRow step : brief.plan()) {
      item(
          texts.text(
              "pmobuyin.mail.text.plan",
              step.name(),
              step.baseline(),
              step.target(),
              step.current(),
              step.saving()));
    }
    paragraph(brief.totalSaving());
    heading(texts.text("pmobuyin.brief.actions"));
    for (BriefAction action : brief.actions()) {
      item(
          texts.text(
              "pmobuyin.mail.text.action",
              action.key(),
              isolated(action.title()),
              action.status(),
              action.effects()));
    }
    if (brief.actionsNote() != null) {
      paragraph(brief.actionsNote());
    }
    heading(texts.text("pmobuyin.mail.projects"));
    if (frame.projects().isEmpty()) {
      paragraph(texts.text("pmobuyin.mail.projects.none"));
    }
    for (DigestProject project : frame.projects()) {
      String line = texts.text("pmobuyin.mail.project", isolated(project.name()), project.closed());
      item(project.sponsored() == null ? line : line + " \u00b7 " + project.sponsored());
    }
    if (frame.more() != null) {
      paragraph(frame.more());
    }
    heading(texts.text("pmobuyin.brief.sponsorship.title"));
    paragraph(brief.sponsorship());
    heading(texts.text("pmobuyin.brief.scope"));
    if (brief.scopeNote() != null) {
      paragraph(brief.scopeNote());
    }
    for (ScopeGroup group : brief.scope()) {
      paragraph(group.title());
      for (ScopeItem entry : group.items()) {
        item(
            isolated(entry.name())
                + (entry.department() == null ? "" : " (" + isolated(entry.department()) + ")"));
      }
    }
    heading(texts.text("pmobuyin.mail.notes"));
    for (String note : brief.notes()) {
      paragraph(note);
    }
    paragraph(texts.text("pmobuyin.brief.footer"));
    endList();
    out.append("-- \n");
    paragraph(texts.text("pmobuyin.mail.dashboard.text", frame.dashboard()));
    paragraph(texts.text("pmobuyin.mail.reason"));
    paragraph(texts.text("pmobuyin.mail.unsubscribe.text", frame.unsubscribe()));
    return out.toString().stripTrailing() + "\n";
  }

  /** A sponsor's wins, before the portfolio's figures: the message is theirs to share. */
  private void wins(SponsorWins wins) {
    if (wins.note() != null) {
      paragraph(wins.note());
    }
    if (!wins.shown()) {
      return;
    }
    heading(texts.text("pmobuyin.mail.wins"));
    paragraph(wins.basis());
    for (ProjectWins project : wins.projects()) {
      String line = texts.text("pmobuyin.mail.project", isolated(project.name()), project.closed());
      paragraph(project.onTime() == null ? line : line + " \u00b7 " + project.onTime());
      for (PatternWin win : project.wins()) {
        item(win.pattern() + ": " + win.share() + " " + win.against());
      }
      if (project.more() != null) {
        paragraph(project.more());
      }
      paragraph(project.rest());
    }
  }

  private void heading(String title) {
    endList();
    if (out.length() > 0 && !endsWithBlankLine()) {
      out.append('\n');
    }
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
  }

  private boolean endsWithBlankLine() {
    return out.length() >= 2
        && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n';
  }

  private void paragraph(String text) {
    endList();
    wrap(text, "", "");
    out.append('\n');
  }

  private void item(String text) {
    wrap(text, "- ", "  ");
    inList = true;
  }

  /** A blank line after a list, before whatever follows it. */
  private void endList() {
    if (inList) {
      out.append('\n');
      inList = false;
    }
  }

  /** Words to lines of at most WIDTH; a longer word (a link) stands on a line of its own. */
  private void wrap(String text, String first, String rest) {
    String[] words = oneLine(text).split(" ");
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\u2028\\u2029\\t]+", " ");
  }

  /**
   * The name set apart from the line around it where it could turn that line: where it holds
   * right-to-left letters or direction controls. Other names stay as typed.
   */
  static String isolated(String name) {
    return name.codePoints().anyMatch(DigestText::turnsDirection)
        ? ISOLATE + name + END_ISOLATE
        : name;
  }

  private static boolean turnsDirection(int codePoint) {
    return switch (Character.getDirectionality(codePoint)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
          Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE ->
          true;
      default -> false;
    };
  }
}
