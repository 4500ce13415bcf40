package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class AbandonedWorkPatternTest {

  private final AbandonedWorkPattern pattern = new AbandonedWorkPattern();

  @Test
  void flagsWorkResolvedAsNotDone() {
    assertThat(Judge.affects(pattern, anIssue().resolvedOnDay(3, "Won't Do"))).isTrue();
    assertThat(Judge.affects(pattern, anIssue().resolvedOnDay(3, "obsolete"))).isTrue();
  }

  @Test
  void flagsWorkLeftOpenWhenTheProjectClosed() {
    assertThat(Judge.affects(pattern, anIssue().startedOnDay(2))).isTrue();
  }

  @Test
  void takesADuplicateForNeitherDeliveredNorAbandoned() {
    assertThat(Judge.affects(pattern, anIssue().resolvedOnDay(3, "Duplicate"))).isFalse();
  }

  @Test
  void takesTheResolutionsApacheUsesForWorkNotDoneAsAbandoned() {
    for (String resolution :
        new String[] {"Invalid", "Not a Problem", "Later", "Cannot Reproduce", "Won't Fix"}) {
      assertThat(Judge.affects(pattern, anIssue().resolvedOnDay(3, resolution)))
          .as(resolution)
          .isTrue();
    }
  }

  @Test
  void acceptsWorkDone() {
    assertThat(Judge.affects(pattern, anIssue().resolvedOnDay(3, "Fixed"))).isFalse();
  }
}
