package io.pmobuyin.report.view.predictability;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.BootstrapInterval;
import io.pmobuyin.report.analysis.KpiChange;
import io.pmobuyin.report.analysis.KpiMeasure;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.WeightedSample;
import io.pmobuyin.report.chart.ChartPoint;
import io.pmobuyin.report.chart.TrendChart;
import io.pmobuyin.report.drill.DrillLink;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.LinkPart;
import io.pmobuyin.report.view.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds gadget 3. Each quarter's figure is the mean over the projects closed in it, weighted by
 * their issues; the before/after change carries a bootstrap interval, and is only shown once both
 * sides have enough projects to say anything.
 */
public final class Predictability {

  /** Fewer closed projects than this on either side of the PMO start: "not enough data yet". */
  public static final int MIN_PROJECTS_PER_SIDE = KpiChange.MIN_PROJECTS_PER_SIDE;

  private Predictability() {}

  public static PredictabilityView build(GadgetInput input) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    Map<String, List<ProjectSection>> quarters = selection.everyQuarter();
    List<String> labels = List.copyOf(quarters.keySet());
    int marker =
        markerIndex(
            labels,
            selection.pmoStart() == null ? null : ProjectSelection.quarterOf(selection.pmoStart()),
            selection.firstQuarterSincePmo());
    String markerLabel = texts.text("pmobuyin.gadget.pmo-start");
    List<KpiPanel> panels = new ArrayList<>();
    List<List<String>> trendRows = new ArrayList<>();
    for (KpiMeasure measure : KpiMeasure.values()) {
      String name = texts.text(measure.nameKey());
      List<ChartPoint> points = new ArrayList<>();
      for (Map.Entry<String, List<ProjectSection>> quarter : quarters.entrySet()) {
        List<ProjectSection> closed = quarter.getValue();
        WeightedSample sample = WeightedSample.of(closed, measure);
        double value = sample.mean();
        boolean enough = MinimumSample.enough(closed);
        long issues = closed.stream().mapToLong(ProjectSection::issues).sum();
        String detail =
            texts.text(
                enough
                    ? "pmobuyin.gadget.point.projects"
                    : "pmobuyin.gadget.point.projects.too-few",
                figures.whole(closed.size()),
                figures.whole(issues));
        points.add(new ChartPoint(quarter.getKey(), scaled(measure, value), detail, !enough));
        trendRows.add(
            List.of(
                measure.id(),
                quarter.getKey(),
                Integer.toString(closed.size()),
                Long.toString(issues),
                Boolean.toString(enough),
                Figures.plain(value)));
      }
      double max =
          measure.inDays() ? axisTop(points, 5, 5) : Math.max(100, axisTop(points, 50, 100));
      String unit = measure.inDays() ? " " + texts.text("pmobuyin.gadget.unit.days") : "%";
      TrendChart chart =
          new TrendChart(
              input.elementId("kpi-" + measure.id()),
              name,
              chartWords(name, points, figures, unit),
              max,
              unit);
      panels.add(new KpiPanel(measure.id(), name, chart.render(points, marker, markerLabel)));
    }
    List<ComparisonRow> comparisons = new ArrayList<>();
    List<List<String>> comparisonRows = new ArrayList<>();
    String guard = guard(selection, texts, figures);
    for (KpiChange change : KpiChange.of(selection)) {
      comparisons.add(comparison(change, texts, figures));
      comparisonRows.add(
          List.of(
              change.measure().id(),
              Figures.plain(change.before()),
              Figures.plain(change.since()),
              Figures.plain(change.change()),
              Figures.plain(change.low()),
              Figures.plain(change.high()),
              Integer.toString(change.projectsBefore()),
              Integer.toString(change.projectsSince())));
    }
    return new PredictabilityView(
        input.summary(selection),
        selection.isEmpty(),
        panels,
        comparisons,
        guard,
        texts.text(
            "pmobuyin.gadget.predictability.method",
            figures.whole(BootstrapInterval.RESAMPLES),
            figures.whole(MinimumSample.PROJECTS)),
        List.of(
            new CsvTable(
                "predictability-by-quarter",
                List.of("kpi", "quarter", "projects", "issues", "enough_data", "value"),
                trendRows),
            new CsvTable(
                "predictability-before-since",
                List.of(
                    "kpi",
                    "before_pmo",
                    "since_pmo",
                    "change",
                    "change_low_95",
                    "change_high_95",
                    "projects_before",
                    "projects_since"),
                comparisonRows)),
        quarterLinks(input, quarters, figures));
  }

  /**
   * A link per quarter to the projects its points stand on: a KPI point is the issue-weighted mean
   * of those projects' own figures, so the projects, each with its figures, are what explains it. A
   * quarter with more projects than one address holds gets a link per part, so none is left out.
   */
  private static List<LinkPart> quarterLinks(
      GadgetInput input, Map<String, List<ProjectSection>> quarters, Figures figures) {
    Texts texts = input.texts();
    List<LinkPart> links = new ArrayList<>();
    quarters.forEach(
        (quarter, closed) -> {
          List<DrillLink> found = input.drill().quarter(quarter, closed, input.query());
          if (found.size() == 1) {
            links.add(
                new LinkPart(
                    found.get(0).url(),
                    texts.text(
                        "pmobuyin.drill.quarter", quarter, figures.whole(found.get(0).to()))));
          }
          if (found.size() > 1) {
            for (DrillLink part : found) {
              links.add(
                  new LinkPart(
                      part.url(),
                      texts.text(
                          "pmobuyin.drill.quarter.part",
                          quarter,
                          figures.whole(part.from()),
                          figures.whole(part.to()))));
            }
          }
        });
    return links;
  }

  private static String guard(ProjectSelection selection, Texts texts, Figures figures) {
    if (selection.pmoStart() == null) {
      return texts.text("pmobuyin.gadget.predictability.no-start");
    }
    if (!KpiChange.comparable(selection)) {
      int before = selection.closedBeforePmo().size();
      int since = selection.closedSincePmo().size();
      return texts.text(
          "pmobuyin.gadget.predictability.not-enough",
          figures.whole(before),
          figures.whole(since),
          figures.whole(MIN_PROJECTS_PER_SIDE));
    }
    return null;
  }

  private static ComparisonRow comparison(KpiChange change, Texts texts, Figures figures) {
    KpiMeasure measure = change.measure();
    String verdict = change.verdict();
    return new ComparisonRow(
        texts.text(measure.nameKey()),
        value(measure, change.before(), figures),
        value(measure, change.since(), figures),
        change(measure, change.change(), figures),
        texts.text(
            "pmobuyin.gadget.predictability.interval",
            change(measure, change.low(), figures),
            change(measure, change.high(), figures)),
        verdict,
        texts.verdict(change.asVerdict()));
  }

  private static String value(KpiMeasure measure, double value, Figures figures) {
    return measure.inDays() ? figures.decimal(value) : figures.percent(value);
  }

  private static String change(KpiMeasure measure, double delta, Figures figures) {
    if (measure.inDays()) {
      return (delta < 0 ? "−" : "+") + figures.decimal(Math.abs(delta));
    }
    return figures.points(delta);
  }

  private static double scaled(KpiMeasure measure, double value) {
    return measure.inDays() ? value : value * 100;
  }

  /**
   * The top of a chart's axis, robust to one outlier: a round top over the points that stand on
   * enough data (all points when none does), but never above three times the median point, so a
   * quarter of one odd project (a scope growth of 5,983 %, say) is drawn clipped and marked at the
   * top edge instead of flattening every other point.
   */
  static double axisTop(List<ChartPoint> points, double step, double floor) {
    List<ChartPoint> solid = points.stream().filter(p -> p.known() && !p.thin()).toList();
    double top = niceTop(solid.isEmpty() ? points : solid, step);
    double[] values =
        points.stream().filter(ChartPoint::known).mapToDouble(ChartPoint::value).sorted().toArray();
    if (values.length == 0) {
      return top;
    }
    double median = values[values.length / 2];
    double cap = Math.max(floor, niceTop(List.of(new ChartPoint("", 3 * median)), step));
    return Math.min(top, cap);
  }

  /**
   * A round top for an axis: the next multiple of {@code step} at or above the highest value, at
   * least one step. Scope growth passes 100 %, so shares need it too.
   */
  static double niceTop(List<ChartPoint> points, double step) {
    double max =
        points.stream().filter(ChartPoint::known).mapToDouble(ChartPoint::value).max().orElse(0);
    return Math.max(step, Math.ceil(max / step) * step);
  }

  private static int markerIndex(List<String> quarters, String startQuarter, String firstSincePmo) {
    if (firstSincePmo == null
        || quarters.isEmpty()
        || startQuarter.compareTo(quarters.get(0)) < 0) {
      // no start, or it lies before the first quarter charted: a marker there would date it wrong
      return -1;
    }
    for (int i = 0; i < quarters.size(); i++) {
      if (quarters.get(i).compareTo(firstSincePmo) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String chartWords(
      String name, List<ChartPoint> points, Figures figures, String unit) {
    List<ChartPoint> known = points.stream().filter(ChartPoint::known).toList();
    if (known.isEmpty()) {
      return name;
    }
    ChartPoint first = known.get(0);
    ChartPoint last = known.get(known.size() - 1);
    return name
        + ": "
        + first.label()
        + " "
        + figures.decimal(first.value())
        + unit
        + " → "
        + last.label()
        + " "
        + figures.decimal(last.value())
        + unit;
  }
}
