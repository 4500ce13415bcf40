package io.pmobuyin.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CataloguePropertiesTest {

  private final CatalogueEntry risk =
      new CatalogueEntry(
          "risk", "Risk review", "Regular, with owners", ScopeStatus.IN_SCOPE, null, false);
  private final CatalogueEntry budget =
      new CatalogueEntry("budget", "Budget", "", ScopeStatus.OTHER_DEPARTMENT, "Finance", true);

  @Test
  void keepsEveryFieldOfEveryEntryInOrder() {
    ServiceCatalogue catalogue = new ServiceCatalogue(List.of(risk, budget));

    assertThat(CatalogueProperties.readCatalogue(CatalogueProperties.write(catalogue)))
        .isEqualTo(catalogue);
  }

  @Test
  void readsNothingStoredAsAnEmptyCatalogue() {
    assertThat(CatalogueProperties.readCatalogue(null)).isEqualTo(ServiceCatalogue.empty());
    assertThat(CatalogueProperties.readChanges(new Properties())).isEmpty();
  }

  @Test
  void keepsTheNewestChangesFirstAndNoMoreThanTheLimit() {
    List<CatalogueChange> older = new ArrayList<>();
    for (int i = 0; i < CatalogueProperties.CHANGES_KEPT + 5; i++) {
      older.add(change(Instant.ofEpochSecond(1_000 - i), null, risk));
    }
    CatalogueChange newest = change(Instant.ofEpochSecond(2_000), risk, budget);

    List<CatalogueChange> read =
        CatalogueProperties.readChanges(CatalogueProperties.writeChanges(older, newest));

    assertThat(read).hasSize(CatalogueProperties.CHANGES_KEPT);
    assertThat(read.get(0)).isEqualTo(newest);
    assertThat(read.get(1)).isEqualTo(older.get(0));
    assertThat(read.get(1).before()).isNull();
  }

  @Test
  void refusesAFormatItDoesNotKnowInsteadOfGuessing() {
    Properties stored = CatalogueProperties.write(new ServiceCatalogue(List.of(risk)));
    stored.setProperty("format", "9");

    assertThatThrownBy(() -> CatalogueProperties.readCatalogue(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 9");
  }

  @Test
  void namesAMissingPartOfAStoredEntry() {
    Properties stored = CatalogueProperties.write(new ServiceCatalogue(List.of(risk)));
    stored.remove("0.name");

    assertThatThrownBy(() -> CatalogueProperties.readCatalogue(stored))
        .hasMessageContaining("0.name");
  }

  private static CatalogueChange change(Instant at, CatalogueEntry before, CatalogueEntry after) {
    return new CatalogueChange(
        "admin",
        at,
        before == null ? CatalogueChange.Action.ADDED : CatalogueChange.Action.CHANGED,
        before,
        after);
  }
}
