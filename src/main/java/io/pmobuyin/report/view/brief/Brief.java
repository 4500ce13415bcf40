package io.pmobuyin.report.view.brief;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.KpiMeasure;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.report.analysis.WeightedSample;
import io.pmobuyin.report.plan.ActionEffect;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.GadgetNotes;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.report.view.lessons.LessonRow;
import io.pmobuyin.report.view.lessons.Lessons;
import io.pmobuyin.report.view.lessons.LessonsView;
import io.pmobuyin.report.view.plan.Plan;
import io.pmobuyin.report.view.plan.PlanEffectLine;
import io.pmobuyin.report.view.plan.PlanRow;
import io.pmobuyin.report.view.plan.PlanView;
import io.pmobuyin.report.view.predictability.ComparisonRow;
import io.pmobuyin.report.view.predictability.Predictability;
import io.pmobuyin.report.view.predictability.PredictabilityView;
import io.pmobuyin.report.view.scope.Scope;
import io.pmobuyin.report.view.scope.ScopeView;
import io.pmobuyin.report.view.scorecard.Scorecard;
import io.pmobuyin.report.view.scorecard.ScorecardView;
import io.pmobuyin.scope.ProjectLeadership;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the buy-in brief from the same views as the gadgets, so the brief and the dashboard never
 * disagree; only what fits on one page is kept.
 */
public final class Brief {

  public static final String TEMPLATE = "templates/brief/brief.vm";

  static final int PATTERNS = 3;
  // Three targets and three actions: with the actions, five targets no longer fit on one page.
  static final int PLAN_ROWS = 3;

  /** Actions on the page: the plan gadget lists them all. */
  static final int ACTIONS = 3;

  private Brief() {}

  public static BriefView build(GadgetInput input) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    LessonsView lessons = Lessons.build(input);
    List<ActionEffect> effects = Plan.effects(input);
    ScorecardView scorecard = Scorecard.build(input, effects);
    PredictabilityView predictability = Predictability.build(input);
    ScopeView scope = Scope.build(input);
    List<LessonRow> top = lessons.rows().subList(0, Math.min(PATTERNS, lessons.rows().size()));
    String headline =
        lessons.empty()
            ? texts.text("pmobuyin.brief.headline.empty")
            : texts.text(
                "pmobuyin.brief.headline",
                scorecard.totalCost(),
                figures.whole(input.selection().projects().size()),
                top.get(0).name(),
                top.get(0).share());
    PlanView plan = Plan.build(input, effects);
    List<BriefAction> actions = new ArrayList<>();
    for (PlanRow row :
        measuredFirst(plan.rows()).subList(0, Math.min(ACTIONS, plan.rows().size()))) {
      actions.add(action(row, texts));
    }
    String actionsNote =
        plan.rows().isEmpty()
            ? texts.text("pmobuyin.brief.actions.none")
            : plan.rows().size() > ACTIONS
                ? texts.text(
                    "pmobuyin.brief.actions.more", figures.whole(plan.rows().size() - ACTIONS))
                : null;
    String chart =
        predictability.panels().isEmpty() ? "" : predictability.panels().get(0).chartHtml();
    return new BriefView(
        texts.text("pmobuyin.brief.title"),
        lessons.summary(),
        verdict(predictability, texts),
        headline,
        top,
        scorecard.totalCost(),
        scorecard.areas(),
        scorecard.rows().subList(0, Math.min(PLAN_ROWS, scorecard.rows().size())),
        saving(input, scorecard, texts),
        chart,
        predictability.comparisons(),
        predictability.guard(),
        scope.groups(),
        sponsorship(input, texts, figures),
        GadgetNotes.of(input, false),
        GadgetNotes.assumptions(input),
        actions,
        actionsNote,
        scope.groups().isEmpty() ? texts.text("pmobuyin.gadget.scope.empty") : null);
  }

  /**
   * The plan's saving in words: "saving: –" or "saving: none left" would leave the reader to guess
   * why, so those cases say it.
   */
  private static String saving(GadgetInput input, ScorecardView scorecard, Texts texts) {
    if (input.selection().pmoStart() == null) {
      return scorecard.planNote();
    }
    if (scorecard.targetsMet()) {
      return texts.text("pmobuyin.brief.plan.all-met");
    }
    if (Figures.UNKNOWN.equals(scorecard.totalSaving())) {
      return texts.text(
          "pmobuyin.brief.plan.saving.unknown", MinimumSample.PROJECTS, MinimumSample.ISSUES);
    }
    return texts.text("pmobuyin.brief.plan.saving", scorecard.totalSaving());
  }

  /**
   * The actions whose effect has a verdict first (improved, unclear or worse alike: the page must
   * not pick only wins), then those on too few projects, then those not started; in key order.
   */
  private static List<PlanRow> measuredFirst(List<PlanRow> rows) {
    List<PlanRow> ordered = new ArrayList<>(rows);
    ordered.sort(java.util.Comparator.comparingInt(Brief::measured));
    return ordered;
  }

  private static int measured(PlanRow row) {
    if (row.effects().stream().anyMatch(e -> !e.direction().equals(Verdict.TOO_LITTLE_DATA.id()))) {
      return 0;
    }
    return row.started() ? 1 : 2;
  }

  /** An action on one line: each pattern's share before and since, and the verdict's word. */
  private static BriefAction action(PlanRow row, Texts texts) {
    List<String> effects = new ArrayList<>();
    for (PlanEffectLine effect : row.effects()) {
      effects.add(effect.pattern() + " " + effect.shortChange());
    }
    return new BriefAction(row.key(), row.title(), row.status(), String.join("; ", effects));
  }

  /**
   * The sentence the brief opens with: on-time delivery before and since the PMO start, the change
   * and its interval, and the verdict in words; else why no comparison can be made yet.
   */
  private static String verdict(PredictabilityView predictability, Texts texts) {
    for (ComparisonRow row : predictability.comparisons()) {
      if (row.name().equals(texts.text(KpiMeasure.ON_TIME_RATE.nameKey()))) {
        return texts.text(
            "pmobuyin.brief.verdict",
            row.name(),
            row.before(),
            row.since(),
            row.change(),
            row.interval(),
            row.verdictText());
      }
    }
    return predictability.guard() != null
        ? predictability.guard()
        : texts.text("pmobuyin.brief.verdict.none");
  }

  /**
   * Projects with an executive sponsor against those without: on-time rate of each group, the
   * evidence that sponsorship matters. No sponsor is named.
   */
  private static String sponsorship(GadgetInput input, Texts texts, Figures figures) {
    List<ProjectSection> with = new ArrayList<>();
    List<ProjectSection> without = new ArrayList<>();
    for (ProjectSection project : input.selection().projects()) {
      boolean sponsored =
          input.leadership().of(project.key()).map(ProjectLeadership::sponsor).isPresent();
      (sponsored ? with : without).add(project);
    }
    if (with.isEmpty()) {
      return texts.text("pmobuyin.brief.sponsorship.none");
    }
    double withRate = WeightedSample.of(with, KpiMeasure.ON_TIME_RATE).mean();
    double withoutRate = WeightedSample.of(without, KpiMeasure.ON_TIME_RATE).mean();
    return texts.text(
        "pmobuyin.brief.sponsorship",
        figures.whole(with.size()),
        figures.whole(with.size() + without.size()),
        figures.percent(withRate),
        figures.percent(withoutRate));
  }
}
