package io.pmobuyin.report.view.sponsors;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.analysis.KpiMeasure;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.WeightedSample;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.scope.ProjectLeadership;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds gadget 5. A win is a KPI of the sponsor's projects closed since the PMO started that beats
 * the selection's projects closed before it by a clear margin.
 */
public final class SponsorBrief {

  /** Margins below which a difference is not a win: a percentage point, half a day. */
  public static final double RATE_MARGIN = 0.01;

  static final double DAYS_MARGIN = 0.5;

  private SponsorBrief() {}

  public static SponsorBriefView build(GadgetInput input) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    Map<String, ProjectSection> closed = new TreeMap<>();
    selection.projects().forEach(p -> closed.put(p.key(), p));
    Collator byName = Collator.getInstance(texts.locale());
    Map<String, List<ProjectLeadership>> bySponsor = new TreeMap<>(byName);
    int closedWithSponsor = 0;
    for (ProjectLeadership project : input.leadership().projects()) {
      boolean shown =
          project.active()
              ? inCategory(input.query(), project.category())
              : closed.containsKey(project.projectKey());
      if (!shown || project.sponsor() == null) {
        continue;
      }
      closedWithSponsor += project.active() ? 0 : 1;
      bySponsor.computeIfAbsent(project.sponsor(), s -> new ArrayList<>()).add(project);
    }
    WeightedSample baseline = WeightedSample.of(selection.closedBeforePmo(), KpiMeasure.values());
    List<SponsorCard> cards = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, List<ProjectLeadership>> sponsor : bySponsor.entrySet()) {
      List<ProjectLeadership> projects = sponsor.getValue();
      List<ProjectSection> theirsSincePmo = new ArrayList<>();
      Set<String> categories = new LinkedHashSet<>();
      for (ProjectLeadership project : projects) {
        if (project.category() != null) {
          categories.add(project.category());
        }
        ProjectSection section = closed.get(project.projectKey());
        if (section != null
            && selection.pmoStart() != null
            && !section.closed().isBefore(selection.pmoStart())) {
          theirsSincePmo.add(section);
        }
      }
      List<String> wins = wins(theirsSincePmo, baseline, texts, figures);
      String noWins = null;
      if (wins.isEmpty()) {
        noWins =
            theirsSincePmo.isEmpty()
                ? texts.text("pmobuyin.gadget.sponsors.no-wins.none-closed")
                : texts.text("pmobuyin.gadget.sponsors.no-wins.none-better");
      }
      boolean inactive = projects.stream().allMatch(ProjectLeadership::sponsorInactive);
      cards.add(
          new SponsorCard(
              sponsor.getKey(),
              inactive,
              projectWords(projects, texts),
              wins,
              noWins,
              Exposure.words(Exposure.of(selection, categories), texts, figures)));
      for (ProjectLeadership project : projects) {
        rows.add(
            List.of(
                sponsor.getKey(),
                project.projectKey(),
                project.projectName(),
                project.active() ? "active" : "closed",
                Integer.toString(wins.size())));
      }
    }
    long closedCount = selection.projects().size();
    String coverage =
        texts.text(
            "pmobuyin.gadget.sponsors.coverage",
            figures.whole(closedWithSponsor),
            figures.whole(closedCount),
            figures.percent(
                closedCount == 0 ? Double.NaN : (double) closedWithSponsor / closedCount));
    return new SponsorBriefView(
        input.summary(selection),
        cards.isEmpty(),
        coverage,
        cards,
        List.of(
            new CsvTable(
                "sponsors", List.of("sponsor", "project_key", "project", "state", "wins"), rows)));
  }

  public static boolean inCategory(GadgetQuery query, String category) {
    return query.category() == null || query.category().equals(category);
  }

  /**
   * @param baseline the KPIs of the selection's projects closed before the PMO started, in {@link
   *     KpiMeasure} order
   */
  private static List<String> wins(
      List<ProjectSection> theirs, WeightedSample baseline, Texts texts, Figures figures) {
    List<String> wins = new ArrayList<>();
    if (theirs.isEmpty()) {
      return wins;
    }
    KpiMeasure[] measures = KpiMeasure.values();
    WeightedSample mineSample = WeightedSample.of(theirs, measures);
    for (int m = 0; m < measures.length; m++) {
      KpiMeasure measure = measures[m];
      double mine = mineSample.mean(m);
      double before = baseline.mean(m);
      if (!Double.isFinite(mine) || !Double.isFinite(before)) {
        continue;
      }
      double margin = measure.inDays() ? DAYS_MARGIN : RATE_MARGIN;
      if (Math.abs(mine - before) >= margin && measure.improves(before, mine)) {
        wins.add(
            texts.text(
                "pmobuyin.gadget.sponsors.win",
                texts.text(measure.nameKey()),
                format(measure, mine, figures),
                format(measure, before, figures)));
      }
    }
    return wins;
  }

  private static String format(KpiMeasure measure, double value, Figures figures) {
    return measure.inDays() ? figures.decimal(value) : figures.percent(value);
  }

  private static String projectWords(List<ProjectLeadership> projects, Texts texts) {
    List<String> words = new ArrayList<>();
    for (ProjectLeadership project : projects) {
      words.add(
          texts.text(
              project.active()
                  ? "pmobuyin.gadget.sponsors.project.active"
                  : "pmobuyin.gadget.sponsors.project.closed",
              project.projectName()));
    }
    return String.join(texts.text("pmobuyin.gadget.list.separator"), words);
  }
}
