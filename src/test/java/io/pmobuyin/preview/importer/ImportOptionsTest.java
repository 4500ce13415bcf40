package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

  @Test
  void defaultsToUtcTheUsualFieldNamesAndTwoHundredProblems() {
    ImportOptions options = ImportOptions.defaults();

    assertThat(options.dateZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(options.sprintFields()).containsExactly("Sprint");
    assertThat(options.flaggedFields()).containsExactly("Flagged");
    assertThat(options.pmoScopeFields()).containsExactly("PMO Scope");
    assertThat(options.sponsorFields()).containsExactly("Executive Sponsor");
    assertThat(options.maxProblems()).isEqualTo(200);
  }

  @Test
  void addsConfiguredFieldIdsBesideTheDefaultNames() {
    ImportOptions options =
        ImportOptions.defaults()
            .withSprintField("customfield_10020")
            .withFlaggedField("customfield_10021")
            .withPmoScopeField("Scope")
            .withSponsorField("customfield_10040")
            .withDateZone(ZoneId.of("Europe/Vienna"))
            .withMaxProblems(5);

    assertThat(options.sprintFields()).containsExactly("Sprint", "customfield_10020");
    assertThat(options.flaggedFields()).containsExactly("Flagged", "customfield_10021");
    assertThat(options.pmoScopeFields()).containsExactly("PMO Scope", "Scope");
    assertThat(options.sponsorFields()).containsExactly("Executive Sponsor", "customfield_10040");
    assertThat(options.dateZone()).isEqualTo(ZoneId.of("Europe/Vienna"));
    assertThat(options.maxProblems()).isEqualTo(5);
  }

  @Test
  void refusesANegativeProblemLimit() {
    assertThatThrownBy(() -> ImportOptions.defaults().withMaxProblems(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
