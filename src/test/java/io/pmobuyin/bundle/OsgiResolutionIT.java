package io.pmobuyin.bundle;

import static io.pmobuyin.testing.IssueBuilder.anIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.mining.MiningConfig;
import io.pmobuyin.testing.Reports;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/** Our bundle in Apache Felix beside a stand-in for Jira 10's exports: does it resolve? */
class OsgiResolutionIT {

  private final AppBundle app = AppBundle.built();

  @TempDir Path temp;

  private Framework felix;

  @BeforeEach
  void startFelix() throws BundleException {
    felix =
        new FrameworkFactory()
            .newFramework(
                Map.of(
                    Constants.FRAMEWORK_STORAGE,
                    temp.resolve("felix-cache").toString(),
                    Constants.FRAMEWORK_STORAGE_CLEAN,
                    Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
    felix.start();
  }

  @AfterEach
  void stopFelix() throws Exception {
    felix.stop();
    felix.waitForStop(10_000);
  }

  @Test
  void resolvesAgainstThePackagesJira10Exports() throws BundleException {
    install(HostBundle.jira10());
    Bundle bundle = installApp();

    assertThat(resolve(bundle)).isTrue();
    assertThat(bundle.getState()).isEqualTo(Bundle.RESOLVED);
    assertThat(bundle.getSymbolicName()).isEqualTo("io.pmobuyin.pmo-buyin");
  }

  @Test
  void failsToResolveWhenJiraDoesNotExportAPackageItImports() throws BundleException {
    install(HostBundle.jira10().without("com.atlassian.templaterenderer"));
    Bundle bundle = installApp();

    assertThat(resolve(bundle)).isFalse();
    assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    assertThatThrownBy(bundle::start)
        .isInstanceOf(BundleException.class)
        .hasMessageContaining("com.atlassian.templaterenderer");
  }

  @Test
  void stillResolvesWithoutTheOptionalGeminiImport() throws BundleException {
    install(HostBundle.jira10().without("org.eclipse.gemini.blueprint.service.importer.support"));
    Bundle bundle = installApp();

    assertThat(resolve(bundle)).isTrue();
  }

  @Test
  void readsAReportWithTheJacksonItCarries() throws Exception {
    install(HostBundle.jira10());
    Bundle bundle = installApp();
    String json =
        Reports.json(
            Reports.mine(List.of(anIssue().key("OSGI-1").build()), MiningConfig.defaults()));

    Class<?> readerClass = bundle.loadClass("io.pmobuyin.report.json.ReportJsonReader");
    Object reader = readerClass.getConstructor().newInstance();
    Object report = readerClass.getMethod("read", String.class).invoke(reader, json);

    assertThat(report.getClass().getMethod("generator").invoke(report)).isEqualTo("test");
    ClassLoader bundleLoader = readerClass.getClassLoader();
    assertThat(bundle.loadClass("com.fasterxml.jackson.core.JsonParser").getClassLoader())
        .isSameAs(bundleLoader)
        .isNotSameAs(JsonParser.class.getClassLoader());
    assertThat(bundle.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getClassLoader())
        .isSameAs(bundleLoader)
        .isNotSameAs(ObjectMapper.class.getClassLoader());
  }

  private void install(HostBundle host) throws BundleException {
    Path jar = host.writeTo(temp);
    felix.getBundleContext().installBundle(jar.toUri().toString());
  }

  private Bundle installApp() throws BundleException {
    return felix.getBundleContext().installBundle(app.path().toUri().toString());
  }

  private boolean resolve(Bundle bundle) {
    return felix.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
  }
}
