package io.pmobuyin.report.view.lessons;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.analysis.PatternChange;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.PeriodShare;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.report.chart.ChartPoint;
import io.pmobuyin.report.chart.Sparkline;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.OpenLinks;
import io.pmobuyin.report.view.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds gadget 1: the most common patterns first, each with its trend and its change. */
public final class Lessons {

  /** How many patterns the gadget lists; the CSV export holds all of them. */
  static final int SHOWN = 5;

  private Lessons() {}

  public static LessonsView build(GadgetInput input) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    List<PatternFigures> patterns = PatternFigures.mostCommon(selection);
    List<PatternFigures> shown = patterns.subList(0, Math.min(SHOWN, patterns.size()));
    Map<PatternId, PatternChange> changes =
        PatternChange.of(selection, shown.stream().map(PatternFigures::id).toList());
    List<LessonRow> rows = new ArrayList<>();
    for (PatternFigures pattern : shown) {
      rows.add(
          row(
              pattern,
              changes.get(pattern.id()),
              selection,
              texts,
              figures,
              OpenLinks.pattern(input, selection, pattern.id(), pattern.issues())));
    }
    return new LessonsView(
        input.summary(selection),
        rows.isEmpty(),
        rows,
        List.of(table(patterns, texts), trendTable(patterns, texts)));
  }

  private static LessonRow row(
      PatternFigures pattern,
      PatternChange verdict,
      ProjectSelection selection,
      Texts texts,
      Figures figures,
      OpenLinks open) {
    String name = texts.text(pattern.id().nameKey());
    List<ChartPoint> points =
        pattern.quarters().stream()
            .map(q -> new ChartPoint(q.period(), q.known() ? q.share() * 100 : Double.NaN))
            .toList();
    double top =
        Math.max(
            1,
            points.stream()
                .filter(ChartPoint::known)
                .mapToDouble(ChartPoint::value)
                .max()
                .orElse(1));
    String sparkline =
        Sparkline.render(
            texts.text("pmobuyin.gadget.lessons.sparkline", name, trendWords(pattern, figures)),
            points,
            top);
    String direction = verdict == null ? "unknown" : verdict.verdict().id();
    ChangeTexts change = change(pattern, verdict, texts, figures);
    return new LessonRow(
        pattern.id().name(),
        name,
        texts.text(pattern.id().explanationKey()),
        figures.percent(pattern.share()),
        figures.whole(pattern.issues()),
        texts.text(
            "pmobuyin.gadget.lessons.projects",
            figures.whole(pattern.projects()),
            figures.whole(selection.projects().size())),
        direction,
        change.full(),
        change.brief(),
        sparkline,
        open);
  }

  /** The first and last known quarter, in words, for people who cannot see the line. */
  private static String trendWords(PatternFigures pattern, Figures figures) {
    List<PeriodShare> known = pattern.quarters().stream().filter(PeriodShare::known).toList();
    if (known.isEmpty()) {
      return Figures.UNKNOWN;
    }
    PeriodShare first = known.get(0);
    PeriodShare last = known.get(known.size() - 1);
    return first.period()
        + " "
        + figures.percent(first.share())
        + " → "
        + last.period()
        + " "
        + figures.percent(last.share());
  }

  /** A change told in full, with its interval, and briefly, where a page has little room. */
  private record ChangeTexts(String full, String brief) {}

  /**
   * The share before and since the PMO start, and the shared verdict in a word and a symbol, with
   * its interval where both sides have enough data.
   */
  private static ChangeTexts change(
      PatternFigures pattern, PatternChange verdict, Texts texts, Figures figures) {
    if (verdict == null
        || pattern.beforePmo() == null
        || !pattern.beforePmo().known()
        || !pattern.sincePmo().known()) {
      String none = texts.text("pmobuyin.gadget.change.unknown");
      return new ChangeTexts(none, none);
    }
    String shares =
        texts.text(
            "pmobuyin.gadget.lessons.change",
            figures.percent(pattern.beforePmo().share()),
            figures.percent(pattern.sincePmo().share()));
    String word = texts.verdict(verdict.verdict());
    String brief = shares + " " + word;
    if (verdict.verdict() == Verdict.TOO_LITTLE_DATA) {
      return new ChangeTexts(shares + " \u00b7 " + word, brief);
    }
    return new ChangeTexts(
        texts.text(
            "pmobuyin.gadget.lessons.verdict",
            shares,
            word,
            figures.points(verdict.low()),
            figures.points(verdict.high())),
        brief);
  }

  private static CsvTable table(List<PatternFigures> patterns, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    for (PatternFigures p : patterns) {
      rows.add(
          List.of(
              p.id().name(),
              texts.text(p.id().nameKey()),
              Long.toString(p.issues()),
              Long.toString(p.projects()),
              Figures.plain(p.share()),
              p.beforePmo() == null ? "" : Figures.plain(p.beforePmo().share()),
              p.sincePmo() == null ? "" : Figures.plain(p.sincePmo().share())));
    }
    return new CsvTable(
        "lessons",
        List.of(
            "pattern_id",
            "pattern",
            "issues",
            "projects",
            "share",
            "share_before_pmo",
            "share_since_pmo"),
        rows);
  }

  private static CsvTable trendTable(List<PatternFigures> patterns, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    for (PatternFigures p : patterns) {
      for (PeriodShare q : p.quarters()) {
        rows.add(
            List.of(
                p.id().name(),
                texts.text(p.id().nameKey()),
                q.period(),
                Long.toString(q.issues()),
                Long.toString(q.affected()),
                Figures.plain(q.share())));
      }
    }
    return new CsvTable(
        "lessons-by-quarter",
        List.of("pattern_id", "pattern", "quarter", "issues", "affected", "share"),
        rows);
  }
}
