package io.pmobuyin.preview.sample;

import static io.pmobuyin.preview.sample.ProjectPlanBuilder.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueStoryGeneratorTest {

  private final IssueStoryGenerator generator = new IssueStoryGenerator();
  private final ProjectPlan project =
      aProject().withProfile(FailureProfile.LEGACY).withIssues(400).build();

  private List<IssueStory> allIssues() {
    List<IssueStory> issues = new ArrayList<>();
    for (int n = 1; n <= project.issueCount(); n++) {
      issues.add(generator.generate(project, n));
    }
    return issues;
  }

  @Test
  void anIssueIsTheSameWhetherGeneratedAloneOrInSequence() {
    List<IssueStory> inSequence = allIssues();

    assertThat(generator.generate(project, 123)).isEqualTo(inSequence.get(122));
  }

  @Test
  void issuesAreCreatedInKeyOrderWithinTheProjectsTimeline() {
    long previous = project.start();
    for (IssueStory issue : allIssues()) {
      assertThat(issue.basics().created()).isGreaterThanOrEqualTo(previous);
      previous = issue.basics().created();
    }
    assertThat(previous).isLessThan(project.close());
  }

  @Test
  void subtasksBelongToAnEarlierStoryOrTask() {
    List<IssueStory> issues = allIssues();

    assertThat(issues).anyMatch(issue -> issue.basics().type() == JiraIssueType.SUBTASK);
    for (IssueStory issue : issues) {
      int parent = issue.basics().parentNumber();
      assertThat(parent > 0).isEqualTo(issue.basics().type() == JiraIssueType.SUBTASK);
      if (parent > 0) {
        assertThat(parent).isLessThan(issue.basics().number());
        assertThat(issues.get(parent - 1).basics().type())
            .isIn(JiraIssueType.STORY, JiraIssueType.TASK);
      }
    }
  }

  @Test
  void nothingHappensToAnIssueAfterItsProjectCloses() {
    for (IssueStory issue : allIssues()) {
      assertThat(issue.updated()).isLessThanOrEqualTo(project.close());
    }
  }

  @Test
  void aTroubleFreeProjectDeliversEverythingWithoutReworkOrHandoffs() {
    ProjectPlan calm = aProject().withIssues(200).build();
    for (int n = 1; n <= calm.issueCount(); n++) {
      IssueStory issue = generator.generate(calm, n);
      List<String> fields =
          issue.histories().stream()
              .flatMap(h -> h.items().stream())
              .map(HistoryItem::field)
              .toList();

      assertThat(fields).doesNotContain("Flagged", "Link", "priority");
      assertThat(fields.stream().filter("assignee"::equals).count()).isLessThanOrEqualTo(2);
      if (issue.basics().created() < calm.close() - 30 * 86_400L) {
        assertThat(issue.status().isDone()).as(issue.key()).isTrue();
      }
    }
  }
}
