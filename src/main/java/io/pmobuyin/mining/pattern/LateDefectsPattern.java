package io.pmobuyin.mining.pattern;

import io.pmobuyin.mining.Threshold;
import java.util.List;

/** A defect created in the last part of the project's timeline. */
public final class LateDefectsPattern implements FailurePattern {

  /** The last share of the timeline in which new defects count as late. */
  public static final Threshold LATE_SHARE = Threshold.share("lateShare", 0.2);

  @Override
  public PatternId id() {
    return PatternId.LATE_DEFECTS;
  }

  @Override
  public List<ValueArea> valueAreas() {
    return List.of(ValueArea.CUSTOMER);
  }

  @Override
  public boolean affects(IssueView issue) {
    return false;
  }

  @Override
  public boolean affectsInContext(MinedIssue issue, MiningContext context) {
    return context.thresholds().isBug(issue.type())
        && issue
            .created()
            .isAfter(context.projectMoment(1 - context.thresholds().value(LATE_SHARE)));
  }

  @Override
  public List<Threshold> thresholds() {
    return List.of(LATE_SHARE);
  }
}
