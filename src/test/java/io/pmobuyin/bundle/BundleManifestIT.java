package io.pmobuyin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BundleManifestIT {

  private static final String PLUGIN_KEY = "io.pmobuyin.pmo-buyin";
  private static final String JACKSON_CORE = "com/fasterxml/jackson/core/";
  private static final String JACKSON = "com/fasterxml/jackson/";

  private final AppBundle bundle = AppBundle.built();

  @Test
  void isATransformerlessAtlassianPluginWithItsKey() {
    assertThat(bundle.header("Bundle-ManifestVersion")).contains("2");
    assertThat(bundle.header("Bundle-SymbolicName")).contains(PLUGIN_KEY);
    assertThat(bundle.header("Atlassian-Plugin-Key")).contains(PLUGIN_KEY);
    assertThat(bundle.header("Spring-Context")).contains("*");
    assertThat(bundle.header("Atlassian-Scan-Folders")).contains("META-INF/plugin-descriptors");
    assertThat(bundle.header("Bundle-Version")).get().asString().matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void carriesTheFilteredDescriptorAtItsRoot() {
    String descriptor = bundle.text("atlassian-plugin.xml");

    assertThat(descriptor)
        .contains("key=\"" + PLUGIN_KEY + "\"")
        .contains("name=\"PMO Buy-In for Jira\"")
        .doesNotContain("${");
    String bundleVersion = bundle.header("Bundle-Version").orElseThrow();
    assertThat(descriptor)
        .contains("<version>" + bundleVersion.replace(".SNAPSHOT", "-SNAPSHOT") + "</version>");
  }

  @Test
  void holdsNoClassOutsideOurOwnPackagesButItsPrivateJackson() {
    assertThat(bundle.entryNames())
        .filteredOn(name -> name.endsWith(".class"))
        .isNotEmpty()
        .allMatch(
            name ->
                name.startsWith("io/pmobuyin/")
                    || name.startsWith(JACKSON_CORE)
                    || name.startsWith(JACKSON + "databind/")
                    || name.startsWith(JACKSON + "annotation/"),
            "a class under io/pmobuyin/ or Jackson's core, databind or annotations")
        .noneMatch(name -> name.startsWith("io/pmobuyin/preview/"));
  }

  @Test
  void carriesJacksonWithItsLicencesButNoMultiReleaseOrModuleParts() {
    assertThat(bundle.hasEntry(JACKSON_CORE + "JsonParser.class")).isTrue();
    assertThat(bundle.hasEntry(JACKSON + "databind/ObjectMapper.class")).isTrue();
    assertThat(bundle.hasEntry(JACKSON + "annotation/JsonProperty.class")).isTrue();
    for (String jar : List.of("jackson-core", "jackson-databind", "jackson-annotations")) {
      assertThat(bundle.hasEntry("META-INF/licenses/" + jar + "/META-INF/LICENSE")).isTrue();
      assertThat(bundle.hasEntry("META-INF/licenses/" + jar + "/META-INF/NOTICE")).isTrue();
    }
    assertThat(bundle.hasEntriesUnder("META-INF/versions")).isFalse();
    assertThat(bundle.entryNames()).noneMatch(name -> name.endsWith("module-info.class"));
    assertThat(bundle.header("Multi-Release")).isEmpty();
    assertThat(bundle.importedPackages().keySet())
        .noneMatch(pkg -> pkg.startsWith("com.fasterxml"));
  }

  @Test
  void importsTheJdksXmlPackagesOnlyOptionallyForJacksonsXmlSupport() {
    assertThat(bundle.importedPackages())
        .hasEntrySatisfying(
            "org.w3c.dom", attributes -> assertThat(attributes).contains("optional"))
        .allSatisfy(
            (pkg, attributes) -> {
              if (pkg.startsWith("javax.xml")
                  || pkg.startsWith("org.w3c")
                  || pkg.startsWith("org.xml")) {
                assertThat(attributes).as(pkg).contains("resolution:=optional");
              }
            });
  }

  @Test
  void exportsNothingAndImportsNoJavaPackage() {
    assertThat(bundle.header("Export-Package").orElse("")).isEmpty();
    assertThat(bundle.importedPackages().keySet()).noneMatch(pkg -> pkg.startsWith("java."));
  }

  @Test
  void importsHostPackagesWithoutVersionRangesSoOneJarServesEvery10xRelease() {
    assertThat(bundle.importedPackages().values())
        .noneMatch(attributes -> attributes.contains("version"));
  }

  @Test
  void importsEveryPackageItsClassesNeed() {
    Set<String> needed = new TreeSet<>();
    for (String entry : bundle.entryNames()) {
      if (entry.endsWith(".class")) {
        ClassFileConstants.read(bundle.bytes(entry)).referencedTypes().stream()
            .filter(type -> type.contains("/"))
            .map(type -> type.substring(0, type.lastIndexOf('/')).replace('/', '.'))
            .forEach(needed::add);
      }
    }
    needed.removeIf(pkg -> pkg.startsWith("java."));
    needed.removeAll(bundle.ownPackages());
    Map<String, String> imported = bundle.importedPackages();

    assertThat(needed).isNotEmpty().allMatch(imported::containsKey, "imported");
  }
}
