package io.pmobuyin.report.view.scorecard;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.analysis.PatternFigures;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.chart.StackedBar;
import io.pmobuyin.report.plan.ActionEffect;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.OpenLinks;
import io.pmobuyin.report.view.common.Texts;
import io.pmobuyin.value.ImprovementTargets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds gadget 2. The plan's arithmetic, per pattern, on one basis throughout, the projects closed
 * on each side of the PMO start: the target is the share before the PMO started cut by the admin's
 * reduction; progress is how much of the way from that baseline to the target the projects closed
 * since have come; the saving is what those same projects would have cost less at the target share.
 * A side short of the {@link MinimumSample} gives no figure: no baseline is invented, and a target
 * is reached only when enough projects since show it.
 */
public final class Scorecard {

  static final int SHOWN = 8;

  /** Shares closer than this are the same share: a target computed in doubles is inexact. */
  static final double SAME_SHARE = 1e-9;

  private Scorecard() {}

  public static ScorecardView build(GadgetInput input) {
    return build(input, io.pmobuyin.report.view.plan.Plan.effects(input));
  }

  /** The gadget over the plan's actions already measured ({@code Plan.effects}). */
  public static ScorecardView build(GadgetInput input, List<ActionEffect> measured) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    List<PatternFigures> patterns = PatternFigures.mostCostly(selection);
    double total = patterns.stream().mapToDouble(PatternFigures::cost).sum();
    double top = patterns.isEmpty() ? 0 : patterns.get(0).cost();
    Map<ValueArea, Double> byArea = new EnumMap<>(ValueArea.class);
    List<Plan> plans = new ArrayList<>();
    double saving = Double.NaN;
    boolean baselineKnown = MinimumSample.enough(selection.closedBeforePmo());
    boolean currentKnown = MinimumSample.enough(selection.closedSincePmo());
    for (PatternFigures pattern : patterns) {
      pattern.costByArea().forEach((area, money) -> byArea.merge(area, money, Double::sum));
      double sinceCost =
          selection.closedSincePmo().stream()
              .flatMap(project -> project.patterns().stream())
              .filter(shown -> shown.id() == pattern.id())
              .mapToDouble(shown -> shown.cost())
              .sum();
      Plan plan = Plan.of(pattern, input.targets(), baselineKnown, currentKnown, sinceCost);
      plans.add(plan);
      if (Double.isFinite(plan.saving())) {
        // the total is over the patterns that have a saving to state; none gives "–"
        saving = Double.isFinite(saving) ? saving + plan.saving() : plan.saving();
      }
    }
    Map<PatternId, List<String>> actions = actionKeys(input.report().plan());
    Map<PatternId, List<String>> effects = actionEffects(measured, input);
    List<ScorecardRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(SHOWN, plans.size()); i++) {
      Plan plan = plans.get(i);
      PatternFigures pattern = plan.pattern();
      OpenLinks open = OpenLinks.pattern(input, selection, pattern.id(), pattern.issues());
      String planned = actionsText(effects.getOrDefault(pattern.id(), List.of()), texts, figures);
      rows.add(row(plan, top, texts, figures, open, planned));
    }
    List<AreaTotal> areas = new ArrayList<>();
    ValueArea[] order = ValueArea.values();
    for (int i = 0; i < order.length; i++) {
      double money = byArea.getOrDefault(order[i], 0.0);
      areas.add(
          new AreaTotal(
              texts.text(order[i].nameKey()),
              figures.money(money),
              figures.percent(total > 0 ? money / total : Double.NaN),
              StackedBar.colour(i)));
    }
    String planNote =
        selection.pmoStart() == null
            ? texts.text("pmobuyin.gadget.scorecard.plan.no-start")
            : texts.text(
                "pmobuyin.gadget.scorecard.plan.note",
                figures.percent(input.targets().defaultReduction()));
    return new ScorecardView(
        input.summary(selection),
        rows.isEmpty(),
        figures.money(total),
        allMet(plans)
            ? texts.text("pmobuyin.gadget.scorecard.saving.all-met")
            : figures.money(saving),
        allMet(plans),
        areas,
        rows,
        planNote,
        List.of(table(plans, texts, actions)));
  }

  /**
   * Every pattern with a saving to state is at its target: "0 USD" would read as a plan worth
   * nothing, when it says the plan's targets are reached.
   */
  private static boolean allMet(List<Plan> plans) {
    List<Plan> known = plans.stream().filter(p -> Double.isFinite(p.saving())).toList();
    return !known.isEmpty() && known.stream().allMatch(Plan::met);
  }

  /** The keys of the actions aimed at each pattern, in the plan's order. */
  private static Map<PatternId, List<String>> actionKeys(PlanSection plan) {
    Map<PatternId, List<String>> keys = new EnumMap<>(PatternId.class);
    for (ImprovementAction action : plan.actions()) {
      for (PatternId pattern : action.patterns()) {
        keys.computeIfAbsent(pattern, p -> new ArrayList<>()).add(action.key());
      }
    }
    return keys;
  }

  /**
   * Each pattern's actions as the plan measures them (status and effect on that pattern), in the
   * plan's order, over the same projects as the Improvement plan gadget.
   */
  private static Map<PatternId, List<String>> actionEffects(
      List<ActionEffect> measured, GadgetInput input) {
    Map<PatternId, List<String>> effects = new EnumMap<>(PatternId.class);
    for (ActionEffect effect : measured) {
      for (PatternId pattern : effect.action().patterns()) {
        effects
            .computeIfAbsent(pattern, p -> new ArrayList<>())
            .add(io.pmobuyin.report.view.plan.Plan.effectOn(effect, pattern, input));
      }
    }
    return effects;
  }

  private static String actionsText(List<String> effects, Texts texts, Figures figures) {
    return effects.isEmpty()
        ? texts.text("pmobuyin.gadget.scorecard.actions.none")
        : texts.text(
            "pmobuyin.gadget.scorecard.actions",
            figures.whole(effects.size()),
            String.join("; ", effects));
  }

  /** One pattern's plan in numbers. */
  record Plan(
      PatternFigures pattern,
      double baseline,
      double target,
      double current,
      double saving,
      double progress) {

    /**
     * @param baselineKnown enough projects closed before the PMO start
     * @param currentKnown enough projects closed since
     * @param sinceCost what the pattern cost in the projects closed since
     */
    static Plan of(
        PatternFigures pattern,
        ImprovementTargets targets,
        boolean baselineKnown,
        boolean currentKnown,
        double sinceCost) {
      double baseline =
          baselineKnown && pattern.beforePmo() != null && pattern.beforePmo().known()
              ? pattern.beforePmo().share()
              : Double.NaN;
      double target =
          Double.isFinite(baseline) ? targets.targetShare(pattern.id(), baseline) : Double.NaN;
      double current =
          currentKnown && pattern.sincePmo() != null && pattern.sincePmo().known()
              ? pattern.sincePmo().share()
              : Double.NaN;
      // Without a target and a current share there is no saving to state: "–", never a 0 that
      // reads as "nothing to gain". At or under the target, the saving is truly none.
      double saving;
      if (!Double.isFinite(target) || !Double.isFinite(current)) {
        saving = Double.NaN;
      } else {
        saving = current > target ? sinceCost * (1 - target / current) : 0;
      }
      double progress;
      if (!Double.isFinite(current) || !Double.isFinite(target)) {
        progress = Double.NaN;
      } else if (baseline <= target) {
        progress = current <= target + SAME_SHARE ? 1 : 0;
      } else {
        progress = Math.max(0, (baseline - current) / (baseline - target));
        if (current <= target + SAME_SHARE) {
          // at the target, whatever the rounding of baseline × (1 − reduction) made of it
          progress = Math.max(1, progress);
        }
      }
      return new Plan(pattern, baseline, target, current, saving, progress);
    }

    /** At or under its target, measured: nothing left to save at the target share. */
    boolean met() {
      return Double.isFinite(saving) && saving == 0 && Double.isFinite(progress) && progress >= 1;
    }
  }

  private static ScorecardRow row(
      Plan plan, double top, Texts texts, Figures figures, OpenLinks open, String actions) {
    PatternFigures pattern = plan.pattern();
    String name = texts.text(pattern.id().nameKey());
    Map<ValueArea, Double> areas = pattern.costByArea();
    List<StackedBar.Part> parts = new ArrayList<>();
    for (ValueArea area : ValueArea.values()) {
      double money = areas.get(area);
      parts.add(new StackedBar.Part(texts.text(area.nameKey()), money, figures.money(money)));
    }
    String progress;
    if (!Double.isFinite(plan.progress())) {
      progress = texts.text("pmobuyin.gadget.scorecard.progress.unknown");
    } else if (plan.progress() >= 1) {
      progress = texts.text("pmobuyin.gadget.scorecard.progress.reached");
    } else {
      progress =
          texts.text("pmobuyin.gadget.scorecard.progress.part", figures.percent(plan.progress()));
    }
    return new ScorecardRow(
        pattern.id().name(),
        name,
        figures.money(pattern.cost()),
        figures.money(areas.get(ValueArea.EMPLOYEE)),
        figures.money(areas.get(ValueArea.CUSTOMER)),
        figures.money(areas.get(ValueArea.FINANCIAL)),
        StackedBar.render(name, parts, top),
        figures.percent(plan.baseline()),
        figures.percent(plan.target()),
        figures.percent(plan.current()),
        plan.met()
            ? texts.text("pmobuyin.gadget.scorecard.saving.met")
            : figures.money(plan.saving()),
        progress,
        Double.isFinite(plan.progress()) ? (int) Math.round(Math.min(1, plan.progress()) * 100) : 0,
        texts.text("pmobuyin.gadget.scorecard.issues", figures.whole(pattern.issues())),
        open,
        actions);
  }

  private static CsvTable table(
      List<Plan> plans, Texts texts, Map<PatternId, List<String>> actions) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      PatternFigures p = plan.pattern();
      Map<ValueArea, Double> areas = p.costByArea();
      rows.add(
          List.of(
              p.id().name(),
              texts.text(p.id().nameKey()),
              Figures.plain(p.costHours()),
              Figures.plain(p.cost()),
              Figures.plain(areas.get(ValueArea.EMPLOYEE)),
              Figures.plain(areas.get(ValueArea.CUSTOMER)),
              Figures.plain(areas.get(ValueArea.FINANCIAL)),
              Figures.plain(plan.baseline()),
              Figures.plain(plan.target()),
              Figures.plain(plan.current()),
              Figures.plain(plan.saving()),
              Figures.plain(plan.progress()),
              String.join(" ", actions.getOrDefault(p.id(), List.of()))));
    }
    return new CsvTable(
        "scorecard",
        List.of(
            "pattern_id",
            "pattern",
            "cost_hours",
            "cost",
            "cost_employees",
            "cost_customers",
            "cost_finances",
            "baseline_share",
            "target_share",
            "share_since_pmo",
            "saving_at_target",
            "progress",
            "actions"),
        rows);
  }
}
