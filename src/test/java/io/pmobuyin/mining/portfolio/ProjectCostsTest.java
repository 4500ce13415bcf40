package io.pmobuyin.mining.portfolio;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.testing.IssueBuilder;
import io.pmobuyin.testing.Mined;
import org.junit.jupiter.api.Test;

/** What each pattern costs, by its rule, with every issue's effort counted once. */
class ProjectCostsTest {

  private static final double HOUR = 3600;

  /** ABC-1 starts work on version 2.0 on day 10. */
  private static IssueBuilder versionWork() {
    return anIssue().key("ABC-1").fixVersion("2.0", 40).startedOnDay(10).resolvedOnDay(20);
  }

  @Test
  void chargesAnEstimationMissOnlyTheHoursOverTheEstimate() {
    ProjectResult project =
        Mined.project(
            anIssue()
                .key("ABC-1")
                .estimatedHours(10)
                .spentHours(16)
                .startedOnDay(1)
                .resolvedOnDay(3));

    PatternTally miss = project.pattern(PatternId.ESTIMATION_MISS);
    assertThat(miss.attributed().seconds()).isEqualTo(6 * HOUR);
    assertThat(miss.share().seconds()).isEqualTo(6 * HOUR);
    assertThat(miss.onIssues().seconds()).isEqualTo(16 * HOUR);
    assertThat(project.effort().failure().seconds()).isEqualTo(6 * HOUR);
    assertThat(project.effort().all().seconds()).isEqualTo(16 * HOUR);
    assertThat(project.effort().recordedSeconds()).isEqualTo(16 * HOUR);
  }

  @Test
  void countsAnIssueThatShowsSeveralPatternsOnceInTheTotal() {
    ProjectResult project =
        Mined.project(
            versionWork(),
            anIssue()
                .key("ABC-2")
                .createdOnDay(12)
                .fixVersion("2.0", 40)
                .estimatedHours(10)
                .spentHours(16)
                .startedOnDay(13)
                .resolvedOnDay(14));

    Effort creep = project.pattern(PatternId.SCOPE_CREEP).share();
    Effort miss = project.pattern(PatternId.ESTIMATION_MISS).share();
    assertThat(project.pattern(PatternId.SCOPE_CREEP).attributed().seconds()).isEqualTo(16 * HOUR);
    assertThat(creep.seconds() + miss.seconds()).isCloseTo(16 * HOUR, within(1e-6));
    assertThat(miss.seconds()).isCloseTo(6 * HOUR * 16 / 22, within(1e-6));
    assertThat(project.effort().failure().seconds()).isCloseTo(16 * HOUR, within(1e-6));
  }

  @Test
  void boundsWhatItCannotSeparateFromAboveAndAttributesNothing() {
    ProjectResult project =
        Mined.project(
            anIssue()
                .key("ABC-1")
                .estimatedHours(8)
                .startedOnDay(1)
                .reassignedOnDay(2, "acc-2")
                .reassignedOnDay(3, "acc-3")
                .reassignedOnDay(4, "acc-4")
                .resolvedOnDay(5));

    PatternTally churn = project.pattern(PatternId.HANDOFF_CHURN);
    assertThat(churn.unseparated()).isEqualTo(1);
    assertThat(churn.attributed().isNone()).isTrue();
    assertThat(churn.onIssues().seconds()).isEqualTo(8 * HOUR);
    assertThat(project.effort().atStake().seconds()).isEqualTo(8 * HOUR);
    assertThat(project.effort().failure().isNone()).isTrue();
    assertThat(project.effort().recordedSeconds()).isZero();
  }

  @Test
  void chargesReworkTheHoursLoggedAfterTheReopening() {
    ProjectResult project =
        Mined.project(
            anIssue()
                .key("ABC-1")
                .startedOnDay(1)
                .loggedHours(2, 2)
                .resolvedOnDay(3)
                .reopenedOnDay(5)
                .loggedHours(6, 3)
                .resolvedOnDay(7));

    PatternTally rework = project.pattern(PatternId.REWORK);
    assertThat(rework.attributed().seconds()).isEqualTo(3 * HOUR);
    assertThat(rework.unseparated()).isZero();
  }

  @Test
  void takesReworkWithoutAWorkLogAsUnseparated() {
    ProjectResult project =
        Mined.project(
            anIssue()
                .key("ABC-1")
                .spentHours(5)
                .startedOnDay(1)
                .resolvedOnDay(3)
                .reopenedOnDay(5)
                .resolvedOnDay(7));

    assertThat(project.pattern(PatternId.REWORK).unseparated()).isEqualTo(1);
    assertThat(project.pattern(PatternId.REWORK).onIssues().seconds()).isEqualTo(5 * HOUR);
  }

  @Test
  void countsDelayOncePerLateReleaseNotPerIssue() {
    ProjectResult project =
        Mined.project(
            anIssue().key("ABC-1").fixVersion("1.0", 10).resolvedOnDay(12.5),
            anIssue().key("ABC-2").fixVersion("1.0", 10).resolvedOnDay(13.5),
            anIssue().key("ABC-3").fixVersion("1.0", 10).resolvedOnDay(15.5),
            anIssue().key("ABC-4").dueOnDay(20).resolvedOnDay(22.5),
            anIssue().key("ABC-5").fixVersion("1.0", 10).resolvedOnDay(30, "Won't Fix"));

    assertThat(project.pattern(PatternId.SCHEDULE_SLIP).delayDays())
        .as("release 1.0 five days late, the deliverable due on day 20 two days")
        .isEqualTo(5 + 2);
    assertThat(project.effort().lateDeliverables()).isEqualTo(2);
  }
}
