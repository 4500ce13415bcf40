package io.pmobuyin.mining.history;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static io.pmobuyin.testing.IssueBuilder.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.record.ChangeField;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.testing.IssueBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The facts every pattern reads off one issue's history. */
class IssueHistoryTest {

  private static IssueHistory history(IssueBuilder issue) {
    return IssueHistory.of(issue.build(), MiningConfig.defaults());
  }

  @Nested
  class WhenTheStoryEnds {

    @Test
    void endsAtTheResolutionEvenWithLaterChanges() {
      IssueBuilder issue =
          anIssue().startedOnDay(2).resolvedOnDay(5).change(9, ChangeField.OTHER, "a", "b");

      assertThat(history(issue).end()).isEqualTo(day(5));
    }

    @Test
    void endsAtTheLastChangeOfUnresolvedWork() {
      assertThat(history(anIssue().startedOnDay(2).change(7, ChangeField.OTHER, "a", "b")).end())
          .isEqualTo(day(7));
    }

    @Test
    void coversEachStatusFromCreationToTheEndWithoutGaps() {
      IssueHistory history = history(anIssue().startedOnDay(2).resolvedOnDay(5));

      assertThat(history.statuses())
          .extracting(StatusInterval::category)
          .containsExactly(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS, StatusCategory.DONE);
      for (int i = 1; i < history.statuses().size(); i++) {
        assertThat(history.statuses().get(i).start())
            .isEqualTo(history.statuses().get(i - 1).end());
      }
      assertThat(history.statuses().get(0).start()).isEqualTo(day(0));
    }
  }

  @Nested
  class CycleTime {

    @Test
    void runsFromTheFirstStartToTheResolution() {
      IssueHistory history =
          history(
              anIssue()
                  .startedOnDay(2)
                  .movedTo("To Do", StatusCategory.TO_DO, 3)
                  .startedOnDay(4)
                  .resolvedOnDay(6.5));

      assertThat(history.cycleStart()).isEqualTo(day(2));
      assertThat(history.cycleDays()).isCloseTo(4.5, within(1e-9));
      assertThat(history.workStart()).isEqualTo(day(2));
    }

    @Test
    void startsAtCreationForWorkNeverMarkedStartedAndIsNegativeWhileUnresolved() {
      assertThat(history(anIssue().createdOnDay(1).resolvedOnDay(3)).cycleDays())
          .isCloseTo(2, within(1e-9));
      assertThat(history(anIssue().startedOnDay(2)).cycleDays()).isEqualTo(-1);
    }

    @Test
    void workStartsAtTheFirstResolutionWhenNeverInProgressAndIsUnknownOtherwise() {
      assertThat(history(anIssue().resolvedOnDay(3)).workStart()).isEqualTo(day(3));
      assertThat(history(anIssue()).workStart()).isNull();
    }
  }

  @Nested
  class Reopening {

    @Test
    void isAMoveOutOfDoneOrAClearedResolution() {
      assertThat(history(anIssue().resolvedOnDay(3).reopenedOnDay(4)).reopened()).isTrue();
      assertThat(
              history(anIssue().resolvedOnDay(3).change(4, ChangeField.RESOLUTION, "Done", null))
                  .reopened())
          .isTrue();
      assertThat(history(anIssue().startedOnDay(2).resolvedOnDay(3)).reopened()).isFalse();
    }

    @Test
    void aMoveToAStatusOfUnknownCategoryIsNoReopening() {
      IssueBuilder issue =
          anIssue().resolvedOnDay(3).movedTo("Something Odd", StatusCategory.UNKNOWN, 4);

      assertThat(history(issue).reopened()).isFalse();
    }

    @Test
    void firstResolvedIsTheEarlierOfDoneAndAResolutionSet() {
      IssueBuilder issue =
          anIssue()
              .change(2, ChangeField.RESOLUTION, null, "Fixed")
              .movedTo("Done", StatusCategory.DONE, 3)
              .reopenedOnDay(4)
              .resolvedOnDay(8);

      assertThat(history(issue).firstResolvedAt()).isEqualTo(day(2));
      assertThat(history(anIssue().startedOnDay(1)).firstResolvedAt()).isNull();
    }

