package io.pmobuyin.testing;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.PatternThresholds;
import io.pmobuyin.mining.history.IssueHistory;
import io.pmobuyin.mining.pattern.FailurePattern;
import io.pmobuyin.mining.pattern.IssueView;
import io.pmobuyin.mining.pattern.MinedIssue;
import io.pmobuyin.mining.pattern.MiningContext;
import io.pmobuyin.mining.record.IssueRecord;
import java.time.Instant;
import java.util.Map;

/** Asks one pattern about one issue, with the default configuration unless told otherwise. */
public final class Judge {

  private Judge() {}

  public static boolean affects(FailurePattern pattern, IssueBuilder issue) {
    return pattern.affects(IssueView.of(issue.build(), MiningConfig.defaults()));
  }

  /** In a project running from day {@code startDay} to day {@code endDay}. */
  public static boolean affectsInProject(
      FailurePattern pattern, IssueBuilder builder, double startDay, double endDay) {
    return affectsInContext(pattern, builder, startDay, endDay, Map.of());
  }

  public static boolean affectsInContext(
      FailurePattern pattern,
      IssueBuilder builder,
      double startDay,
      double endDay,
      Map<String, Double> longCycleDays) {
    IssueRecord issue = builder.build();
    IssueHistory history = IssueHistory.of(issue, MiningConfig.defaults());
    MinedIssue mined =
        new MinedIssue() {
          @Override
          public Instant created() {
            return issue.created();
          }

          @Override
          public String type() {
            return issue.type();
          }

          @Override
          public double cycleDays() {
            return history.cycleDays();
          }
        };
    return pattern.affectsInContext(mined, context(startDay, endDay, longCycleDays));
  }

  private static MiningContext context(double startDay, double endDay, Map<String, Double> norms) {
    return new MiningContext() {
      @Override
      public PatternThresholds thresholds() {
        return PatternThresholds.defaults();
      }

      @Override
      public Instant projectStart() {
        return IssueBuilder.day(startDay);
      }

      @Override
      public Instant projectEnd() {
        return IssueBuilder.day(endDay);
      }

      @Override
      public double longCycleDays(String type) {
        return norms.getOrDefault(type, Double.NaN);
      }
    };
  }
}
