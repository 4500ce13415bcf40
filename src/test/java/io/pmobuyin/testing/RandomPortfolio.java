package io.pmobuyin.testing;

import static io.pmobuyin.testing.IssueBuilder.anIssue;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.IssueRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Many varied issues across projects and years, from a seed, for whole-report properties. */
public final class RandomPortfolio {

  private RandomPortfolio() {}

  public static List<IssueRecord> of(long seed, int projects, int issuesPerProject) {
    Random random = new Random(seed);
    List<IssueRecord> issues = new ArrayList<>();
    for (int p = 0; p < projects; p++) {
      int offset = p * 120;
      for (int i = 1; i <= issuesPerProject; i++) {
        double created = offset + random.nextInt(60);
        IssueBuilder issue =
            anIssue()
                .key("P" + p + "-" + i)
                .ofType(random.nextInt(5) == 0 ? "Bug" : "Story")
                .createdOnDay(created)
                .dueOnDay((int) created + 5 + random.nextInt(20))
                .estimatedHours(1 + random.nextInt(16))
                .spentHours(random.nextInt(30))
                .reassignedOnDay(created + 0.5, "acc-person-" + random.nextInt(30))
                .startedOnDay(created + 1 + random.nextInt(5));
        if (random.nextInt(4) == 0) {
          issue.change(created + 6, ChangeField.PRIORITY, "Medium", "High");
        }
        int outcome = random.nextInt(10);
        if (outcome < 7) {
          issue.resolvedOnDay(created + 7 + random.nextInt(30));
        } else if (outcome < 9) {
          issue
              .resolvedOnDay(created + 7, "Fixed")
              .reopenedOnDay(created + 9)
              .resolvedOnDay(created + 20);
        }
        issues.add(issue.build());
      }
    }
    return issues;
  }
}