    @Test
    void timeLoggedAfterTheFirstReopeningIsTheSpentTimeLessWhatTheLogHeldThen() {
      IssueBuilder issue =
          anIssue()
              .startedOnDay(1)
              .loggedHours(2, 5)
              .resolvedOnDay(3)
              .reopenedOnDay(4)
              .loggedHours(5, 2)
              .resolvedOnDay(6);

      assertThat(history(issue).secondsLoggedAfterReopening()).isEqualTo(2 * 3600);
    }

    @Test
    void nothingIsLoggedAfterReopeningWorkNeverReopenedAndNothingIsKnownWithoutAWorkLog() {
      assertThat(
              history(anIssue().startedOnDay(1).loggedHours(2, 5).resolvedOnDay(3))
                  .secondsLoggedAfterReopening())
          .isZero();
      assertThat(
              history(anIssue().spentHours(4).resolvedOnDay(3).reopenedOnDay(4).resolvedOnDay(5))
                  .secondsLoggedAfterReopening())
          .isEqualTo(-1);
    }
  }

  @Nested
  class People {

    @Test
    void countsAssigneeChangesWithoutNamingAnyone() {
      IssueHistory history =
          history(anIssue().reassignedOnDay(1, "acc-2").reassignedOnDay(2, "acc-3"));

      assertThat(history.assigneeChanges()).isEqualTo(2);
      assertThat(history.everAssigned()).isTrue();
    }

    @Test
    void workNeverGivenToAnyoneWasNeverAssigned() {
      assertThat(history(anIssue().unassigned()).everAssigned()).isFalse();
      assertThat(history(anIssue().unassigned().reassignedOnDay(2, "acc-9")).everAssigned())
          .isTrue();
    }

    @Test
    void seesInProgressTimeWithNobodyAssignedOnlyInsideInProgress() {
      // Unassigned in the backlog, assigned before the start: fine.
      assertThat(
              history(
                      anIssue()
                          .unassigned()
                          .reassignedOnDay(1, "acc-2")
                          .startedOnDay(2)
                          .resolvedOnDay(4))
                  .unassignedWhileInProgress())
          .isFalse();
      // Assignee taken off in the middle of the work.
      assertThat(
              history(
                      anIssue()
                          .startedOnDay(2)
                          .reassignedOnDay(3, null)
                          .reassignedOnDay(3.5, "acc-2")
                          .resolvedOnDay(4))
                  .unassignedWhileInProgress())
          .isTrue();
      // Started with nobody assigned, and worked on for days.
      assertThat(
              history(anIssue().unassigned().startedOnDay(2).change(5, ChangeField.OTHER, "a", "b"))
                  .unassignedWhileInProgress())
          .isTrue();
      // A spell in progress that takes no time holds nobody's absence.
      assertThat(history(anIssue().unassigned().startedOnDay(2)).unassignedWhileInProgress())
          .isFalse();
    }
  }

  @Nested
  class Priority {

    @Test
    void aRaiseIsAMoveUpTheConfiguredOrderBetweenKnownPriorities() {
      assertThat(
              history(anIssue().change(2, ChangeField.PRIORITY, "Medium", "Critical"))
                  .priorityRaised())
          .isTrue();
      assertThat(
              history(anIssue().change(2, ChangeField.PRIORITY, "Critical", "Medium"))
                  .priorityRaised())
          .isFalse();
      assertThat(
              history(anIssue().change(2, ChangeField.PRIORITY, "Whenever", "Critical"))
                  .priorityRaised())
          .isFalse();
    }
  }

  @Nested
  class FixVersions {

    @Test
    void plansLeaveOutAVersionSetOnlyOnceTheWorkWasDone() {
      IssueBuilder issue =
          anIssue()
              .plannedInto("1.0", 10, 1)
              .startedOnDay(2)
              .resolvedOnDay(4)
              .plannedInto("1.1", 20, 5);

      assertThat(history(issue).fixVersionPlans())
          .extracting(VersionPlan::version)
          .containsExactly("1.0");
    }
  }
}
