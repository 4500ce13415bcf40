package io.pmobuyin.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.scope.ScopeValueCheck.ScopeProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeValueCheckTest {

  private final ScopeValueCheck check =
      new ScopeValueCheck(
          new ServiceCatalogue(
              List.of(
                  new CatalogueEntry(
                      "plan", "Portfolio planning", "", ScopeStatus.IN_SCOPE, null, false),
                  new CatalogueEntry("old", "Gate reviews", "", ScopeStatus.IN_SCOPE, null, true),
                  new CatalogueEntry(
                      "hr", "Hiring", "", ScopeStatus.OTHER_DEPARTMENT, "People team", false))));

  @Test
  void acceptsActiveEntriesOfAnyStatus() {
    assertThat(check.problems(ScopeValue.parse("plan hr"), ScopeValue.none())).isEmpty();
  }

  @Test
  void refusesAnIdTheCatalogueDoesNotKnow() {
    assertThat(check.problems(ScopeValue.parse("plan nope"), ScopeValue.none()))
        .containsExactly(new ScopeProblem("pmobuyin.field.scope.error.unknown", "nope"));
  }

  @Test
  void refusesARetiredEntryNewlyChosenNamingIt() {
    assertThat(check.problems(ScopeValue.parse("old"), ScopeValue.parse("plan")))
        .containsExactly(new ScopeProblem("pmobuyin.field.scope.error.retired", "Gate reviews"));
  }

  @Test
  void letsARetiredEntryStayOnAnIssueThatAlreadyHadIt() {
    assertThat(check.problems(ScopeValue.parse("old plan"), ScopeValue.parse("old"))).isEmpty();
  }

  @Test
  void keepingAnUnknownIdDoesNotMakeItKnown() {
    assertThat(check.problems(ScopeValue.parse("gone"), ScopeValue.parse("gone")))
        .extracting(ScopeProblem::messageKey)
        .containsExactly("pmobuyin.field.scope.error.unknown");
  }

  @Test
  void listsTheUnknownIdsOfAValue() {
    assertThat(check.unknownIds(ScopeValue.parse("x plan y old"))).containsExactly("x", "y");
  }
}
