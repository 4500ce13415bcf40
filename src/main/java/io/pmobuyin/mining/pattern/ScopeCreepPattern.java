package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.history.VersionPlan;
import java.time.Instant;
import java.util.List;

/**
 * Added to a commitment after it was made: planned into a fix version after work on that version
 * had begun, added to a sprint that had already started, or created after the baseline day the
 * admin set for the project. Work with no commitment (no fix version planned before it was
 * resolved, no sprint, no baseline) is not judged: the calendar alone says nothing about plans.
 */
public final class ScopeCreepPattern implements FailurePattern {

  @Override
  public PatternId id() {
    return PatternId.SCOPE_CREEP;
  }

  @Override
  public CostBasis costBasis() {
    return CostBasis.ATTRIBUTED;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.FINANCIAL, ValueArea.EMPLOYEE);
  }

  @Override
  public boolean affects(IssueView issue) {
    return issue.history().addedToRunningSprint();
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    Instant baseline = context.projectBaseline();
    if (baseline != null && issue.created().isAfter(baseline)) {
      return true;
    }
    for (VersionPlan plan : issue.versionPlans()) {
      Instant began = context.versionWorkStart(plan.version());
      if (began != null && plan.plannedAt().isAfter(began)) {
        return true;
      }
    }
    return false;
  }
}
