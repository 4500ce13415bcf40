package io.pmobuyin.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which open projects the admin page suggests as closed, by the admin's thresholds. */
class ClosedProjectSuggestionsTest {

  private final ClosedProjectSuggestions standard =
      new ClosedProjectSuggestions(rules(0.95, Set.of(), Set.of()));

  @Test
  void suggestsAQuietProjectResolvedExactlyToTheShare() {
    assertThat(standard.suggests(new ProjectIssueCounts(20, 1, 0))).isTrue();
    assertThat(standard.suggests(new ProjectIssueCounts(100, 0, 0))).isTrue();
  }

  @Test
  void doesNotSuggestAProjectResolvedJustBelowTheShare() {
    assertThat(standard.suggests(new ProjectIssueCounts(20, 2, 0))).isFalse();
    assertThat(standard.suggests(new ProjectIssueCounts(1_000, 51, 0))).isFalse();
  }

  @Test
  void doesNotSuggestAProjectWithAnIssueUpdatedWithinTheQuietDays() {
    assertThat(standard.suggests(new ProjectIssueCounts(50, 0, 1))).isFalse();
  }

  @Test
  void neverSuggestsAProjectWithoutIssues() {
    assertThat(new ClosedProjectSuggestions(rules(0, Set.of(), Set.of())).suggests(counts(0, 0)))
        .isFalse();
  }

  @Test
  void followsTheAdminsShareFromNothingToEverything() {
    ClosedProjectSuggestions anyQuietProject =
        new ClosedProjectSuggestions(rules(0, Set.of(), Set.of()));
    ClosedProjectSuggestions onlyAllResolved =
        new ClosedProjectSuggestions(rules(1, Set.of(), Set.of()));

    assertThat(anyQuietProject.suggests(counts(10, 10))).isTrue();
    assertThat(onlyAllResolved.suggests(counts(10, 1))).isFalse();
    assertThat(onlyAllResolved.suggests(counts(10, 0))).isTrue();
  }

  @Test
  void readsCountsThatDisagreeAsNothingResolved() {
    ProjectIssueCounts raced = new ProjectIssueCounts(3, 4, 0);

    assertThat(raced.resolved()).isZero();
    assertThat(raced.resolvedShare()).isZero();
    assertThat(standard.suggests(raced)).isFalse();
  }

  @Test
  void givesTheResolvedShareOfAProject() {
    assertThat(counts(8, 2).resolvedShare()).isEqualTo(0.75);
    assertThat(counts(0, 0).resolvedShare()).isZero();
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> new ProjectIssueCounts(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesOutArchivedProjectsAndThosePickedByCategoryOrKey() {
    ClosedProjectSuggestions suggestions =
        new ClosedProjectSuggestions(rules(0.95, Set.of(10_001L), Set.of("OLD")));

    assertThat(suggestions.worthCounting(false, null, "NEW")).isTrue();
    assertThat(suggestions.worthCounting(false, 10_002L, "NEW")).isTrue();
    assertThat(suggestions.worthCounting(true, null, "NEW")).isFalse();
    assertThat(suggestions.worthCounting(false, 10_001L, "NEW")).isFalse();
    assertThat(suggestions.worthCounting(false, null, "OLD")).isFalse();
    assertThat(suggestions.worthCounting(false, null, "old")).isFalse();
  }

  private static ProjectIssueCounts counts(long issues, long unresolved) {
    return new ProjectIssueCounts(issues, unresolved, 0);
  }

  private static ClosedProjectRules rules(double share, Set<Long> categories, Set<String> keys) {
    return new ClosedProjectRules(true, categories, keys, share, 90);
  }
}
