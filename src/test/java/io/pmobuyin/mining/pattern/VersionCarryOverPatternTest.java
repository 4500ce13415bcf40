package io.pmobuyin.mining.pattern;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.testing.Judge;
import org.junit.jupiter.api.Test;

class VersionCarryOverPatternTest {

  private final VersionCarryOverPattern pattern = new VersionCarryOverPattern();

  @Test
  void flagsAMoveRecordedAsRemovalAndAdditionAtTheSameMoment() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(3, ChangeField.FIX_VERSION, "1.2", null)
                    .change(3, ChangeField.FIX_VERSION, null, "1.3")))
        .isTrue();
  }

  @Test
  void flagsAMoveRecordedAsOneItem() {
    assertThat(Judge.affects(pattern, anIssue().change(3, ChangeField.FIX_VERSION, "1.2", "1.3")))
        .isTrue();
  }

  @Test
  void doesNotTakeAFirstAssignmentOrALaterRemovalForAMove() {
    assertThat(
            Judge.affects(
                pattern,
                anIssue()
                    .change(1, ChangeField.FIX_VERSION, null, "1.2")
                    .change(5, ChangeField.FIX_VERSION, "1.2", null)))
        .isFalse();
  }
}
