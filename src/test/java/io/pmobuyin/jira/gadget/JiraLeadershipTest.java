package io.pmobuyin.jira.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.report.PortfolioReport;
import io.pmobuyin.scope.PortfolioLeadership;
import io.pmobuyin.scope.ProjectLeadership;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.JiraIssues;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.Reports;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Leads and sponsors as Jira names them, beside the mined and the open projects. */
class JiraLeadershipTest {

  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  private final JiraPeople people =
      new JiraPeople()
          .active("JIRAUSER1", "Zoe Chief")
          .inactive("JIRAUSER2", "Old Lead")
          .deleted("JIRAUSER9");

  private static PortfolioReport minedWithSponsor(String project, String sponsorKey) {
    return Reports.mine(
        IntStream.rangeClosed(1, 3)
            .mapToObj(
                i ->
                    IssueBuilder.anIssue()
                        .key(project + "-" + i)
                        .startedOnDay(1)
                        .resolvedOnDay(4 + i)
                        .sponsor(sponsorKey)
                        .build())
            .toList(),
        MiningConfig.defaults());
  }

  private PortfolioLeadership leadership(PortfolioReport report) {
    return new JiraLeadership(jira.projectManager(), people.userManager()).of(report);
  }

  @Test
  void namesTheSponsorTheMinedIssuesCarriedAndTheLeadJiraHasMarkingInactiveOnes() {
    jira.archivedProject(10, "ABC").named("Old portal").ledBy("JIRAUSER2");

    ProjectLeadership abc =
        leadership(minedWithSponsor("ABC", "JIRAUSER1")).of("ABC").orElseThrow();

    assertThat(abc.active()).isFalse();
    assertThat(abc.sponsor()).isEqualTo("Zoe Chief");
    assertThat(abc.sponsorInactive()).isFalse();
    assertThat(abc.lead()).isEqualTo("Old Lead");
    assertThat(abc.leadInactive()).isTrue();
  }

  @Test
  void showsADeletedSponsorByKeyMarked() {
    ProjectLeadership abc =
        leadership(minedWithSponsor("ABC", "JIRAUSER9")).of("ABC").orElseThrow();

    assertThat(abc.sponsor()).isEqualTo("JIRAUSER9");
    assertThat(abc.sponsorInactive()).isTrue();
    assertThat(abc.lead()).as("a project Jira no longer has").isNull();
  }

  @Test
  void addsJirasOpenProjectsWithTheirLeadButNotOtherArchivedOnes() {
    jira.project(20, "LIVE").named("Live work").inCategory(2, "Running").ledBy("JIRAUSER1");
    jira.archivedProject(21, "GONE").named("Archived, not mined");

    List<ProjectLeadership> active = leadership(minedWithSponsor("ABC", "JIRAUSER1")).active();

    assertThat(active)
        .extracting(
            ProjectLeadership::projectKey,
            ProjectLeadership::projectName,
            ProjectLeadership::category,
            ProjectLeadership::lead,
            ProjectLeadership::sponsor)
        .containsExactly(tuple("LIVE", "Live work", "Running", "Zoe Chief", null));
  }
}
