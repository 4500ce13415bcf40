package io.pmobuyin.preview.sample;

import static io.pmobuyin.preview.sample.ProjectPlanBuilder.aProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTimelineTest {

  private static final int DEV = 2;
  private static final int LEAD = 1;
  private static final long DAY = 86_400L;

  private final ProjectPlan project = aProject().build();
  private final SprintSpec firstSprint = project.calendar().sprints().get(0);
  private final SprintSpec secondSprint = project.calendar().sprints().get(1);
  private final VersionSpec firstVersion = project.calendar().versions().get(0);
  private final long created = project.start() + 3600;

  private IssueTimeline timeline(VersionSpec version) {
    return new IssueTimeline(
        project,
        new Dice(1),
        project.issueId(1),
        created,
        new IssueTimeline.Opening(JiraStatus.OPEN, JiraPriority.MEDIUM, DEV, null, version));
  }

  private IssueStory finish(IssueTimeline timeline) {
    IssueBasics basics =
        new IssueBasics(
            1, JiraIssueType.STORY, 0, "Story", created, LEAD, null, List.of(), List.of(), null, 0);
    return timeline.finish(basics, timeline.historyCount());
  }

  private static List<String> fields(HistoryEntry history) {
    return history.items().stream().map(HistoryItem::field).toList();
  }

  @Test
  void resolvingSetsStatusAndResolutionInOneHistory() {
    IssueTimeline timeline = timeline(null);
    timeline.transition(created + DAY, JiraStatus.IN_PROGRESS, DEV);
    timeline.resolve(created + 2 * DAY, JiraStatus.RESOLVED, JiraResolution.DONE, DEV);

    IssueStory story = finish(timeline);

    assertThat(story.resolution()).isEqualTo(JiraResolution.DONE);
    assertThat(story.resolvedAt()).isEqualTo(created + 2 * DAY);
    assertThat(fields(story.histories().get(1))).containsExactly("status", "resolution");
  }

  @Test
  void reopeningClearsTheResolutionInTheSameHistory() {
    IssueTimeline timeline = timeline(null);
    timeline.transition(created + DAY, JiraStatus.IN_PROGRESS, DEV);
    timeline.resolve(created + 2 * DAY, JiraStatus.RESOLVED, JiraResolution.DONE, DEV);
    timeline.transition(created + 3 * DAY, JiraStatus.REOPENED, LEAD);

    IssueStory story = finish(timeline);

    assertThat(story.resolution()).isNull();
    assertThat(story.resolvedAt()).isEqualTo(-1);
    HistoryEntry reopening = story.histories().get(2);
    assertThat(reopening.items())
        .containsExactly(
            HistoryItem.status(JiraStatus.RESOLVED, JiraStatus.REOPENED),
            HistoryItem.resolution(JiraResolution.DONE, null));
  }

  @Test
  void refusesToEnterADoneStatusWithoutAResolution() {
    IssueTimeline timeline = timeline(null);

    assertThatThrownBy(() -> timeline.transition(created + DAY, JiraStatus.CLOSED, DEV))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unfinishedWorkMovesIntoTheNextSprintWhenItsSprintEnds() {
    IssueTimeline timeline = timeline(null);
    timeline.planSprint(created, firstSprint, LEAD);
    timeline.transition(firstSprint.end() + DAY, JiraStatus.IN_PROGRESS, DEV);

    IssueStory story = finish(timeline);

    assertThat(story.sprints()).containsExactly(firstSprint, secondSprint);
    HistoryEntry rollover = story.histories().get(1);
    assertThat(rollover.created()).isEqualTo(firstSprint.end());
    assertThat(rollover.items().get(0).to()).isEqualTo(firstSprint.id() + ", " + secondSprint.id());
  }

  @Test
  void aReleaseMovesUnfinishedWorkToTheNextFixVersionAsTwoItems() {
    IssueTimeline timeline = timeline(firstVersion);
    timeline.transition(firstVersion.releaseAt() + DAY, JiraStatus.IN_PROGRESS, DEV);

    IssueStory story = finish(timeline);

    VersionSpec next = project.calendar().versions().get(1);
    assertThat(story.fixVersion()).isEqualTo(next);
    HistoryEntry move = story.histories().get(0);
    assertThat(move.created()).isEqualTo(firstVersion.releaseAt());
    assertThat(move.items())
        .containsExactly(
            HistoryItem.fixVersionRemoved(firstVersion), HistoryItem.fixVersionAdded(next));
  }

  @Test
  void resolvedWorkStaysInItsSprintAndFixVersion() {
    IssueTimeline timeline = timeline(firstVersion);
    timeline.planSprint(created, firstSprint, LEAD);
    timeline.resolve(created + DAY, JiraStatus.CLOSED, JiraResolution.WONT_DO, LEAD);
    timeline.logWork(firstVersion.releaseAt() + DAY, 0, DEV);

    IssueStory story = finish(timeline);

    assertThat(story.sprints()).containsExactly(firstSprint);
    assertThat(story.fixVersion()).isEqualTo(firstVersion);
  }

  @Test
  void abandonedWorkIsNoLongerCarriedAlong() {
    IssueTimeline timeline = timeline(null);
    timeline.planSprint(created, firstSprint, LEAD);
    timeline.stop(created + DAY);
    timeline.logWork(secondSprint.end() + DAY, 0, DEV);

    assertThat(finish(timeline).sprints()).containsExactly(firstSprint);
  }

  @Test
  void nothingChangesAfterTheProjectCloses() {
    IssueTimeline timeline = timeline(null);
    timeline.transition(created + DAY, JiraStatus.IN_PROGRESS, DEV);
    timeline.transition(project.close() + DAY, JiraStatus.IN_REVIEW, DEV);
    timeline.resolve(project.close() + 2 * DAY, JiraStatus.RESOLVED, JiraResolution.DONE, DEV);

    IssueStory story = finish(timeline);

    assertThat(story.status()).isEqualTo(JiraStatus.IN_PROGRESS);
    assertThat(story.resolution()).isNull();
    assertThat(story.updated()).isEqualTo(created + DAY);
  }

  @Test
  void aPausedIssueStaysQuietThroughSprintEndsAndCatchesUpWhenResumed() {
    IssueTimeline timeline = timeline(null);
    timeline.planSprint(created, firstSprint, LEAD);
    timeline.transition(created + DAY, JiraStatus.IN_PROGRESS, DEV);
    long resumed = WorkingTime.nextWorkingMoment(firstSprint.end() + 20 * DAY);
    timeline.pause(created + DAY);
    timeline.resume(resumed);

    IssueStory story = finish(timeline);

    HistoryEntry catchUp = story.histories().get(2);
    assertThat(catchUp.created()).isEqualTo(resumed);
    assertThat(catchUp.created() - story.histories().get(1).created()).isGreaterThan(14 * DAY);
    assertThat(story.sprints()).hasSize(2).doesNotContain(secondSprint);
  }

  @Test
  void loggedWorkAddsUpAndEachLogIsAHistory() {
    IssueTimeline timeline = timeline(null);
    timeline.logWork(created + DAY, 3600, DEV);
    timeline.logWork(created + 2 * DAY, 1800, DEV);

    IssueStory story = finish(timeline);

    assertThat(story.timeSpentSeconds()).isEqualTo(5400);
    assertThat(story.histories().get(1).items()).containsExactly(HistoryItem.timeSpent(3600, 5400));
  }
}
