package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Mined;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionCarryOverPatternTest {

  private static List<String> carriedOver(IssueBuilder... issues) {
    return Mined.showing(PatternId.VERSION_CARRY_OVER, issues);
  }

  @Test
  void flagsAMoveToALaterVersionRecordedAsOneItem() {
    assertThat(carriedOver(anIssue().key("ABC-1").movedVersion("1.2", "1.3", null, 3)))
        .containsExactly("ABC-1");
  }

  @Test
  void flagsAMoveRecordedAsRemovalAndAdditionAtTheSameMoment() {
    assertThat(carriedOver(anIssue().key("ABC-1").takenOutOf("1.2", 3).plannedInto("1.3", null, 3)))
        .containsExactly("ABC-1");
  }

  @Test
  void flagsARemovalAndALaterAdditionMadeInSeparateEdits() {
    assertThat(
            carriedOver(anIssue().key("ABC-1").takenOutOf("1.2", 3).plannedInto("1.10", null, 9)))
        .containsExactly("ABC-1");
  }

  @Test
  void flagsAnAdditionFollowedByTheRemovalOfTheEarlierVersion() {
    assertThat(
            carriedOver(
                anIssue()
                    .key("ABC-1")
                    .fixVersion("1.2", null)
                    .plannedInto("1.3", null, 3)
                    .takenOutOf("1.2", 3.01)))
        .containsExactly("ABC-1");
  }

  @Test
  void doesNotTakeWorkPulledIntoAnEarlierVersionForACarryOver() {
    assertThat(carriedOver(anIssue().key("ABC-1").movedVersion("3.6.0", "2.9.0", null, 3)))
        .isEmpty();
  }

  @Test
  void ordersVersionsByTheirPlannedReleaseBeforeTheirNames() {
    assertThat(
            carriedOver(
                anIssue().key("ABC-1").fixVersion("Phoenix", 30),
                anIssue().key("ABC-2").movedVersion("Phoenix", "Aurora", 60, 3),
                anIssue().key("ABC-3").fixVersion("Zebra", 10),
                anIssue().key("ABC-4").movedVersion("Phoenix", "Zebra", 10, 3)))
        .containsExactly("ABC-2");
  }

  @Test
  void doesNotTakeAFirstAssignmentOrALaterRemovalForAMove() {
    assertThat(carriedOver(anIssue().key("ABC-1").plannedInto("1.2", null, 1).takenOutOf("1.2", 5)))
        .isEmpty();
  }
}
