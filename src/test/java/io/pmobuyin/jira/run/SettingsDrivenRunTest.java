package io.pmobuyin.jira.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.run.ActionSource;
import io.pmobuyin.run.MiningPlan;
import io.pmobuyin.run.RunCalendar;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsEditor;
import io.pmobuyin.settings.SettingsForm;
import io.pmobuyin.settings.SettingsOutcome;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.InMemorySettingsStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The run and its schedule follow the admin's settings as they stand when asked. */
class SettingsDrivenRunTest {

  private final InMemorySettingsStore settings =
      InMemorySettingsStore.holding(AppSettings.defaults());

  private void set(String... keysAndValues) {
    SettingsOutcome outcome =
        SettingsEditor.apply(settings.settings(), SettingsForm.of(keysAndValues));
    assertThat(outcome.problems()).isEmpty();
    settings.save(outcome.settings());
  }

  @Test
  void schedulesByTheAdminsIntervalFromTheQuietHourInTheMiningZone() {
    set("schedule.intervalHours", "6", "mining.zone", "Asia/Tokyo");

    RunCalendar calendar = new SettingsRunCalendar(settings).get();

    assertThat(calendar.interval()).isEqualTo(Duration.ofHours(6));
    // 03:00 in Tokyo is 18:00 UTC; every six hours from there.
    assertThat(calendar.nextRunAfter(Instant.parse("2026-11-22T10:30:00Z")))
        .isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
  }

  @Test
  void plansEachRunWithTheSettingsOfTheMomentItStarts() {
    SettingsMiningPlans plans =
        new SettingsMiningPlans(
            settings,
            new InMemoryCatalogueStore(),
            BundleI18nResolver.create(),
            new BuildInfo("9.9.9"),
            ActionSource.NONE);
    MiningPlan before = plans.plan();

    set("snapshots.kept", "3");

    assertThat(before.snapshotsKept()).isEqualTo(AppSettings.DEFAULT_SNAPSHOTS);
    assertThat(plans.plan().snapshotsKept()).isEqualTo(3);
  }

  @Test
  void readsTheActionsOfTheProjectTheSettingsNameAtTheTimeOfTheRun() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    ActionSource source =
        (projectKey, zone, catalogue, problems) -> {
          asked.add(projectKey);
          return java.util.List.of(
              new ImprovementAction(
                  projectKey + "-1",
                  "t",
                  "To Do",
                  false,
                  java.util.List.of(PatternId.REWORK),
                  null,
                  null));
        };
    SettingsMiningPlans plans =
        new SettingsMiningPlans(
            settings,
            new InMemoryCatalogueStore(),
            BundleI18nResolver.create(),
            new BuildInfo("9.9.9"),
            source);

    assertThat(plans.plan().actions(problem -> {}).actions()).isEmpty();
    set("actions.project", "imp");

    assertThat(plans.plan().actions(problem -> {}).actions())
        .extracting(ImprovementAction::key)
        .containsExactly("IMP-1");
    assertThat(asked).containsExactly("IMP");
  }
}
