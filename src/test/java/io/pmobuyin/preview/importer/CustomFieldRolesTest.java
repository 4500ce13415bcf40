package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldRolesTest {

  private static final Map<String, String> NAMES =
      Map.of(
          "customfield_10020", "Sprint",
          "customfield_10021", "flagged",
          "customfield_10030", "PMO Scope",
          "customfield_10040", "Executive Sponsor",
          "customfield_10099", "Team Mood");

  @Test
  void resolvesTheDefaultDisplayNamesThroughTheNamesMap() {
    CustomFieldRoles roles = CustomFieldRoles.resolve(ImportOptions.defaults(), NAMES);

    assertThat(roles.roleOf("customfield_10020")).isEqualTo(CustomFieldRole.SPRINT);
    assertThat(roles.roleOf("customfield_10021")).isEqualTo(CustomFieldRole.FLAGGED);
    assertThat(roles.roleOf("customfield_10030")).isEqualTo(CustomFieldRole.PMO_SCOPE);
    assertThat(roles.roleOf("customfield_10040")).isEqualTo(CustomFieldRole.SPONSOR);
    assertThat(roles.roleOf("customfield_10099")).isNull();
  }

  @Test
  void knowsOnlyConfiguredIdsWhenTheExportHasNoNamesMap() {
    CustomFieldRoles roles =
        CustomFieldRoles.resolve(
            ImportOptions.defaults().withSprintField("customfield_10020"), Map.of());

    assertThat(roles.roleOf("customfield_10020")).isEqualTo(CustomFieldRole.SPRINT);
    assertThat(roles.roleOf("customfield_10021")).isNull();
  }

  @Test
  void letsAConfiguredIdWinOverADisplayNameOfAnotherRole() {
    CustomFieldRoles roles =
        CustomFieldRoles.resolve(
            ImportOptions.defaults().withPmoScopeField("customfield_10021"), NAMES);

    assertThat(roles.roleOf("customfield_10021")).isEqualTo(CustomFieldRole.PMO_SCOPE);
  }

  @Test
  void treatsSystemPeopleAndTheSponsorFieldAsPeopleByNameOrId() {
    CustomFieldRoles roles = CustomFieldRoles.resolve(ImportOptions.defaults(), NAMES);

    assertThat(roles.isPerson("Reporter")).isTrue();
    assertThat(roles.isPerson("assignee")).isTrue();
    assertThat(roles.isPerson("Executive Sponsor")).isTrue();
    assertThat(roles.isPerson("customfield_10040")).isTrue();
    assertThat(roles.isPerson("Team Mood")).isFalse();
    assertThat(roles.isPerson(null)).isFalse();
  }
}
