package io.pmobuyin.jira.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.run.ClosedProject;
import io.pmobuyin.run.RunProblem;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsEditor;
import io.pmobuyin.settings.SettingsForm;
import io.pmobuyin.settings.SettingsOutcome;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraIssues;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's closed-project selection read from Jira's projects. */
class JiraClosedProjectsTest {

  private final JiraIssues jira = new JiraIssues(ZoneOffset.UTC);
  private final InMemorySettingsStore settings =
      InMemorySettingsStore.holding(AppSettings.defaults());
  private final List<RunProblem> problems = new ArrayList<>();

  JiraClosedProjectsTest() {
    jira.archivedProject(10, "OLD").named("Old portal").inCategory(1, "Closed");
    jira.project(11, "DONE").named("Finished work").inCategory(1, "Closed");
    jira.project(12, "LIVE").named("Live work").inCategory(2, "Running");
    jira.project(13, "PICK").named("Picked by key");
  }

  private void select(String... keysAndValues) {
    SettingsOutcome outcome =
        SettingsEditor.apply(settings.settings(), SettingsForm.of(keysAndValues));
    assertThat(outcome.problems()).isEmpty();
    settings.save(outcome.settings());
  }

  private List<ClosedProject> picked() {
    return new JiraClosedProjects(jira.projectManager(), settings).closedProjects(problems::add);
  }

  @Test
  void picksArchivedProjectsByDefault() {
    assertThat(picked()).extracting(ClosedProject::key).containsExactly("OLD");
    ClosedProject old = picked().get(0);
    assertThat(old.id()).isEqualTo(10);
    assertThat(old.project().name()).isEqualTo("Old portal");
    assertThat(old.project().category()).isEqualTo("Closed");
    assertThat(old.project().archived()).isTrue();
    assertThat(old.project().leadId()).isNull();
  }

  @Test
  void addsTheChosenCategoriesAndKeysEachProjectOnceInKeyOrder() {
    select("closed.categoryIds", "1", "closed.projectKeys", "PICK, OLD");

    assertThat(picked()).extracting(ClosedProject::key).containsExactly("DONE", "OLD", "PICK");
    assertThat(problems).isEmpty();
  }

  @Test
  void leavesArchivedProjectsOutWhenTheAdminSaysSo() {
    select("closed.archived", "false", "closed.categoryIds", "2");

    assertThat(picked()).extracting(ClosedProject::key).containsExactly("LIVE");
  }

  @Test
  void tellsTheRunOfAKeyJiraNoLongerHasAndGoesOn() {
    select("closed.projectKeys", "GONE,PICK");

    assertThat(picked()).extracting(ClosedProject::key).containsExactly("OLD", "PICK");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo(JiraClosedProjects.UNKNOWN_KEY);
              assertThat(p.projectKey()).isEqualTo("GONE");
            });
  }
}
