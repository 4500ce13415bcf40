package io.pmobuyin.settings;

import static io.pmobuyin.testing.AppSettingsBuilder.appSettings;
import static io.pmobuyin.testing.AppSettingsBuilder.everyThresholdNudged;
import static io.pmobuyin.testing.AppSettingsBuilder.everythingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.LateDefectsPattern;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.StalledWorkPattern;
import io.pmobuyin.mining.pattern.ValueArea;
import io.pmobuyin.mining.record.ResolutionClass;
import io.pmobuyin.mining.record.StatusCategory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsPropertiesTest {

  private static Properties properties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return properties;
  }

  /** As SAL keeps them: written out as text and read back. */
  private static Properties throughText(Properties properties) throws IOException {
    StringWriter text = new StringWriter();
    properties.store(text, null);
    return properties(text.toString());
  }

  private static SettingsProblem problemReading(String text) {
    try {
      SettingsProperties.read(properties(text));
    } catch (UnreadableSettings e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("read without a problem: " + text);
  }

  @Test
  void readsBackExactlyWhatItWrote() throws IOException {
    AppSettings settings = everythingChanged().build();

    AppSettings read = SettingsProperties.read(throughText(SettingsProperties.write(settings)));

    assertThat(read).isEqualTo(settings).isNotEqualTo(AppSettings.defaults());
    assertThat(read.mining().statusCategories().overrides())
        .containsEntry("Shipped = live", StatusCategory.DONE)
        .hasSize(3);
    assertThat(read.targets().reductions())
        .containsEntry(PatternId.SCOPE_CREEP, 0.5)
        .containsEntry(PatternId.REWORK, 0.0);
    // Not a round number in binary, yet back exactly.
    assertThat(read.mining().thresholds().value(LateDefectsPattern.LATE_SHARE))
        .isEqualTo(everyThresholdNudged().get(LateDefectsPattern.LATE_SHARE));
  }

  @Test
  void readsBackTheDefaultsWithNoPmoStartAndNoExecutiveGroup() {
    AppSettings read = SettingsProperties.read(SettingsProperties.write(AppSettings.defaults()));

    assertThat(read).isEqualTo(AppSettings.defaults());
    assertThat(read.mining().pmoStart()).isNull();
    assertThat(read.executiveGroup()).isNull();
  }

  @Test
  void writesEveryKeyInItsAreaUnderTheCurrentFormat() {
    Properties written = SettingsProperties.write(everythingChanged().build());

    everyThresholdNudged()
        .forEach(
            (threshold, value) ->
                assertThat(Double.parseDouble(written.getProperty(threshold.settingsKey())))
                    .as(threshold.settingsKey())
                    .isEqualTo(value));
    assertThat(written.getProperty("format")).isEqualTo("2");
    assertThat(written)
        .containsEntry("mining.pmoStart", "2023-07-01")
        .containsEntry("mining.zone", "Europe/Berlin")
        .containsEntry("mining.handoffs", "4")
        .containsEntry("mining.status.Awaiting Deploy", "in-progress")
        .containsEntry("rates.hourlyRate", "95.5")
        .containsEntry("rates.costOfDelayPerDay", "1234.5")
        .containsEntry("targets.reduction", "0.25")
        .containsEntry("targets.SCOPE_CREEP", "0.5")
        .containsEntry("closed.archived", "false")
        .containsEntry("closed.categoryIds", "10000,10001")
        .containsEntry("closed.projectKeys", "ALPHA,B2_X")
        .containsEntry("closed.suggest.resolvedShare", "0.9")
        .containsEntry("closed.suggest.quietDays", "60")
        .containsEntry("schedule.intervalHours", "6")
        .containsEntry("snapshots.kept", "90")
        .containsEntry("executiveGroup", "pmo-executives");
    assertThat(SettingsProperties.write(AppSettings.defaults()))
        .containsEntry("mining.pmoStart", "")
        .containsEntry("executiveGroup", "")
        .containsEntry("closed.categoryIds", "");
  }

  @Test
  void writesTheFormatTheUpgradeBringsStoredSettingsTo() {
    assertThat(SettingsProperties.FORMAT).isEqualTo(SettingsUpgrade.standard().currentFormat());
  }

  @Test
  void readsAFormatZeroFileAsItsFormatOneEquivalent() {
    String formatZero =
        """
        pmoStart=2023-07-01
        zone=Europe/Berlin
        evidenceLimit=40
        hourlyRate=95
        costOfDelayPerDay=1500
        currency=EUR
        fallbackHoursPerIssue=3
        baselineShare=0.15
        baseline.ABC=2024-03-01
        resolution.Descoped=not-done
        areas.SCOPE_CREEP=financial
        lateShare=0.25
        estimateLow=0.4
        estimateHigh=2
        handoffs=5
        blockedDays=1
        stalledDays=7
        longCyclePercentile=0.9
        status.Awaiting\\ Deploy=in-progress
        targetReduction=0.2
        target.SCOPE_CREEP=0.5
        """;
    String formatOne =
        """
        format=1
        mining.pmoStart=2023-07-01
        mining.zone=Europe/Berlin
        mining.evidenceLimit=40
        rates.hourlyRate=95
        rates.costOfDelayPerDay=1500
        rates.currency=EUR
        rates.fallbackHoursPerIssue=3
        mining.baselineShare=0.15
        mining.baseline.ABC=2024-03-01
        mining.resolution.Descoped=not-done
        rates.areas.SCOPE_CREEP=financial
        mining.lateShare=0.25
        mining.estimateLow=0.4
        mining.estimateHigh=2
        mining.handoffs=5
        mining.blockedDays=1
        mining.stalledDays=7
        mining.longCyclePercentile=0.9
        mining.status.Awaiting\\ Deploy=in-progress
        targets.reduction=0.2
        targets.SCOPE_CREEP=0.5
        """;

    AppSettings fromZero = SettingsProperties.read(properties(formatZero));

    assertThat(fromZero).isEqualTo(SettingsProperties.read(properties(formatOne)));
    assertThat(fromZero.mining().pmoStart()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(fromZero.mining().thresholds().value(StalledWorkPattern.STALLED_DAYS)).isEqualTo(7);
    assertThat(fromZero.rates().currency()).isEqualTo("EUR");
    assertThat(fromZero.targets().reduction(PatternId.SCOPE_CREEP)).isEqualTo(0.5);
    assertThat(fromZero.mining().statusCategories().of("awaiting deploy"))
        .isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(fromZero.mining().projectBaselines()).containsEntry("ABC", LocalDate.of(2024, 3, 1));
    assertThat(fromZero.mining().thresholds().resolutionClass("descoped"))
        .isEqualTo(ResolutionClass.NOT_DONE);
    assertThat(fromZero.rates().areasOf(PatternId.SCOPE_CREEP))
        .containsExactly(ValueArea.FINANCIAL);
    assertThat(fromZero.rates().areasOf(PatternId.REWORK))
        .as("built in where the admin set nothing")
        .containsExactly(ValueArea.CUSTOMER, ValueArea.FINANCIAL);
  }

  @Test
  void dropsTheTimelineShareThatScopeCreepNoLongerUsesInsteadOfRefusingTheSettings() {
    AppSettings stored =
        SettingsProperties.read(properties("format=1\nmining.baselineShare=0.15\n"));

    assertThat(stored).isEqualTo(AppSettings.defaults());
    assertThat(SettingsProperties.write(stored).stringPropertyNames())
        .noneMatch(key -> key.contains("baselineShare"));
  }

  @Test
  void refusesAScopeBaselineThatNamesNoProjectKeyOrNoDay() {
    assertThat(problemReading("format=2\nmining.baseline.a-b=2024-01-01\n"))
        .isEqualTo(
            new SettingsProblem(
                "mining.baseline.a-b", "pmobuyin.settings.error.baseline-project", "A-B"));
    assertThat(problemReading("format=2\nmining.baseline.ABC=soon\n"))
        .isEqualTo(
            new SettingsProblem("mining.baseline.ABC", "pmobuyin.settings.error.date", "soon"));
  }

  @Test
  void refusesAPmoStartOrBaselineOutsideTheYearsWorkCanFallIn() {
    assertThat(problemReading("format=2\nmining.pmoStart=0500-02-15\n"))
        .isEqualTo(
            new SettingsProblem(
                "mining.pmoStart",
                "pmobuyin.settings.error.date-range",
                "0500-02-15",
                "1970\u20132100"));
    assertThat(problemReading("format=2\nmining.baseline.ABC=2101-01-01\n").messageKey())
        .isEqualTo("pmobuyin.settings.error.date-range");
  }

  @Test
  void refusesValueAreasThatAreUnknownRepeatedOrNoneAndGivesBackTheBuiltInOnesOnABlank() {
    for (String areas : new String[] {"customer,customer", "customers", " , "}) {
      assertThat(problemReading("format=2\nrates.areas.REWORK=" + areas + "\n"))
          .as(areas)
          .isEqualTo(
              new SettingsProblem(
                  "rates.areas.REWORK", "pmobuyin.settings.error.value-areas", areas.strip()));
    }
    AppSettings set =
        SettingsProperties.read(properties("format=2\nrates.areas.REWORK=employee\n"));
    Properties written = SettingsProperties.write(set);
    written.setProperty("rates.areas.REWORK", "");

    assertThat(set.rates().areasOf(PatternId.REWORK)).containsExactly(ValueArea.EMPLOYEE);
    assertThat(SettingsProperties.read(written).rates().areas()).isEmpty();
  }

  @Test
  void refusesAResolutionClassItDoesNotKnow() {
    assertThat(problemReading("format=2\nmining.resolution.Later=maybe\n"))
        .isEqualTo(
            new SettingsProblem(
                "mining.resolution.Later", "pmobuyin.settings.error.resolution-class", "maybe"));
  }

  @Test
  void refusesAFormatNewerThanItKnowsInsteadOfGuessing() {
    SettingsProblem problem = problemReading("format=3\nrates.hourlyRate=95\n");

    assertThat(problem)
        .isEqualTo(new SettingsProblem("format", "pmobuyin.settings.error.format-newer", 3, 2));
  }

  @Test
  void refusesAFormatThatIsNoNumber() {
    assertThat(problemReading("format=one\n"))
        .isEqualTo(new SettingsProblem("format", "pmobuyin.settings.error.format", "one"));
  }

  @Test
  void refusesAnUnknownKeyRatherThanFallBackToTheDefault() {
    assertThat(problemReading("format=1\nrates.hourlyRaet=95\n"))
        .isEqualTo(
            new SettingsProblem(
                "rates.hourlyRaet", "pmobuyin.settings.error.unknown-key", "rates.hourlyRaet"));
    assertThat(problemReading("hourlyRaet=95\n").field()).isEqualTo("hourlyRaet");
  }

  @Test
  void namesAProblemByTheKeyTheStoredSettingsUse() {
    SettingsProblem problem = problemReading("hourlyRate=-5\n");

    assertThat(problem.field()).isEqualTo("hourlyRate");
    assertThat(problem.messageKey()).isEqualTo("pmobuyin.settings.error.too-small");
  }

  @Test
  void refusesTheOldAndTheNewSpellingOfOneSettingTogether() {
    SettingsProblem problem = problemReading("hourlyRate=95\nrates.hourlyRate=90\n");

    assertThat(problem.messageKey()).isEqualTo("pmobuyin.settings.error.twice");
    assertThat(problem.arguments()).containsExactlyInAnyOrder("hourlyRate", "rates.hourlyRate");
  }

  @Test
  void aFormatZeroTargetForReductionNamedNoPatternAndStaysRefused() {
    assertThat(problemReading("target.reduction=0.9\n"))
        .isEqualTo(
            new SettingsProblem(
                "target.reduction", "pmobuyin.settings.error.unknown-key", "target.reduction"));
  }

  @Test
  void keysTheStoredSettingsLackKeepTheBaseValues() {
    AppSettings base = appSettings().pmoStart(LocalDate.of(2024, 1, 8)).build();

    SettingsOutcome outcome = SettingsProperties.decode(properties("hourlyRate=80\n"), base);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.settings().mining().pmoStart()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(outcome.settings().rates().hourlyRate()).isEqualTo(80);
    assertThat(SettingsProperties.read(new Properties())).isEqualTo(AppSettings.defaults());
  }

  @Test
  void aRefusedReadingLeavesTheBaseAndListsEveryProblem() {
    AppSettings base = everythingChanged().build();

    SettingsOutcome outcome =
        SettingsProperties.decode(properties("zone=Mars/Olympus\nhandoffs=many\n"), base);

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.settings()).isSameAs(base);
    assertThat(outcome.problems())
        .extracting(SettingsProblem::field)
        .containsExactlyInAnyOrder("zone", "handoffs");
  }
}
