package io.pmobuyin.mining;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.record.StatusCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusCategoriesTest {

  @Test
  void anAdminsCategoryWinsOverTheDefaultWhateverTheCase() {
    StatusCategories categories =
        StatusCategories.defaults().with(Map.of("Awaiting Deploy", StatusCategory.IN_PROGRESS));

    assertThat(categories.of("awaiting deploy")).isEqualTo(StatusCategory.IN_PROGRESS);
    assertThat(categories.of("Pending")).isEqualTo(StatusCategory.TO_DO);
    assertThat(categories.with(Map.of("pending", StatusCategory.DONE)).of("Pending"))
        .isEqualTo(StatusCategory.DONE);
  }

  @Test
  void remembersWhatWasSetOnTopOfTheDefaultsAsWritten() {
    StatusCategories categories =
        StatusCategories.defaults()
            .with(Map.of(" Awaiting Deploy ", StatusCategory.IN_PROGRESS))
            .with(Map.of("Parked", StatusCategory.TO_DO));

    assertThat(StatusCategories.defaults().overrides()).isEmpty();
    assertThat(categories.overrides())
        .containsOnly(
            Map.entry("Awaiting Deploy", StatusCategory.IN_PROGRESS),
            Map.entry("Parked", StatusCategory.TO_DO));
  }

  @Test
  void aLaterOverrideReplacesAnEarlierOneOfTheSameNameInAnyCase() {
    StatusCategories categories =
        StatusCategories.defaults()
            .with(Map.of("Parked", StatusCategory.TO_DO))
            .with(Map.of("PARKED", StatusCategory.DONE));

    assertThat(categories.overrides()).containsOnly(Map.entry("PARKED", StatusCategory.DONE));
    assertThat(categories.of("parked")).isEqualTo(StatusCategory.DONE);
  }

  @Test
  void equalOverridesMakeEqualCategories() {
    Map<String, StatusCategory> parked = Map.of("Parked", StatusCategory.TO_DO);

    assertThat(StatusCategories.defaults().with(parked))
        .isEqualTo(StatusCategories.defaults().with(parked))
        .hasSameHashCodeAs(StatusCategories.defaults().with(parked))
        .isNotEqualTo(StatusCategories.defaults());
    assertThat(StatusCategories.defaults()).isEqualTo(StatusCategories.defaults());
  }
}
