package io.pmobuyin.mining.pattern;

import java.util.List;
import java.util.Locale;

/**
 * The stable ids of the failure-pattern catalogue, each with its pattern, in the order reports list
 * them; reports and settings refer to these. Adding a pattern: its class and one line here.
 */
public enum PatternId {
  SCHEDULE_SLIP(new ScheduleSlipPattern()),
  VERSION_CARRY_OVER(new VersionCarryOverPattern()),
  SCOPE_CREEP(new ScopeCreepPattern()),
  REWORK(new ReworkPattern()),
  LATE_DEFECTS(new LateDefectsPattern()),
  ESTIMATION_MISS(new EstimationMissPattern()),
  ABANDONED_WORK(new AbandonedWorkPattern()),
  HANDOFF_CHURN(new HandoffChurnPattern()),
  PRIORITY_ESCALATION(new PriorityEscalationPattern()),
  BLOCKED_WORK(new BlockedWorkPattern()),
  STALLED_WORK(new StalledWorkPattern()),
  LONG_CYCLE(new LongCyclePattern()),
  OWNERLESS_WORK(new OwnerlessWorkPattern());

  /** Patterns hold no state, so one instance per id serves every run. */
  private final FailurePattern pattern;

  PatternId(FailurePattern pattern) {
    this.pattern = pattern;
  }

  /** The pattern this id names: the one place that ties an id to its definition. */
  public FailurePattern pattern() {
    return pattern;
  }

  /** How the pattern's cost is known. */
  public CostBasis costBasis() {
    return pattern().costBasis();
  }

  /** The value areas the pattern hurts. */
  public List<ValueArea> valueAreas() {
    return pattern().valueAreas();
  }

  /** i18n key of the blame-free name, e.g. {@code pmobuyin.pattern.schedule-slip.name}. */
  public String nameKey() {
    return "pmobuyin.pattern." + slug() + ".name";
  }

  /** i18n key of the blame-free explanation. */
  public String explanationKey() {
    return "pmobuyin.pattern." + slug() + ".explanation";
  }

  private String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
