package io.pmobuyin.jira.digest;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.run.digest.Audience;
import io.pmobuyin.run.digest.Recipient;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JiraDigestAudiencesTest {

  private final JiraPeople people =
      new JiraPeople()
          .active("JIRAUSER1", "Ann", "pmo")
          .inactive("JIRAUSER2", "Bo", "pmo")
          .active("JIRAUSER3", "Cy")
          .deleted("JIRAUSER9");
  private final JiraBrowsing jira =
      new JiraBrowsing()
          .projects("ALPHA", "BETA")
          .browses("JIRAUSER1", "ALPHA")
          .browses("JIRAUSER3", "ALPHA", "BETA", "GONE");
  private final GadgetData data =
      new GadgetData(
          aReport()
              .projects(
                  aProject("ALPHA").sponsor("JIRAUSER3"),
                  aProject("BETA").sponsor("JIRAUSER3"),
                  aProject("GONE").sponsor("JIRAUSER9"))
              .build(),
          null,
          null,
          null);
  private final JiraDigestAudiences audiences =
      new JiraDigestAudiences(
          people.groupManager(),
          people.userManager(),
          jira.projectManager(),
          jira.permissionManager());

  @Test
  void aGroupIsItsMembersInactiveOnesIncludedForTheSenderToSkip() {
    List<Recipient> members = audiences.members(Audience.group("pmo"), data);

    assertThat(members)
        .extracting(Recipient::userKey, Recipient::active, Recipient::email)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("JIRAUSER1", true, "JIRAUSER1@example.com"),
            org.assertj.core.groups.Tuple.tuple("JIRAUSER2", false, "JIRAUSER2@example.com"));
  }

  @Test
  void theSponsorsAreThePeopleTheReportsProjectsNameEachOnceWithTheirProjects() {
    List<Recipient> sponsors = audiences.members(Audience.sponsors(), data);

    // The deleted sponsor of GONE is left out: Jira no longer knows an address for them.
    assertThat(sponsors).extracting(Recipient::userKey).containsExactly("JIRAUSER3");
    assertThat(sponsors.get(0).sponsored()).isEqualTo(Set.of("ALPHA", "BETA"));
  }

  @Test
  void browsingIsAskedOfJiraForTheRecipientNotTheCaller() {
    Recipient ann = audiences.person("JIRAUSER1", data).orElseThrow();
    Recipient cy = audiences.person("JIRAUSER3", data).orElseThrow();

    assertThat(ann.mayBrowse().test("ALPHA")).isTrue();
    assertThat(ann.mayBrowse().test("BETA")).isFalse();
    assertThat(cy.mayBrowse().test("BETA")).isTrue();
    // A project Jira no longer knows is not browsable, whatever was once granted.
    assertThat(cy.mayBrowse().test("GONE")).isFalse();
  }

  @Test
  void asksJiraOncePerProjectAndPersonDuringASend() {
    Recipient ann = audiences.person("JIRAUSER1", data).orElseThrow();

    ann.mayBrowse().test("ALPHA");
    ann.mayBrowse().test("ALPHA");

    assertThat(jira.checks()).isEqualTo(1);
  }

  @Test
  void anUnknownPersonIsNobody() {
    assertThat(audiences.person("JIRAUSER9", data)).isEmpty();
  }

  @Test
  void anAddressJiraDoesNotHaveComesThroughAsMissing() {
    people.email("JIRAUSER1", null);

    assertThat(audiences.person("JIRAUSER1", data).orElseThrow().hasAddress()).isFalse();
  }
}
