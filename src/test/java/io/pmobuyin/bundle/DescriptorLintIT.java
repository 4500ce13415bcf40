package io.pmobuyin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorLintIT {

  private static final String ADMIN = "META-INF/plugin-descriptors/admin.xml";
  private static final String TEMPLATE = "templates/admin/admin-page.vm";

  private final AppBundle bundle = AppBundle.built();

  @TempDir Path temp;

  @Test
  void findsNothingWrongInTheBuiltBundle() {
    assertThat(DescriptorLint.check(bundle)).isEmpty();
  }

  @Test
  void findsNothingWrongInTheJira11Bundle() {
    // Its descriptors and templates name our classes, the Spring XML and the allowlist as before.
    assertThat(DescriptorLint.check(AppBundle.builtForJira11())).isEmpty();
  }

  @Test
  void readsTheSplitDescriptorsAndTheTemplates() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(ADMIN, xml -> xml.replace("AdminPageServlet", "AdminPageServIet"))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains(ADMIN, "io.pmobuyin.jira.admin.AdminPageServIet", "neither in the bundle");
  }

  @Test
  void reportsAConditionClassFromAPackageTheBundleDoesNotImport() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                ADMIN,
                xml ->
                    xml.replaceFirst(
                        "com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition",
                        "com.atlassian.jira.plugin.webfragment.conditions.other.IsAdmin"))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains("conditions.other.IsAdmin", "imported package");
  }

  @Test
  void reportsAnI18nKeyMissingFromTheBundle() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                "i18n/pmo-buyin.properties",
                properties -> properties.replace("pmobuyin.admin.link.label=", "renamed.label="))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains(ADMIN, "pmobuyin.admin.link.label");
  }

  @Test
  void reportsI18nKeysUsedByTemplatesAndByCode() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                "i18n/pmo-buyin.properties",
                properties ->
                    properties
                        .replace("pmobuyin.admin.runs.heading=", "x.heading=")
                        .replace("pmobuyin.rest.error.not-logged-in=", "x.not-logged-in="))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .anySatisfy(p -> assertThat(p).contains(TEMPLATE, "pmobuyin.admin.runs.heading"))
        .anySatisfy(
            p -> assertThat(p).contains("RestErrors.class", "pmobuyin.rest.error.not-logged-in"))
        .hasSize(2);
  }

  @Test
  void reportsATemplateCallingAMethodTheAllowlistDoesNotList() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                ADMIN,
                xml ->
                    xml.replace(
                        "<method>io.pmobuyin.jira.admin.AdminPageView#getVersion()</method>", ""))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains(TEMPLATE, "io.pmobuyin.jira.admin.AdminPageView#getVersion()", "does not list");
  }

  @Test
  void reportsATemplateCallingAMethodThatDoesNotExist() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(TEMPLATE, vm -> vm.replace("$page.version", "$page.versoin"))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains(TEMPLATE, "has no property versoin");
  }

  @Test
  void reportsATemplateVariableItDoesNotDeclare() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(TEMPLATE, vm -> vm.replace("$page.version", "$view.version"))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .singleElement()
        .asString()
        .contains(TEMPLATE, "$view", "neither declares");
  }

  @Test
  void reportsAnAllowlistEntryNamingNoMethod() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                ADMIN,
                xml ->
                    xml.replace(
                        "AdminPageView#getVersion()", "AdminPageView#getVersion(java.lang.String)"))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .anySatisfy(p -> assertThat(p).contains("velocity-allowlist", "names no public method"));
  }

  @Test
  void reportsAResourceMissingFromTheJar() {
    AppBundle broken =
        BundleCopy.of(bundle)
            .editing(
                "atlassian-plugin.xml",
                xml ->
                    xml.replace(
                        "location=\"i18n.pmo-buyin\"", "location=\"i18n.pmo-buyin-missing\""))
            .writeTo(temp);

    assertThat(DescriptorLint.check(broken))
        .anySatisfy(
            p -> assertThat(p).contains("i18n/pmo-buyin-missing.properties", "not in the jar"));
  }
}
