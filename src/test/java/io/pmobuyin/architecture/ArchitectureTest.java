package io.pmobuyin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine pure Java and layered, the two sides (inside Jira, preview) apart, and every
 * package out of cycles.
 */
class ArchitectureTest {

  static final String[] ENGINE = {
    "io.pmobuyin.mining..",
    "io.pmobuyin.value..",
    "io.pmobuyin.scope..",
    "io.pmobuyin.report..",
    "io.pmobuyin.run..",
    "io.pmobuyin.settings.."
  };
  static final String[] OUTSIDE_THE_ENGINE = {
    "com.atlassian..",
    "javax.servlet..",
    "javax.ws.rs..",
    "io.pmobuyin.jira..",
    "io.pmobuyin.preview.."
  };

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.pmobuyin");

  static ArchRule isPureEngine(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(OUTSIDE_THE_ENGINE)
        .because("the engine runs unchanged inside Jira and in the preview")
        .allowEmptyShould(true);
  }

  @Test
  void engineDependsOnNothingFromJiraServletsRestOrTheAdapters() {
    isPureEngine(ENGINE).check(PRODUCTION);
  }

  @Test
  void theRuleCatchesAnEngineClassThatUsesJira() {
    JavaClasses leaky = new ClassFileImporter().importPackages("io.pmobuyin.architecture.fixtures");

    EvaluationResult result = isPureEngine("io.pmobuyin.architecture.fixtures..").evaluate(leaky);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("LeakyEngineClass", "TemplateRenderer"));
  }

  @Test
  void jiraAdaptersAndPreviewDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("io.pmobuyin.jira..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.pmobuyin.preview..")
        .check(PRODUCTION);
    noClasses()
        .that()
        .resideInAPackage("io.pmobuyin.preview..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.pmobuyin.jira..", "com.atlassian..")
        .allowEmptyShould(true)
        .check(PRODUCTION);
  }

  /** Mining knows nothing of money or reports; reports know nothing of runs or settings. */
  @Test
  void theEngineIsLayered() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Run")
        .definedBy("io.pmobuyin.run..")
        .layer("Settings")
        .definedBy("io.pmobuyin.settings..")
        .layer("Report")
        .definedBy("io.pmobuyin.report..")
        .layer("Value")
        .definedBy("io.pmobuyin.value..")
        .layer("Scope")
        .definedBy("io.pmobuyin.scope..")
        .layer("Mining")
        .definedBy("io.pmobuyin.mining..")
        .whereLayer("Run")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Settings")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Report")
        .mayOnlyBeAccessedByLayers("Run")
        .whereLayer("Value")
        .mayOnlyBeAccessedByLayers("Report", "Settings", "Run")
        .whereLayer("Scope")
        .mayOnlyBeAccessedByLayers("Report", "Run")
        .check(PRODUCTION);
  }

  /**
   * Inside mining: records, then the run's configuration, then sources and histories, then the
   * patterns that read histories, then the portfolio that runs them all.
   */
  @Test
  void miningIsLayeredFromRecordsToThePortfolio() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Portfolio")
        .definedBy("io.pmobuyin.mining.portfolio..")
        .layer("Pattern")
        .definedBy("io.pmobuyin.mining.pattern..")
        .layer("History")
        .definedBy("io.pmobuyin.mining.history..")
        .layer("Source")
        .definedBy("io.pmobuyin.mining.source..")
        .layer("Config")
        .definedBy("io.pmobuyin.mining")
        .layer("Record")
        .definedBy("io.pmobuyin.mining.record..")
        .whereLayer("Portfolio")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Pattern")
        .mayOnlyBeAccessedByLayers("Portfolio")
        .whereLayer("History")
        .mayOnlyBeAccessedByLayers("Pattern", "Portfolio")
        .whereLayer("Source")
        .mayOnlyBeAccessedByLayers("Portfolio")
        .whereLayer("Config")
        .mayOnlyBeAccessedByLayers("Source", "History", "Pattern", "Portfolio")
        .check(PRODUCTION);
  }

  /** Figures and statistics serve the REST API as well as the gadgets: they know no view. */
  @Test
  void reportAnalysisKnowsNothingOfViews() {
    noClasses()
        .that()
        .resideInAPackage("io.pmobuyin.report.analysis..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.pmobuyin.report.view..")
        .check(PRODUCTION);
  }

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices()
        .matching("io.pmobuyin.(**)")
        .should()
        .beFreeOfCycles()
        .because("a cycle makes two packages one, without saying so")
        .check(PRODUCTION);
  }

  @Test
  void nothingReachesForTheStaticComponentAccessor() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
        .because("host services come in by constructor injection")
        .check(PRODUCTION);
  }
}
