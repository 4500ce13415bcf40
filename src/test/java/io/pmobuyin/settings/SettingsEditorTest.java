package io.pmobuyin.settings;

import static io.pmobuyin.testing.AppSettingsBuilder.appSettings;
import static io.pmobuyin.testing.AppSettingsBuilder.everyThresholdNudged;
import static io.pmobuyin.testing.AppSettingsBuilder.everythingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.EstimationMissPattern;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.record.StatusCategory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsEditorTest {

  private static SettingsOutcome applying(AppSettings current, String... keysAndValues) {
    return SettingsEditor.apply(current, SettingsForm.of(keysAndValues));
  }

  private static SettingsOutcome applying(String... keysAndValues) {
    return applying(AppSettings.defaults(), keysAndValues);
  }

  private static SettingsProblem onlyProblem(SettingsOutcome outcome) {
    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.problems()).hasSize(1);
    return outcome.problems().get(0);
  }

  @Test
  void setsWhatTheFormSaysAndKeepsTheRest() {
    SettingsOutcome outcome =
        applying(
            everythingChanged().build(),
            "mining.pmoStart",
            "2024-02-29",
            "mining.zone",
            " America/New_York ",
            "mining.estimateHigh",
            "3",
            "rates.currency",
            "chf",
            "targets.LONG_CYCLE",
            "0.4",
            "closed.archived",
            "FALSE",
            "closed.projectKeys",
            "web, app_2 ,,",
            "closed.categoryIds",
            "10200",
            "schedule.intervalHours",
            "168",
            "snapshots.kept",
            "365",
            "executiveGroup",
            "board");

    assertThat(outcome.problems()).isEmpty();
    AppSettings settings = outcome.settings();
    assertThat(settings.mining().pmoStart()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(settings.mining().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(settings.mining().thresholds().value(EstimationMissPattern.HIGH)).isEqualTo(3);
    assertThat(settings.mining().thresholds().value(EstimationMissPattern.LOW))
        .isEqualTo(everyThresholdNudged().get(EstimationMissPattern.LOW));
    assertThat(settings.rates().currency()).isEqualTo("CHF");
    assertThat(settings.rates().hourlyRate()).isEqualTo(95.5);
    assertThat(settings.targets().reductions())
        .containsEntry(PatternId.LONG_CYCLE, 0.4)
        .containsEntry(PatternId.SCOPE_CREEP, 0.5);
    assertThat(settings.closed().archived()).isFalse();
    assertThat(settings.closed().projectKeys()).containsExactlyInAnyOrder("WEB", "APP_2");
    assertThat(settings.closed().categoryIds()).containsExactly(10_200L);
    assertThat(settings.schedule().intervalHours()).isEqualTo(168);
    assertThat(settings.snapshotsKept()).isEqualTo(365);
    assertThat(settings.executiveGroup()).isEqualTo("board");
    assertThat(settings.mining().statusCategories())
        .isEqualTo(everythingChanged().build().mining().statusCategories());
  }

  @Test
  void anEmptyFormChangesNothing() {
    AppSettings current = everythingChanged().build();

    assertThat(applying(current).settings()).isEqualTo(current);
  }

  @Test
  void aBlankValueClearsWhatMayBeEmpty() {
    SettingsOutcome outcome =
        applying(
            everythingChanged().build(),
            "mining.pmoStart",
            "",
            "executiveGroup",
            " ",
            "mining.status.parked",
            "",
            "targets.SCOPE_CREEP",
            "",
            "closed.categoryIds",
            "",
            "closed.projectKeys",
            "");

    assertThat(outcome.problems()).isEmpty();
    AppSettings settings = outcome.settings();
    assertThat(settings.mining().pmoStart()).isNull();
    assertThat(settings.executiveGroup()).isNull();
    assertThat(settings.mining().statusCategories().overrides())
        .containsOnlyKeys("Awaiting Deploy", "Shipped = live");
    assertThat(settings.targets().reduction(PatternId.SCOPE_CREEP)).isEqualTo(0.25);
    assertThat(settings.closed().categoryIds()).isEmpty();
    assertThat(settings.closed().projectKeys()).isEmpty();
  }

  @Test
  void aStatusMappingReplacesOneOfTheSameNameInAnyCase() {
    AppSettings settings =
        applying(everythingChanged().build(), "mining.status.PARKED", "done").settings();

    assertThat(settings.mining().statusCategories().overrides())
        .containsEntry("PARKED", StatusCategory.DONE)
        .doesNotContainKey("Parked");
    assertThat(settings.mining().statusCategories().of("parked")).isEqualTo(StatusCategory.DONE);
  }

  @Test
  void refusesEveryWrongFieldAtOnceAndChangesNothing() {
    AppSettings current = everythingChanged().build();

    SettingsOutcome outcome =
        applying(
            current,
            "mining.pmoStart",
            "01.07.2023",
            "rates.hourlyRate",
            "-1",
            "schedule.intervalHours",
            "0",
            "snapshots.kept",
            "1000",
            "mining.handoffs",
            "three",
            "mining.status.Review",
            "maybe",
            "rates.hourlyRaet",
            "95",
            "closed.suggest.quietDays",
            "30");

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.settings()).isSameAs(current);
    assertThat(outcome.problems())
        .extracting(SettingsProblem::field)
        .containsExactlyInAnyOrder(
            "mining.pmoStart",
            "rates.hourlyRate",
            "schedule.intervalHours",
            "snapshots.kept",
            "mining.handoffs",
            "mining.status.Review",
            "rates.hourlyRaet");
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mining.lateShare          | 0.2x        | not-a-number",
        "rates.hourlyRate          | NaN         | not-a-number",
        "rates.hourlyRate          | Infinity    | not-a-number",
        "rates.costOfDelayPerDay   | 0x10        | not-a-number",
        "mining.handoffs           | 3.5         | not-a-whole-number",
        "mining.evidenceLimit      | 1001        | out-of-range",
        "rates.fallbackHoursPerIssue | -0.5      | too-small",
        "mining.stalledDays        | 0           | not-above",
        "mining.estimateLow        | 0           | not-above",
        "mining.lateShare          | 0           | share",
        "mining.longCyclePercentile | 1.2        | share",
        "targets.reduction         | 1.01        | out-of-range",
        "targets.REWORK            | -0.1        | out-of-range",
        "targets.SCOPE_CRAWL       | 0.5         | pattern",
        "closed.suggest.resolvedShare | 95       | out-of-range",
        "closed.suggest.quietDays  | 0           | out-of-range",
        "closed.archived           | yes         | not-a-boolean",
        "closed.projectKeys        | ABC, 1X     | project-key",
        "closed.projectKeys        | A-B         | project-key",
        "closed.categoryIds        | 10000, x    | category-id",
        "closed.categoryIds        | -3          | category-id",
        "schedule.intervalHours    | 169         | out-of-range",
        "snapshots.kept            | 0           | out-of-range",
        "mining.pmoStart           | 2023-02-30  | date",
        "mining.pmoStart           | 2023-7-1    | date",
        "mining.zone               | Mars/Olympus | zone",
        "mining.zone               | ''          | required",
        "rates.hourlyRate          | ''          | required",
        "rates.currency            | EURO        | currency",
        "mining.status.Open        | maybe       | status-category",
        "mining.status.            | done        | unknown-key",
        "mining.handof             | 3           | unknown-key",
        "format                    | 1           | unknown-key",
        "actions.project           | 'PMO PLAN'  | actions-project",
        "actions.project           | 9PMO        | actions-project",
        "actions.project           | PMO-1       | actions-project",
      })
  void refusesAWrongFieldWithAnI18nProblemNamingIt(String key, String text, String problem) {
    SettingsProblem refused = onlyProblem(applying(key, text));

    assertThat(refused.field()).isEqualTo(key);
    assertThat(refused.messageKey()).isEqualTo("pmobuyin.settings.error." + problem);
  }

  @Test
  void takesTheActionsProjectKeyInAnyCaseAndClearsItWhenBlank() {
    SettingsOutcome set = applying("actions.project", " pmo_plan ");

    assertThat(set.problems()).isEmpty();
    assertThat(set.settings().actionsProject()).isEqualTo("PMO_PLAN");
    assertThat(set.settings().actions()).contains("PMO_PLAN");
    assertThat(applying(set.settings(), "actions.project", "").settings().actions()).isEmpty();
    assertThat(SettingsProperties.read(SettingsProperties.write(set.settings())).actionsProject())
        .isEqualTo("PMO_PLAN");
  }

  @Test
  void aRangeProblemCarriesWhatWasTypedAndTheBounds() {
    assertThat(onlyProblem(applying("schedule.intervalHours", "200")))
        .isEqualTo(
            new SettingsProblem(
                "schedule.intervalHours",
                "pmobuyin.settings.error.out-of-range",
                "200",
                1.0,
                168.0));
    assertThat(onlyProblem(applying("snapshots.kept", "0")).arguments())
        .containsExactly("0", 1.0, 365.0);
  }

  @Test
  void refusesAnEstimateBandWhoseUpperEndIsNotAboveItsLowerEnd() {
    assertThat(onlyProblem(applying("mining.estimateLow", "1.2", "mining.estimateHigh", "0.8")))
        .isEqualTo(
            new SettingsProblem(
                "mining.estimateHigh", "pmobuyin.settings.error.estimate-band", 1.2, 0.8));
    assertThat(onlyProblem(applying("mining.estimateLow", "1.5")).field())
        .isEqualTo("mining.estimateLow");
    assertThat(applying("mining.estimateLow", "2", "mining.estimateHigh", "3").accepted()).isTrue();
  }

  @Test
  void aWrongBoundOfTheBandIsItsOwnProblemNotTheBands() {
    assertThat(onlyProblem(applying("mining.estimateLow", "x", "mining.estimateHigh", "0.3")))
        .extracting(SettingsProblem::field, SettingsProblem::messageKey)
        .containsExactly("mining.estimateLow", "pmobuyin.settings.error.not-a-number");
  }

  @Test
  void refusesAStatusMappedTwiceDifferingOnlyInCase() {
    SettingsProblem problem =
        onlyProblem(applying("mining.status.On Hold", "to-do", "mining.status.on hold", "done"));

    assertThat(problem.messageKey()).isEqualTo("pmobuyin.settings.error.status-twice");
    assertThat(problem.field()).isEqualTo("mining.status.on hold");
  }

  @Test
  void acceptsJirasOwnStatusCategoryKeys() {
    AppSettings settings =
        applying("mining.status.Triage", "new", "mining.status.Building", "indeterminate")
            .settings();

    assertThat(settings.mining().statusCategories().of("triage")).isEqualTo(StatusCategory.TO_DO);
    assertThat(settings.mining().statusCategories().of("building"))
        .isEqualTo(StatusCategory.IN_PROGRESS);
  }

  @Test
  void refusesAGroupNameLongerThanJiraAllows() {
    assertThat(onlyProblem(applying("executiveGroup", "g".repeat(256))))
        .isEqualTo(new SettingsProblem("executiveGroup", "pmobuyin.settings.error.too-long", 255));
    assertThat(applying("executiveGroup", "g".repeat(255)).accepted()).isTrue();
  }

  @Test
  void theFieldRulesRefuseWhatTheRecordsRefuseSoNoInvariantEverThrows() {
    List<String> numbers =
        List.of(
            "mining.evidenceLimit",
            "mining.lateShare",
            "mining.estimateLow",
            "mining.estimateHigh",
            "mining.handoffs",
            "mining.blockedDays",
            "mining.stalledDays",
            "mining.longCyclePercentile",
            "rates.hourlyRate",
            "rates.costOfDelayPerDay",
            "rates.fallbackHoursPerIssue",
            "targets.reduction",
            "targets.REWORK",
            "closed.suggest.resolvedShare",
            "closed.suggest.quietDays",
            "schedule.intervalHours",
            "snapshots.kept");
    List<String> values =
        List.of("-1", "-0.0001", "0", "0.0001", "0.5", "0.9999", "1", "1.5", "2", "400", "1e12");

    for (String key : numbers) {
      for (String value : values) {
        SettingsOutcome outcome = applying(appSettings().build(), key, value);

        assertThat(outcome.problems())
            .as("%s=%s", key, value)
            .allSatisfy(problem -> assertThat(problem.field()).isEqualTo(key))
            .hasSizeLessThanOrEqualTo(1);
      }
    }
  }
}
