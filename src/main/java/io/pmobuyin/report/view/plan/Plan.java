package io.pmobuyin.report.view.plan;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.analysis.MinimumSample;
import io.pmobuyin.report.analysis.PatternChange;
import io.pmobuyin.report.analysis.ProjectSelection;
import io.pmobuyin.report.analysis.Verdict;
import io.pmobuyin.report.plan.ActionEffect;
import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.report.view.common.Figures;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.report.view.common.OpenLinks;
import io.pmobuyin.report.view.common.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds gadget 7, the improvement plan: each action with its patterns, status and measured effect
 * over the projects of the gadget's selection (those the reader may see, in its category and
 * period): each targeted pattern's share in the projects it applies to that closed since it
 * started, against those closed before, with the one verdict rule and interval of every view.
 */
public final class Plan {

  private Plan() {}

  public static PlanView build(GadgetInput input) {
    return build(input, effects(input));
  }

  /**
   * Each action of the plan measured over the input's projects, in the plan's order: what this
   * gadget shows, and the scorecard beside its patterns. Each costs a bootstrap per pattern, so a
   * view showing both (the brief) measures them once.
   */
  public static List<ActionEffect> effects(GadgetInput input) {
    List<ActionEffect> effects = new ArrayList<>();
    for (ImprovementAction action : input.report().plan().actions()) {
      effects.add(ActionEffect.of(action, input.selection(), input.catalogue()));
    }
    return effects;
  }

  /** The gadget over effects already measured by {@link #effects}. */
  public static PlanView build(GadgetInput input, List<ActionEffect> effects) {
    ProjectSelection selection = input.selection();
    Texts texts = input.texts();
    Figures figures = input.figures();
    List<PlanRow> rows = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (ActionEffect effect : effects) {
      rows.add(row(effect, input));
      csv.addAll(csvRows(effect));
    }
    return new PlanView(
        input.summary(selection),
        rows.isEmpty(),
        rows,
        texts.text(
            "pmobuyin.gadget.plan.method",
            figures.whole(MinimumSample.PROJECTS),
            figures.whole(MinimumSample.ISSUES)),
        List.of(table(csv)));
  }

  static PlanRow row(ActionEffect effect, GadgetInput input) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    ImprovementAction action = effect.action();
    List<PlanEffectLine> lines = new ArrayList<>();
    for (PatternId pattern : action.patterns()) {
      lines.add(line(effect, pattern, input));
    }
    return new PlanRow(
        action.key(),
        URLEncoder.encode(action.key(), StandardCharsets.UTF_8).replace("+", "%20"),
        action.title(),
        action.status().isEmpty() ? texts.text("pmobuyin.gadget.plan.no-status") : action.status(),
        action.done(),
        String.join(", ", action.patterns().stream().map(p -> texts.text(p.nameKey())).toList()),
        AppliesTo.text(action, input.catalogue(), texts, figures),
        action.hasStarted(),
        action.hasStarted()
            ? texts.text("pmobuyin.gadget.plan.since", action.started().toString())
            : texts.text("pmobuyin.gadget.plan.not-started"),
        texts.text(
            "pmobuyin.gadget.plan.projects",
            figures.whole(effect.projectsBefore()),
            figures.whole(effect.projectsSince())),
        lines);
  }

  /**
   * One action's status and the verdict of its measured effect on one of its patterns, in a few
   * words, for the row of that pattern elsewhere (the scorecard, whose column is narrow; the shares
   * and interval are in this gadget): "PMO-2 (In Progress): ✓ Improved".
   */
  public static String effectOn(ActionEffect effect, PatternId pattern, GadgetInput input) {
    Texts texts = input.texts();
    ImprovementAction action = effect.action();
    PatternChange change = effect.changes().get(pattern);
    String measured;
    if (!action.hasStarted()) {
      measured = texts.text("pmobuyin.gadget.scorecard.action.not-started");
    } else if (change.verdict() == Verdict.TOO_LITTLE_DATA) {
      measured = texts.text("pmobuyin.gadget.plan.effect.too-few");
    } else {
      measured = texts.verdict(change.verdict());
    }
    return texts.text(
        "pmobuyin.gadget.scorecard.action",
        action.key(),
        action.status().isEmpty() ? texts.text("pmobuyin.gadget.plan.no-status") : action.status(),
        measured);
  }

  private static PlanEffectLine line(ActionEffect effect, PatternId pattern, GadgetInput input) {
    Texts texts = input.texts();
    Figures figures = input.figures();
    String name = texts.text(pattern.nameKey());
    PatternChange change = effect.changes().get(pattern);
    if (!effect.action().hasStarted()) {
      String none = texts.text("pmobuyin.gadget.plan.effect.not-started");
      return new PlanEffectLine(name, Verdict.TOO_LITTLE_DATA.id(), none, none, OpenLinks.none());
    }
    OpenLinks open = sinceIssues(effect, pattern, input);
    String shares =
        texts.text(
            "pmobuyin.gadget.lessons.change",
            figures.percent(change.before()),
            figures.percent(change.since()));
    if (change.verdict() == Verdict.TOO_LITTLE_DATA) {
      String few = texts.text("pmobuyin.gadget.plan.effect.too-few");
      return new PlanEffectLine(name, change.verdict().id(), shares + " \u00b7 " + few, few, open);
    }
    String word = texts.verdict(change.verdict());
    return new PlanEffectLine(
        name,
        change.verdict().id(),
        texts.text(
            "pmobuyin.gadget.lessons.verdict",
            shares,
            word,
            figures.points(change.low()),
            figures.points(change.high())),
        shares + " " + word,
        open);
  }

  /**
   * The issues a measured effect's "since" share counts: the pattern's issues in the projects the
   * action applies to that closed since it started, among those the reader may open.
   */
  private static OpenLinks sinceIssues(ActionEffect effect, PatternId pattern, GadgetInput input) {
    long counted =
        effect.since().stream()
            .flatMap(p -> p.patterns().stream())
            .filter(shown -> shown.id() == pattern)
            .mapToLong(ProjectSection.ProjectPattern::issues)
            .sum();
    return OpenLinks.issues(
        input.drill().pattern(pattern, effect.since(), input.query()),
        counted,
        input.texts(),
        input.figures());
  }

  private static List<List<String>> csvRows(ActionEffect effect) {
    ImprovementAction action = effect.action();
    List<List<String>> rows = new ArrayList<>();
    for (PatternId pattern : action.patterns()) {
      PatternChange change = effect.changes().get(pattern);
      rows.add(
          List.of(
              action.key(),
              action.title(),
              action.status(),
              Boolean.toString(action.done()),
              action.hasStarted() ? action.started().toString() : "",
              String.join(" ", action.projects()),
              String.join(" ", action.services()),
              pattern.name(),
              Long.toString(effect.projectsBefore()),
              Long.toString(effect.projectsSince()),
              Figures.plain(change.before()),
              action.hasStarted() ? Figures.plain(change.since()) : "",
              Figures.plain(change.low()),
              Figures.plain(change.high()),
              change.verdict().id()));
    }
    return rows;
  }

  private static CsvTable table(List<List<String>> rows) {
    return new CsvTable(
        "plan",
        List.of(
            "action",
            "title",
            "status",
            "done",
            "started",
            "projects_applied_to",
            "services_applied_to",
            "pattern_id",
            "projects_before",
            "projects_since",
            "share_before",
            "share_since",
            "change_low",
            "change_high",
            "verdict"),
        rows);
  }
}
