package io.pmobuyin.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueEditorTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final CatalogueEditor editor = new CatalogueEditor(Clock.fixed(NOW, ZoneOffset.UTC));

  private static CatalogueForm form(String id, String name, String status, String department) {
    return new CatalogueForm(id, name, "", status, department, false);
  }

  private ServiceCatalogue withRiskReview() {
    return editor
        .add(ServiceCatalogue.empty(), form("risk", "Risk review", "IN_SCOPE", null), "admin")
        .catalogue();
  }

  @Test
  void addsAnEntryAndAuditsWhoAndWhen() {
    CatalogueEditor.Outcome outcome =
        editor.add(
            ServiceCatalogue.empty(), form("risk", " Risk review ", "in_scope", ""), "admin");

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.catalogue().entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Risk review");
              assertThat(e.status()).isEqualTo(ScopeStatus.IN_SCOPE);
            });
    assertThat(outcome.change().orElseThrow())
        .satisfies(
            c -> {
              assertThat(c.actor()).isEqualTo("admin");
              assertThat(c.at()).isEqualTo(NOW);
              assertThat(c.action()).isEqualTo(CatalogueChange.Action.ADDED);
              assertThat(c.before()).isNull();
            });
  }

  @Test
  void renamesKeepingTheIdSoStoredValuesKeepTheirMeaning() {
    CatalogueEditor.Outcome outcome =
        editor.change(withRiskReview(), form("risk", "Risk clinic", "IN_SCOPE", null), "admin");

    assertThat(outcome.catalogue().entries())
        .extracting(CatalogueEntry::id)
        .containsExactly("risk");
    assertThat(outcome.catalogue().entries().get(0).name()).isEqualTo("Risk clinic");
    assertThat(outcome.change().orElseThrow().before().name()).isEqualTo("Risk review");
    assertThat(outcome.change().orElseThrow().action()).isEqualTo(CatalogueChange.Action.CHANGED);
  }

  @Test
  void retiresAndRestoresInsteadOfDeleting() {
    ServiceCatalogue retired =
        editor
            .change(
                withRiskReview(),
                new CatalogueForm("risk", "Risk review", "", "IN_SCOPE", null, true),
                "admin")
            .catalogue();
    CatalogueEditor.Outcome restored =
        editor.change(retired, form("risk", "Risk review", "IN_SCOPE", null), "admin2");

    assertThat(retired.entries().get(0).retired()).isTrue();
    assertThat(restored.change().orElseThrow().action()).isEqualTo(CatalogueChange.Action.RESTORED);
  }

  @Test
  void refusesWithEveryFieldsProblemAndChangesNothing() {
    ServiceCatalogue before = withRiskReview();

    CatalogueEditor.Outcome outcome =
        editor.add(before, form("Bad Id!", "", "SOMETIMES", null), "admin");

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.catalogue()).isSameAs(before);
    assertThat(outcome.change()).isEmpty();
    assertThat(outcome.problems())
        .extracting(CatalogueProblem::field, CatalogueProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "pmobuyin.catalogue.error.id-form"),
            org.assertj.core.groups.Tuple.tuple("name", "pmobuyin.catalogue.error.name-missing"),
            org.assertj.core.groups.Tuple.tuple("status", "pmobuyin.catalogue.error.status"));
  }

  @Test
  void needsTheOwningDepartmentForAnotherDepartmentsService() {
    assertThat(
            editor
                .add(
                    ServiceCatalogue.empty(),
                    form("budget", "Budget", "OTHER_DEPARTMENT", " "),
                    "a")
                .problems())
        .extracting(CatalogueProblem::field)
        .containsExactly("department");
  }

  @Test
  void refusesATakenIdAnActiveNameTwiceAndAnUnknownEntry() {
    ServiceCatalogue catalogue = withRiskReview();

    assertThat(editor.add(catalogue, form("risk", "Other", "IN_SCOPE", null), "a").problems())
        .extracting(CatalogueProblem::messageKey)
        .containsExactly("pmobuyin.catalogue.error.id-taken");
    assertThat(
            editor.add(catalogue, form("risk2", "RISK REVIEW", "IN_SCOPE", null), "a").problems())
        .extracting(CatalogueProblem::messageKey)
        .containsExactly("pmobuyin.catalogue.error.name-taken");
    assertThat(editor.change(catalogue, form("nope", "X", "IN_SCOPE", null), "a").problems())
        .extracting(CatalogueProblem::messageKey)
        .containsExactly("pmobuyin.catalogue.error.unknown");
  }

  @Test
  void engagesOnInScopeEntriesByIdOrNameAndOnAnyValueWithoutACatalogue() {
    ServiceCatalogue catalogue =
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry("risk", "Risk review", "", ScopeStatus.IN_SCOPE, null, false),
                new CatalogueEntry(
                    "teams", "Team planning", "", ScopeStatus.OUT_OF_SCOPE, null, false),
                new CatalogueEntry(
                    "appetite", "Risk appetite", "", ScopeStatus.OUT_OF_SCOPE, null, false)));

    assertThat(catalogue.engagement().engages(List.of("risk"))).isTrue();
    assertThat(catalogue.engagement().engages(List.of("Risk appetite")))
        .as("a whole name wins over the ids in it")
        .isFalse();
    assertThat(catalogue.engagement().engages(List.of("RISK REVIEW"))).isTrue();
    assertThat(catalogue.engagement().engages(List.of("Team planning"))).isFalse();
    assertThat(catalogue.engagement().engages(List.of())).isFalse();
    assertThat(catalogue.engagement().engages(List.of("teams risk"))).as("stored ids").isTrue();
    assertThat(catalogue.engagement().engages(List.of("teams appetite"))).isFalse();
    assertThat(ServiceCatalogue.empty().engagement().engages(List.of("anything"))).isTrue();
  }
}
