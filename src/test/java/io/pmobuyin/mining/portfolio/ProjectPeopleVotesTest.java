package io.pmobuyin.mining.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectPeopleVotesTest {

  private final ProjectPeopleVotes votes = new ProjectPeopleVotes();

  @Test
  void takesTheCharterIssuesSponsorOverTheMostCommonValue() {
    votes.add("Story", "sp-a", List.of());
    votes.add("Story", "sp-a", List.of());
    votes.add("Task", "sp-a", List.of());
    votes.add("Epic", "sp-b", List.of());

    assertThat(votes.sponsor()).isEqualTo("sp-b");
  }

  @Test
  void takesTheMostCommonValueWithoutACharterIssue() {
    votes.add("Story", "sp-a", List.of());
    votes.add("Story", "sp-b", List.of());
    votes.add("Bug", "sp-b", List.of());
    votes.add("Bug", null, List.of());

    assertThat(votes.sponsor()).isEqualTo("sp-b");
  }

  @Test
  void breaksATieByTheSmallerIdWhateverTheOrder() {
    ProjectPeopleVotes other = new ProjectPeopleVotes();
    votes.add("Story", "sp-b", List.of());
    votes.add("Story", "sp-a", List.of());
    other.add("Story", "sp-a", List.of());
    other.add("Story", "sp-b", List.of());

    assertThat(votes.sponsor()).isEqualTo("sp-a").isEqualTo(other.sponsor());
  }

  @Test
  void hasNoSponsorWhenNoIssueNamesOne() {
    votes.add("Story", null, List.of("Risk review"));

    assertThat(votes.sponsor()).isNull();
  }

  @Test
  void countsTheIssuesCarryingEachScopeValue() {
    votes.add("Story", null, List.of("Risk review", "Delivery assurance"));
    votes.add("Story", null, List.of("Risk review"));

    assertThat(votes.scopeTags())
        .containsEntry("Risk review", 2L)
        .containsEntry("Delivery assurance", 1L);
  }
}
