package io.pmobuyin.report.mail;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.KpiMeasure;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.PeriodShare;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.WeightedSample;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.OpenLinks;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.report.view.sponsors.SponsorBrief;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The wins a sponsor can share, for the regular report: each of their projects closed since the PMO
 * started, and the failure patterns in which that project's share of issues was clearly below the
 * same share over the projects closed before the PMO (the issue-weighted figure the brief's
 * "before" column shows). One project is too small for the shared verdict rule, so a win is worded
 * as one project's figure against the portfolio's, and each project also says in how many tracked
 * patterns it did not do better, so that the wins are not read as the whole picture.
 *
 * @param projects empty when there is no section to show
 * @param basis what every figure of the section compares; null without a section
 * @param note why there is no section, for a sponsor who might expect one; else null
 */
public record SponsorWins(List<ProjectWins> projects, String basis, String note) {

  /**
   * A project's share must be this far below the before-PMO share to count as a win: the sponsor
   * gadget's margin, and what keeps a win from reading "11 %, against 11 %" once both are rounded.
   */
  static final double MARGIN = SponsorBrief.RATE_MARGIN;

  /** Wins listed per project, the widest gaps first; the others are counted, not named. */
  static final int WINS_LISTED = 5;

  private static final SponsorWins NONE = new SponsorWins(List.of(), null, null);

  public SponsorWins {
    projects = List.copyOf(projects);
  }

  /** Whether the message has a section of wins. */
  public boolean shown() {
    return !projects.isEmpty();
  }

  /**
   * The wins of the recipient's projects among those selected. Nothing for a recipient who sponsors
   * none of them, or when no PMO start date is set (there is no "since" to speak of).
   *
   * @param sponsored keys of the projects the recipient is the executive sponsor of
   */
  static SponsorWins of(GadgetInput input, ProjectSelection selection, Set<String> sponsored) {
    LocalDate start = selection.pmoStart();
    if (start == null
        || selection.projects().stream().noneMatch(p -> sponsored.contains(p.key()))) {
      return NONE;
    }
    Texts texts = input.texts();
    Figures figures = input.figures();
    List<ProjectSection> since =
        selection.closedSincePmo().stream()
            .filter(p -> sponsored.contains(p.key()))
            .sorted(
                Comparator.comparing(ProjectSection::closed, Comparator.reverseOrder())
                    .thenComparing(ProjectSection::key))
            .toList();
    if (since.isEmpty()) {
      return note(texts.text("pmobuyin.mail.wins.none-closed", start.toString()));
    }
    List<ProjectSection> before = selection.closedBeforePmo();
    String beforeIssues = figures.whole(before.stream().mapToLong(ProjectSection::issues).sum());
    if (!MinimumSample.enough(before)) {
      return note(
          texts.text(
              "pmobuyin.mail.wins.few-before",
              start.toString(),
              figures.whole(before.size()),
              beforeIssues));
    }
    Baseline baseline =
        new Baseline(
            PatternFigures.of(selection),
            WeightedSample.of(before, KpiMeasure.ON_TIME_RATE).mean());
    List<ProjectWins> projects = new ArrayList<>();
    for (ProjectSection project : since) {
      projects.add(project(input, selection, project, baseline));
    }
    return new SponsorWins(
        projects,
        texts.text(
            "pmobuyin.mail.wins.basis",
            start.toString(),
            figures.whole(before.size()),
            beforeIssues),
        null);
  }

  private static SponsorWins note(String note) {
    return new SponsorWins(List.of(), null, note);
  }

  /** The projects closed before the PMO: each pattern's share, in catalogue order, and on time. */
  private record Baseline(List<PatternFigures> patterns, double onTime) {}

