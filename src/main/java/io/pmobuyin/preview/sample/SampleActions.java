package io.pmobuyin.preview.sample;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.PlanSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The sample PMO's improvement plan: what inside Jira would be issues of its {@code PMO} project.
 * Made to show every outcome an action can have, not only wins: the standard sample's schedule slip
 * hardly moves after the PMO started, so the action against it shows no clear change; one action
 * has not started (and applies to the projects using the Resource planning service, so that the
 * sample shows an action placed by PMO Scope); one applies to a few recent projects only and stands
 * on too few of them.
 */
final class SampleActions {

  /** Closed in the last year of the standard sample, where the scope gate was tried first. */
  static final Set<String> SCOPE_GATE_PILOTS = Set.of("CIPHER", "CREST", "NOVA", "TIDE");

  private SampleActions() {}

  static PlanSection of(LocalDate pmoStart) {
    return new PlanSection(
        List.of(
            new ImprovementAction(
                "PMO-1",
                "Definition of done checked at every sprint review",
                "Done",
                true,
                List.of(PatternId.REWORK, PatternId.ESTIMATION_MISS),
                pmoStart,
                Set.of()),
            new ImprovementAction(
                "PMO-2",
                "Freeze scope once the release plan is agreed",
                "In Progress",
                false,
                List.of(PatternId.SCOPE_CREEP),
                pmoStart.plusMonths(2),
                Set.of()),
            new ImprovementAction(
                "PMO-3",
                "Release dates agreed with the delivery team",
                "In Progress",
                false,
                List.of(PatternId.SCHEDULE_SLIP),
                pmoStart,
                Set.of()),
            new ImprovementAction(
                "PMO-4",
                "A named owner for every item in progress",
                "To Do",
                false,
                List.of(PatternId.OWNERLESS_WORK, PatternId.HANDOFF_CHURN),
                null,
                Set.of(),
                Set.of(PmoScopeOption.RESOURCE_PLANNING.catalogueEntry().id())),
            new ImprovementAction(
                "PMO-5",
                "Scope gate piloted in four projects",
                "In Progress",
                false,
                List.of(PatternId.SCOPE_CREEP),
                pmoStart.plusMonths(18),
                SCOPE_GATE_PILOTS)));
  }
}
