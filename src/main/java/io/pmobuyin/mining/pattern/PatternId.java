package io.pmobuyin.mining.pattern;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The stable ids of the failure-pattern catalogue, each with its pattern, in the order reports list
 * them; reports and settings refer to these. Adding a pattern: its class and one line here.
 */
public enum PatternId {
  SCHEDULE_SLIP(ScheduleSlipPattern::new),
  VERSION_CARRY_OVER(VersionCarryOverPattern::new),
  SCOPE_CREEP(ScopeCreepPattern::new),
  REWORK(ReworkPattern::new),
  LATE_DEFECTS(LateDefectsPattern::new),
  ESTIMATION_MISS(EstimationMissPattern::new),
  ABANDONED_WORK(AbandonedWorkPattern::new),
  HANDOFF_CHURN(HandoffChurnPattern::new),
  PRIORITY_ESCALATION(PriorityEscalationPattern::new),
  BLOCKED_WORK(BlockedWorkPattern::new),
  STALLED_WORK(StalledWorkPattern::new),
  LONG_CYCLE(LongCyclePattern::new),
  OWNERLESS_WORK(OwnerlessWorkPattern::new);

  private final Supplier<FailurePattern> pattern;

  PatternId(Supplier<FailurePattern> pattern) {
    this.pattern = pattern;
  }

  /** The pattern this id names: the one place that ties an id to its definition. */
  public FailurePattern pattern() {
    return pattern.get();
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
