package io.pmobuyin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The Jira 11 jar, made from the Jira 10 jar by the Eclipse Transformer: the javax namespaces
 * Platform 8 dropped are gone from its manifest, classes and descriptors; it imports what the Jira
 * 10 jar imports under the jakarta names and nothing else; and it resolves in Felix beside a
 * stand-in for Jira 11's exports.
 */
class Jira11BundleIT {

  /** The javax packages Platform 8 moved to jakarta (and our jar used). */
  private static final Pattern MOVED =
      Pattern.compile("javax[./](servlet|ws[./]rs|inject|annotation)([./]|$)");

  private final AppBundle jira10 = AppBundle.built();
  private final AppBundle jira11 = AppBundle.builtForJira11();

  @TempDir Path temp;

  @Test
  void namesNoMovedJavaxPackageInItsManifestClassesOrDescriptors() {
    assertThat(jira11.header("Import-Package").orElseThrow()).doesNotContainPattern(MOVED);
    List<String> offenders = new java.util.ArrayList<>();
    for (String entry : jira11.entryNames()) {
      if (entry.endsWith(".class")) {
        ClassFileConstants constants = ClassFileConstants.read(jira11.bytes(entry));
        constants.referencedTypes().stream()
            .filter(type -> MOVED.matcher(type).find())
            .forEach(type -> offenders.add(entry + " -> " + type));
        constants.stringLiterals().stream()
            .filter(text -> MOVED.matcher(text).find())
            .forEach(text -> offenders.add(entry + " -> \"" + text + "\""));
      } else if (entry.endsWith(".xml") && !entry.startsWith("META-INF/maven/")) {
        if (MOVED
            .matcher(new String(jira11.bytes(entry), java.nio.charset.StandardCharsets.UTF_8))
            .find()) {
          offenders.add(entry);
        }
      }
    }
    assertThat(offenders).isEmpty();
    // The check is not empty-handed: the Jira 10 jar does reference them.
    assertThat(jira10.header("Import-Package").orElseThrow()).containsPattern(MOVED);
  }

  @Test
  void importsWhatTheJira10JarImportsUnderTheJakartaNames() {
    Map<String, String> expected = new TreeMap<>();
    jira10.importedPackages().forEach((pkg, attributes) -> expected.put(jakartaName(pkg), ""));
    Map<String, String> actual = new TreeMap<>();
    jira11.importedPackages().forEach((pkg, attributes) -> actual.put(pkg, ""));

    assertThat(new TreeSet<>(actual.keySet())).isEqualTo(new TreeSet<>(expected.keySet()));
    // One jar for every 11.x release: no version ranges, as for 10.
    assertThat(jira11.importedPackages().values()).noneMatch(a -> a.contains("version"));
    assertThat(jira11.header("Bundle-SymbolicName"))
        .isEqualTo(jira10.header("Bundle-SymbolicName"));
    assertThat(jira11.header("Atlassian-Plugin-Key"))
        .isEqualTo(jira10.header("Atlassian-Plugin-Key"));
  }

  /** Jakarta EE's packages change their name; the JDK's own javax packages (XML, crypto) do not. */
  private static String jakartaName(String pkg) {
    return pkg.startsWith("javax.xml") || pkg.startsWith("javax.crypto")
        ? pkg
        : pkg.replaceFirst("^javax\\.", "jakarta.");
  }

  /**
   * Jira 11 renders templates with the same Velocity as 10: Atlassian's fork of the 1.x line (the
   * Slack app built for Jira 11.0.0 implements Velocity 1.x's two-argument {@code referenceInsert}
   * and sets its {@code NullLogChute}, neither of which exists in 2.x). So the templates, checked
   * under Velocity 1.7 and 2 by the unit tests, must reach the Jira 11 jar untouched, as must the
   * scripts, styles and texts around them.
   */
  @Test
  void carriesTheTemplatesScriptsStylesAndTextsUnchanged() {
    List<String> kept =
        jira10.entryNames().stream()
            .filter(e -> e.matches(".*\\.(vm|js|css|properties|json)$"))
            .filter(e -> !e.startsWith("META-INF/maven/"))
            .toList();

    assertThat(kept).anyMatch(e -> e.endsWith(".vm")).anyMatch(e -> e.endsWith(".properties"));
    assertThat(jira11.entryNames()).containsAll(kept);
    assertThat(kept)
        .allSatisfy(
            entry -> assertThat(jira11.bytes(entry)).as(entry).isEqualTo(jira10.bytes(entry)));
  }

  @Test
  void resolvesAgainstThePackagesJira11ExportsWhereTheJira10JarDoesNot() throws Exception {
    assertThat(resolves(jira11, temp.resolve("a"))).isTrue();
    // The Jira 10 jar still wants javax.servlet and friends, which Jira 11 no longer has.
    assertThat(resolves(jira10, temp.resolve("b"))).isFalse();
  }

  /** Installs Jira 11's stand-in and the jar in a fresh Felix; whether the jar resolves. */
  private static boolean resolves(AppBundle jar, Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir);
    Framework felix =
        new FrameworkFactory()
            .newFramework(
                Map.of(
                    Constants.FRAMEWORK_STORAGE,
                    dir.resolve("felix-cache").toString(),
                    Constants.FRAMEWORK_STORAGE_CLEAN,
                    Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
    felix.start();
    try {
      felix.getBundleContext().installBundle(HostBundle.jira11().writeTo(dir).toUri().toString());
      Bundle app = felix.getBundleContext().installBundle(jar.path().toUri().toString());
      return felix.adapt(FrameworkWiring.class).resolveBundles(List.of(app));
    } finally {
      felix.stop();
      felix.waitForStop(10_000);
    }
  }
}
