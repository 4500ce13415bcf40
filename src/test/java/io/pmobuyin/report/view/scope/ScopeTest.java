package io.pmobuyin.report.view.scope;

import static io.pmobuyin.scope.ScopeStatus.IN_SCOPE;
import static io.pmobuyin.scope.ScopeStatus.OTHER_DEPARTMENT;
import static io.pmobuyin.scope.ScopeStatus.OUT_OF_SCOPE;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.view.common.CsvTable;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static ScopeView scope(CatalogueEntry... entries) {
    return Scope.build(
        anInput(aReport()).catalogue(new ServiceCatalogue(List.of(entries))).build());
  }

  @Test
  void groupsServicesInScopeStatusOrderWhateverTheCatalogueOrder() {
    ScopeView view =
        scope(
            new CatalogueEntry("hr", "Hiring", "", OTHER_DEPARTMENT, "People team", false),
            new CatalogueEntry("code", "Writing code", "", OUT_OF_SCOPE, null, false),
            new CatalogueEntry("plan", "Portfolio planning", "", IN_SCOPE, null, false));

    assertThat(view.groups())
        .extracting(ScopeGroup::status)
        .containsExactly("in-scope", "out-of-scope", "other-department");
    assertThat(view.groups())
        .extracting(ScopeGroup::title)
        .containsExactly(
            "What the PMO does", "What the PMO does not do", "Owned by other departments");
    assertThat(view.groups().get(0).intro()).isEqualTo("Ask the PMO for these.");
  }

  @Test
  void leavesOutAStatusWithoutServices() {
    ScopeView view =
        scope(
            new CatalogueEntry("plan", "Portfolio planning", "", IN_SCOPE, null, false),
            new CatalogueEntry("hr", "Hiring", "", OTHER_DEPARTMENT, "People team", false));

    assertThat(view.groups())
        .extracting(ScopeGroup::status)
        .containsExactly("in-scope", "other-department");
  }

  @Test
  void putsRetiredServicesLastInTheirGroupAndMarksThem() {
    ScopeView view =
        scope(
            new CatalogueEntry("old", "Gate reviews", "", IN_SCOPE, null, true),
            new CatalogueEntry("plan", "Portfolio planning", "", IN_SCOPE, null, false),
            new CatalogueEntry("risk", "Risk reviews", "", IN_SCOPE, null, false));

    List<ScopeItem> items = view.groups().get(0).items();

    assertThat(items)
        .extracting(ScopeItem::name)
        .containsExactly("Portfolio planning", "Risk reviews", "Gate reviews");
    assertThat(items).extracting(ScopeItem::retired).containsExactly(false, false, true);
  }

  @Test
  void namesTheDepartmentOnlyForServicesOtherDepartmentsOwn() {
    ScopeView view =
        scope(
            new CatalogueEntry(
                "plan", "Portfolio planning", "Quarterly", IN_SCOPE, "Finance", false),
            new CatalogueEntry(
                "budget", "Budgeting", "Yearly", OTHER_DEPARTMENT, "Finance", false));

    ScopeItem planning = view.groups().get(0).items().get(0);
    ScopeItem budgeting = view.groups().get(1).items().get(0);

    assertThat(planning.department()).isNull();
    assertThat(budgeting.department()).isEqualTo("Finance");
    assertThat(budgeting.description()).isEqualTo("Yearly");
  }

  @Test
  void countsOnlyServicesStillOfferedInTheSummary() {
    ScopeView view =
        scope(
            new CatalogueEntry("a", "A", "", IN_SCOPE, null, false),
            new CatalogueEntry("b", "B", "", OUT_OF_SCOPE, null, true),
            new CatalogueEntry("c", "C", "", OUT_OF_SCOPE, null, false));

    assertThat(view.summary()).isEqualTo("2 services in the PMO catalogue");
  }

  @Test
  void exportsEveryServiceWithItsStatusDepartmentAndRetiredFlag() {
    ScopeView view =
        scope(
            new CatalogueEntry("old", "Gate reviews", "Phase gates", IN_SCOPE, null, true),
            new CatalogueEntry("hr", "Hiring", "", OTHER_DEPARTMENT, "People team", false));

    CsvTable table = view.tables().get(0);

    assertThat(table.name()).isEqualTo("pmo-scope");
    assertThat(table.rows())
        .containsExactly(
            List.of("old", "Gate reviews", "Phase gates", "in-scope", "", "true"),
            List.of("hr", "Hiring", "", "other-department", "People team", "false"));
  }

  @Test
  void isEmptyWithoutACatalogue() {
    ScopeView view = Scope.build(anInput(aReport()).build());

    assertThat(view.empty()).isTrue();
    assertThat(view.groups()).isEmpty();
    assertThat(view.summary()).isEqualTo("0 services in the PMO catalogue");
  }
}