  private static ProjectWins project(
      GadgetInput input, ProjectSelection selection, ProjectSection project, Baseline baseline) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    List<PatternFigures> own = PatternFigures.of(selection.narrowedTo(List.of(project)));
    List<Gap> gaps = new ArrayList<>();
    int others = 0;
    int absent = 0;
    // A project this small is no basis for a share, however it compares.
    boolean judged = project.issues() >= MinimumSample.ISSUES;
    for (PatternFigures mine : own) {
      PeriodShare before = baseline.patterns().get(mine.id().ordinal()).beforePmo();
      // A pattern seen neither here nor before the PMO is tracked but says nothing either way.
      if (!judged || (before.affected() == 0 && mine.issues() == 0)) {
        continue;
      }
      if (mine.issues() == 0) {
        // 0 % may be a project whose data gave the rule nothing to judge (no estimates, due dates
        // or sprints), not one that did better: never shown as a win.
        absent++;
        continue;
      }
      double gap = before.share() - mine.share();
      if (gap >= MARGIN) {
        gaps.add(new Gap(mine, before, gap));
      } else {
        others++;
      }
    }
    gaps.sort(Comparator.comparingDouble((Gap g) -> -g.size()).thenComparing(g -> g.mine().id()));
    List<PatternWin> wins = new ArrayList<>();
    for (Gap gap : gaps.subList(0, Math.min(WINS_LISTED, gaps.size()))) {
      PatternId id = gap.mine().id();
      wins.add(
          new PatternWin(
              texts.text(id.nameKey()),
              figures.percent(gap.mine().share()),
              texts.text("pmobuyin.mail.wins.against", figures.percent(gap.before().share())),
              OpenLinks.issues(
                  input.drill().pattern(id, List.of(project), input.query()),
                  gap.mine().issues(),
                  texts,
                  figures)));
    }
    double onTime = WeightedSample.of(List.of(project), KpiMeasure.ON_TIME_RATE).mean();
    return new ProjectWins(
        project.name() == null || project.name().isBlank() ? project.key() : project.name(),
        project.closed().toString(),
        Double.isFinite(onTime)
            ? texts.text(
                "pmobuyin.mail.wins.on-time",
                figures.percent(onTime),
                figures.percent(baseline.onTime()))
            : null,
        wins,
        more(gaps.size() - wins.size(), texts, figures),
        judged
            ? rest(gaps.size(), others, absent, texts, figures)
            : texts.text(
                "pmobuyin.mail.wins.few-issues",
                figures.whole(project.issues()),
                figures.whole(MinimumSample.ISSUES)));
  }

  /** One pattern's share in the project, below the share before the PMO by {@code size}. */
  private record Gap(PatternFigures mine, PeriodShare before, double size) {}

  /** The wins past those listed, counted; null when all are listed. */
  private static String more(int unlisted, Texts texts, Figures figures) {
    if (unlisted == 0) {
      return null;
    }
    return unlisted == 1
        ? texts.text("pmobuyin.mail.wins.more.one")
        : texts.text("pmobuyin.mail.wins.more", figures.whole(unlisted));
  }

  /**
   * The patterns that are no win, counted, or why there is no win; and the patterns the project did
   * not show at all, which are counted apart rather than as wins.
   */
  private static String rest(int wins, int others, int absent, Texts texts, Figures figures) {
    if (absent == 0) {
      return rest(wins, others, texts, figures);
    }
    String rest =
        wins == 0 && others == 0
            ? texts.text("pmobuyin.mail.wins.no-win")
            : rest(wins, others, texts, figures);
    return rest
        + " "
        + (absent == 1
            ? texts.text("pmobuyin.mail.wins.absent.one")
            : texts.text("pmobuyin.mail.wins.absent", figures.whole(absent)));
  }

  private static String rest(int wins, int others, Texts texts, Figures figures) {
    if (wins == 0 && others == 0) {
      return texts.text("pmobuyin.mail.wins.nothing");
    }
    if (wins == 0) {
      return others == 1
          ? texts.text("pmobuyin.mail.wins.none.one")
          : texts.text("pmobuyin.mail.wins.none", figures.whole(others));
    }
    if (others == 0) {
      return texts.text("pmobuyin.mail.wins.others.none");
    }
    return others == 1
        ? texts.text("pmobuyin.mail.wins.others.one")
        : texts.text("pmobuyin.mail.wins.others", figures.whole(others));
  }
}
