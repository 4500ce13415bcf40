package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleAnswersTest {

  private static final ImportOptions OPTIONS = ImportOptions.defaults();
  private static final CustomFieldRoles WITHOUT_NAMES = CustomFieldRoles.resolve(OPTIONS, Map.of());

  @Test
  void wouldDifferWhereALaterNamesMapGivesAFieldAlreadyReadARole() {
    RoleAnswers answers = new RoleAnswers(WITHOUT_NAMES);
    assertThat(answers.roleOf("customfield_10020")).isNull();

    CustomFieldRoles learned =
        CustomFieldRoles.resolve(OPTIONS, Map.of("customfield_10020", "Sprint"));

    assertThat(answers.wouldDifferFrom(learned)).isTrue();
  }

  @Test
  void wouldNotDifferWhereTheNewRoleIsForAFieldNotReadYet() {
    RoleAnswers answers = new RoleAnswers(WITHOUT_NAMES);
    answers.roleOf("customfield_10099");
    answers.isPerson("status");

    CustomFieldRoles learned =
        CustomFieldRoles.resolve(OPTIONS, Map.of("customfield_10020", "Sprint"));

    assertThat(answers.wouldDifferFrom(learned)).isFalse();
  }

  @Test
  void wouldDifferWhereAChangelogFieldTurnsOutToHoldPeople() {
    RoleAnswers answers = new RoleAnswers(WITHOUT_NAMES);
    assertThat(answers.isPerson("customfield_10040")).isFalse();

    CustomFieldRoles learned =
        CustomFieldRoles.resolve(OPTIONS, Map.of("customfield_10040", "Executive Sponsor"));

    assertThat(answers.wouldDifferFrom(learned)).isTrue();
  }

  @Test
  void answersAsTheRolesItWasGiven() {
    RoleAnswers answers =
        new RoleAnswers(CustomFieldRoles.resolve(OPTIONS, Map.of("customfield_1", "Flagged")));

    assertThat(answers.roleOf("customfield_1")).isEqualTo(CustomFieldRole.FLAGGED);
    assertThat(answers.roleOf("customfield_1")).isEqualTo(CustomFieldRole.FLAGGED);
    assertThat(answers.roleOf("summary")).isNull();
    assertThat(answers.isPerson("Reporter")).isTrue();
    assertThat(answers.isPerson(null)).isFalse();
  }
}
