package io.pmobuyin.preview.plan;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the actions a file gives, whatever its format, and makes the plan of them. Every problem
 * is collected, with its line and field, so that one correction pass fixes the file; an action with
 * a problem is never kept in part, and a file with any problem gives no plan at all.
 *
 * <p>A service must have the form of a catalogue id. Whether the catalogue has it can be checked
 * only where a catalogue is known (the sample's); an export brings none, and its services are then
 * taken as given.
 */
final class ActionRows {

  private final ServiceCatalogue catalogue;

  private final List<ImprovementAction> actions = new ArrayList<>();
  private final List<ActionProblem> problems = new ArrayList<>();
  private final Map<String, Integer> lineOfKey = new HashMap<>();

  /**
   * @param catalogue the catalogue the services must be in; empty when none is known
   */
  ActionRows(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Checks one action; it is kept if it has no problem. */
  void add(RawAction raw) {
    int before = problems.size();
    for (ActionField field : ActionField.values()) {
      if (field.required() && raw.text(field).isEmpty()) {
        problems.add(ActionProblem.of(raw.line(), field, "pmobuyin.actions.problem.missing"));
      }
    }
    String key = raw.text(ActionField.KEY);
    if (!key.isEmpty()) {
      Integer first = lineOfKey.putIfAbsent(key, raw.line());
      if (first != null) {
        problems.add(
            ActionProblem.of(
                raw.line(), ActionField.KEY, "pmobuyin.actions.problem.duplicate", key, first));
      }
    }
    List<PatternId> patterns = patterns(raw);
    Set<String> services = services(raw);
    LocalDate started = started(raw);
    boolean done = done(raw);
    if (problems.size() == before) {
      actions.add(
          new ImprovementAction(
              key,
              raw.text(ActionField.TITLE),
              raw.text(ActionField.STATUS),
              done,
              patterns,
              started,
              Set.copyOf(raw.items(ActionField.PROJECTS)),
              services));
    }
  }

  /** A problem with the file's shape rather than with one value. */
  void problem(ActionProblem problem) {
    problems.add(problem);
  }

  List<ActionProblem> problems() {
    return List.copyOf(problems);
  }

  /** The plan; only when there were no problems. */
  PlanSection plan() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the actions have problems");
    }
    return new PlanSection(actions);
  }

  private List<PatternId> patterns(RawAction raw) {
    Set<PatternId> patterns = new LinkedHashSet<>();
    for (String item : raw.items(ActionField.PATTERNS)) {
      PatternId id = patternId(item);
      if (id == null) {
        problems.add(
            ActionProblem.of(
                raw.line(),
                ActionField.PATTERNS,
                "pmobuyin.actions.problem.pattern",
                item,
                patternIds()));
      } else if (!patterns.add(id)) {
        problems.add(
            ActionProblem.of(
                raw.line(), ActionField.PATTERNS, "pmobuyin.actions.problem.pattern-twice", item));
      }
    }
    return List.copyOf(patterns);
  }

  private Set<String> services(RawAction raw) {
    Set<String> services = new TreeSet<>();
    for (String item : raw.items(ActionField.SERVICES)) {
      if (!CatalogueEntry.ID.matcher(item).matches()) {
        problems.add(
            ActionProblem.of(
                raw.line(), ActionField.SERVICES, "pmobuyin.actions.problem.service-form", item));
      } else if (!catalogue.entries().isEmpty() && catalogue.entry(item).isEmpty()) {
        problems.add(
            ActionProblem.of(
                raw.line(),
                ActionField.SERVICES,
                "pmobuyin.actions.problem.service",
                item,
                String.join(", ", catalogue.entries().stream().map(CatalogueEntry::id).toList())));
      } else {
        services.add(item);
      }
    }
    return services;
  }

  private LocalDate started(RawAction raw) {
    String text = raw.text(ActionField.STARTED);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(
          ActionProblem.of(raw.line(), ActionField.STARTED, "pmobuyin.actions.problem.date", text));
      return null;
    }
  }

  private boolean done(RawAction raw) {
    String text = raw.text(ActionField.DONE);
    if (text.isEmpty() || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    problems.add(
        ActionProblem.of(raw.line(), ActionField.DONE, "pmobuyin.actions.problem.done", text));
    return false;
  }

  private static PatternId patternId(String text) {
    for (PatternId id : PatternId.values()) {
      if (id.name().equals(text)) {
        return id;
      }
    }
    return null;
  }

  private static String patternIds() {
    return String.join(", ", List.of(PatternId.values()).stream().map(PatternId::name).toList());
  }
}
