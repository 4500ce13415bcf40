package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.mining.pattern.HandoffChurnPattern;
import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.pattern.StalledWorkPattern;
import io.pmobuyin.mining.record.StatusCategory;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.value.ImprovementTargets;
import io.pmobuyin.value.ValueRates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

  @TempDir Path temp;

  private AppSettings read(String content) throws IOException {
    Path file = temp.resolve("settings.properties");
    Files.writeString(file, content);
    return SettingsFile.read(file, AppSettings.defaults(), Messages.forLocale(Locale.ENGLISH));
  }

  private static String detail(Throwable problem) {
    return String.valueOf(((FileProblem) problem).arguments()[1]);
  }

  @Test
  void setsPmoStartZoneRatesThresholdsAndStatusCategories() throws IOException {
    AppSettings settings =
        read(
            "pmoStart=2023-07-01\nzone=Europe/Berlin\nhourlyRate=95\ncurrency=EUR\n"
                + "handoffs=4\nstalledDays=10\nstatus.Awaiting\\ Deploy=in-progress\n");

    assertThat(settings.mining().pmoStart()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(settings.mining().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(settings.rates().hourlyRate()).isEqualTo(95);
    assertThat(settings.rates().currency()).isEqualTo("EUR");
    assertThat(settings.rates().costOfDelayPerDay())
        .isEqualTo(ValueRates.defaults().costOfDelayPerDay());
    assertThat(settings.mining().thresholds().value(HandoffChurnPattern.HANDOFFS)).isEqualTo(4);
    assertThat(settings.mining().thresholds().value(StalledWorkPattern.STALLED_DAYS)).isEqualTo(10);
    assertThat(settings.mining().statusCategories().of("awaiting deploy"))
        .isEqualTo(StatusCategory.IN_PROGRESS);
  }

  @Test
  void namesTheFileAndTheMistakeForATypo() {
    assertThatThrownBy(() -> read("hourlyRaet=95\n"))
        .isInstanceOf(FileProblem.class)
        .hasMessage("pmobuyin.cli.error.config")
        .satisfies(
            e -> assertThat(((FileProblem) e).arguments()[1]).asString().contains("hourlyRaet"));
  }

  @Test
  void refusesValuesThatMakeNoSense() {
    assertThatThrownBy(() -> read("estimateLow=2\nestimateHigh=1\n"))
        .isInstanceOf(FileProblem.class);
    assertThatThrownBy(() -> read("pmoStart=July\n")).isInstanceOf(FileProblem.class);
    assertThatThrownBy(() -> read("status.Open=maybe\n")).isInstanceOf(FileProblem.class);
  }

  @Test
  void setsTheImprovementPlansTargetsPatternByPattern() throws IOException {
    AppSettings settings = read("targetReduction=0.2\ntarget.SCOPE_CREEP=0.5\n");

    assertThat(settings.targets().reduction(PatternId.SCOPE_CREEP)).isEqualTo(0.5);
    assertThat(settings.targets().reduction(PatternId.REWORK)).isEqualTo(0.2);
    assertThat(read("").targets()).isEqualTo(ImprovementTargets.defaults());
  }

  @Test
  void refusesATargetForNoPatternOrBeyondOne() {
    assertThatThrownBy(() -> read("target.SCOPE_CRAWL=0.5\n"))
        .isInstanceOf(FileProblem.class)
        .satisfies(
            e -> assertThat(((FileProblem) e).arguments()[1]).asString().contains("SCOPE_CRAWL"));
    assertThatThrownBy(() -> read("target.REWORK=1.5\n")).isInstanceOf(FileProblem.class);
    assertThatThrownBy(() -> read("targetReduction=-0.1\n")).isInstanceOf(FileProblem.class);
  }

  @Test
  void readsAFileInTheFormatJiraStores() throws IOException {
    AppSettings settings =
        read(
            "format=1\nmining.pmoStart=2023-07-01\nrates.hourlyRate=95\n"
                + "targets.SCOPE_CREEP=0.5\nmining.status.Awaiting\\ Deploy=done\n");

    assertThat(settings.mining().pmoStart()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(settings.rates().hourlyRate()).isEqualTo(95);
    assertThat(settings.targets().reduction(PatternId.SCOPE_CREEP)).isEqualTo(0.5);
    assertThat(settings.mining().statusCategories().of("Awaiting Deploy"))
        .isEqualTo(StatusCategory.DONE);
  }

  @Test
  void keepsWhatTheFileDoesNotSetFromTheBase() throws IOException {
    Path file = temp.resolve("settings.properties");
    Files.writeString(file, "hourlyRate=80\n");
    AppSettings base =
        AppSettings.defaults()
            .withMining(MiningConfig.defaults().withPmoStart(LocalDate.of(2024, 1, 8)));

    AppSettings settings = SettingsFile.read(file, base, Messages.forLocale(Locale.ENGLISH));

    assertThat(settings.mining().pmoStart()).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(settings.rates().hourlyRate()).isEqualTo(80);
  }

  @Test
  void namesEveryMistakeAtOnceInWordsWithTheKeyAsWritten() {
    assertThatThrownBy(() -> read("hourlyRate=-5\nzone=Mars/Olympus\n"))
        .isInstanceOf(FileProblem.class)
        .satisfies(
            e ->
                assertThat(detail(e))
                    .contains("hourlyRate: ", "zone: ", "Mars/Olympus")
                    .doesNotContain("rates.hourlyRate", "pmobuyin.settings.error"));
  }

  @Test
  void refusesAFileOfANewerFormat() {
    assertThatThrownBy(() -> read("format=7\n"))
        .isInstanceOf(FileProblem.class)
        .satisfies(e -> assertThat(detail(e)).contains("format: ", "format 7"));
  }

  @Test
  void refusesABrokenUnicodeEscapeAsAFileProblem() {
    assertThatThrownBy(() -> read("currency=\\u00zz\n"))
        .isInstanceOf(FileProblem.class)
        .hasMessage("pmobuyin.cli.error.cannot-read")
        .satisfies(e -> assertThat(detail(e)).contains("Malformed"));
  }

  @Test
  void refusesANumberSoLargeItsSumsWouldBeInfinite() {
    assertThatThrownBy(() -> read("hourlyRate=1e308\n"))
        .isInstanceOf(FileProblem.class)
        .satisfies(e -> assertThat(detail(e)).contains("at most 1000000000", "1e308"));
  }

  @Test
  void refusesAMillionDigitsWithoutReadingOrRepeatingThemAll() {
    String digits = "9".repeat(1_000_000);

    assertThatThrownBy(() -> read("hourlyRate=" + digits + "\n"))
        .isInstanceOf(FileProblem.class)
        .satisfies(e -> assertThat(detail(e)).hasSizeLessThan(300).contains("99999\u2026"));
  }
}
