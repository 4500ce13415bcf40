package io.pmobuyin.report.mail;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.KpiMeasure;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.WeightedSample;
import io.pmobuyin.report.view.brief.BriefView;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the regular report says around the brief: its subject and date, the newest closed projects
 * it covers (so a recipient can see that it covers their projects and no others), the links back to
 * the dashboard and to unsubscribe, and why the recipient gets it.
 *
 * @param more how many covered projects are not listed, in words; null when all are listed
 * @param plan whether the brief has improvement-plan rows to show (a table of headings alone says
 *     nothing)
 * @param wins for a recipient who sponsors some of the projects, their projects' wins
 */
public record DigestFrame(
    String subject,
    String kicker,
    List<DigestProject> projects,
    String more,
    boolean plan,
    String dashboard,
    String unsubscribe,
    SponsorWins wins) {

  /** How many of the newest closed projects the message names; the dashboard has them all. */
  static final int PROJECTS_LISTED = 5;

  public DigestFrame {
    projects = List.copyOf(projects);
  }

  /** No closed project the recipient may browse matches the report's settings. */
  public boolean empty() {
    return projects.isEmpty();
  }

  static DigestFrame of(
      GadgetInput input, BriefView brief, DigestLinks unchecked, Set<String> sponsored) {
    DigestLinks links = unchecked.checked();
    Texts texts = input.texts();
    Figures figures = input.figures();
    ProjectSelection selection = input.selection();
    String date = reportDate(input, selection);
    String subject =
        texts.text(
            "pmobuyin.mail.subject",
            date,
            figures.whole(selection.projects().size()),
            texts.text(input.query().period().labelKey()));
    // A sponsor's own projects first, all of them: the message is theirs to share.
    List<ProjectSection> newest = new ArrayList<>(selection.projects());
    newest.sort(
        Comparator.comparing((ProjectSection p) -> !sponsored.contains(p.key()))
            .thenComparing(ProjectSection::closed, Comparator.reverseOrder())
            .thenComparing(ProjectSection::name, Comparator.nullsLast(Comparator.naturalOrder())));
    long own = newest.stream().filter(p -> sponsored.contains(p.key())).count();
    int shown = (int) Math.min(newest.size(), Math.max(PROJECTS_LISTED, own));
    List<DigestProject> listed = new ArrayList<>();
    for (ProjectSection project : newest.subList(0, shown)) {
      String name =
          project.name() == null || project.name().isBlank() ? project.key() : project.name();
      String theirs =
          sponsored.contains(project.key())
              ? texts.text(
                  "pmobuyin.mail.project.sponsored",
                  figures.percent(
                      WeightedSample.of(List.of(project), KpiMeasure.ON_TIME_RATE).mean()))
              : null;
      listed.add(new DigestProject(name, project.closed().toString(), theirs));
    }
    int unlisted = newest.size() - listed.size();
    return new DigestFrame(
        oneLine(subject),
        texts.text("pmobuyin.mail.kicker", date),
        listed,
        unlisted > 0 ? texts.text("pmobuyin.mail.projects.more", figures.whole(unlisted)) : null,
        !brief.plan().isEmpty(),
        links.dashboard(),
        links.unsubscribe(),
        SponsorWins.of(input, selection, sponsored));
  }

  /**
   * The day the data was mined, in the settings' time zone; for a report that does not say, the
   * newest close it covers.
   */
  private static String reportDate(GadgetInput input, ProjectSelection selection) {
    if (input.report().dates() != null) {
      return input.report().dates().minedAt().atZone(zone(input)).toLocalDate().toString();
    }
    return selection.projects().stream()
        .map(ProjectSection::closed)
        .max(LocalDate::compareTo)
        .map(LocalDate::toString)
        .orElse(Figures.UNKNOWN);
  }

  private static ZoneId zone(GadgetInput input) {
    try {
      return ZoneId.of(input.report().settings().zone());
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** A subject is one header line: no line breaks, whatever a translation holds. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
  }
}
