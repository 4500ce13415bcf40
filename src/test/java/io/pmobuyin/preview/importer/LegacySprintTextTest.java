package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacySprintTextTest {

  @Test
  void readsNameAndStartDateOfGreenhopperSprintText() {
    LegacySprintText.Parts parts =
        LegacySprintText.parse(
            "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=5,rapidViewId=1,state=CLOSED,"
                + "name=Sprint 3,startDate=2024-01-08T09:00:00.000Z,endDate=2024-01-22T09:00:00.000Z,"
                + "completeDate=<null>,sequence=5,goal=]");

    assertThat(parts.name()).isEqualTo("Sprint 3");
    assertThat(parts.startDate()).isEqualTo("2024-01-08T09:00:00.000Z");
  }

  @Test
  void keepsCommasThatAreNotFollowedByAnotherAttribute() {
    LegacySprintText.Parts parts =
        LegacySprintText.parse(
            "com.atlassian.greenhopper.service.sprint.Sprint@9[id=6,name=Harbour 4, the long one,"
                + "startDate=<null>,goal=Ship it, finally]");

    assertThat(parts.name()).isEqualTo("Harbour 4, the long one");
    assertThat(parts.startDate()).isNull();
  }

  @Test
  void takesTextWithoutBracketsAsABareSprintName() {
    assertThat(LegacySprintText.parse(" Sprint 9 ").name()).isEqualTo("Sprint 9");
    assertThat(LegacySprintText.parse("  ").name()).isNull();
  }

  @Test
  void recognisesOnlyGreenhopperSprintText() {
    assertThat(
            LegacySprintText.looksLikeSprint(
                "com.atlassian.greenhopper.service.sprint.Sprint@1[id=1,name=A]"))
        .isTrue();
    assertThat(LegacySprintText.looksLikeSprint("Sprint 3")).isFalse();
  }
}
