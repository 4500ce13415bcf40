package io.pmobuyin.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.jira.admin.AdminPageServlet;
import io.pmobuyin.jira.rest.HealthResource;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.jira.settings.PluginSettingsStore;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.MapPluginSettings;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class SpringWiringTest {

  static final String SPRING_XML = "classpath:META-INF/spring/*.xml";
  static final String[] DESCRIPTORS = {
    "classpath:atlassian-plugin.xml", "classpath*:META-INF/plugin-descriptors/*.xml"
  };

  @Test
  void buildsEveryModuleTheDescriptorsNameFromTheAppContext() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);

    assertThat(wiring.problems(DESCRIPTORS)).isEmpty();
    assertThat(PluginWiring.modulesNamedIn(DESCRIPTORS))
        .contains(AdminPageServlet.class.getName(), HealthResource.class.getName());
  }

  @Test
  void importsHostServicesThroughOsgiReferences() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);

    assertThat(wiring.importedServices()).contains(UserManager.class, TemplateRenderer.class);
  }

  @Test
  void exportsTheMiningScheduleForSalToStartOnceJiraHasStarted() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);

    assertThat(wiring.problems(DESCRIPTORS)).isEmpty();
    assertThat(wiring.exportedServices())
        .containsEntry("miningSchedule", com.atlassian.sal.api.lifecycle.LifecycleAware.class);
    assertThat(wiring.context().getBean("miningSchedule"))
        .isInstanceOf(io.pmobuyin.jira.run.MiningSchedule.class);
  }

  @Test
  void offersTheRegularReportsComposerOverJirasTemplateRenderer() throws Exception {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);
    TemplateRenderer renderer = wiring.context().getBean(TemplateRenderer.class);

    io.pmobuyin.report.mail.DigestComposer composer =
        wiring.context().getBean(io.pmobuyin.report.mail.DigestComposer.class);

    assertThat(composer).isInstanceOf(io.pmobuyin.report.mail.BriefDigestComposer.class);
    composer.compose(
        io.pmobuyin.testing.GadgetInputBuilder.anInput(io.pmobuyin.testing.ReportBuilder.aReport())
            .build(),
        new io.pmobuyin.report.mail.DigestLinks("https://j.example/d", "https://j.example/u"));
    org.mockito.Mockito.verify(renderer)
        .render(
            org.mockito.ArgumentMatchers.eq(io.pmobuyin.report.mail.BriefDigestComposer.TEMPLATE),
            org.mockito.ArgumentMatchers.anyMap(),
            org.mockito.ArgumentMatchers.any(java.io.Writer.class));
  }

  @Test
  void wiresTheExecutiveGroupFromTheSettingsIntoEveryAccessCheck() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);
    PluginSettingsFactory settings = wiring.context().getBean(PluginSettingsFactory.class);
    Map<String, Object> database = new HashMap<>();
    org.mockito.Mockito.when(settings.createGlobalSettings())
        .thenAnswer(call -> MapPluginSettings.over(database).createGlobalSettings());
    new PluginSettingsStore(settings)
        .save(AppSettingsBuilder.appSettings().executiveGroup("board").build());
    UserManager sal = wiring.context().getBean(UserManager.class);
    HttpServletRequest request = org.mockito.Mockito.mock(HttpServletRequest.class);
    UserKey executive = new UserKey("x1");
    org.mockito.Mockito.when(sal.getRemoteUserKey()).thenReturn(executive);
    org.mockito.Mockito.when(sal.isUserInGroup(executive, "board")).thenReturn(true);

    assertThat(wiring.context().getBean(RequestAccess.class).of(request))
        .isEqualTo(AccessLevel.EXECUTIVE);
  }

  @Test
  void reportsAModuleNeedingAHostServiceNobodyImports() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);

    assertThat(wiring.problems("classpath:wiring/unwired-servlet.xml"))
        .singleElement()
        .asString()
        .contains("ServletNeedingUnimportedService", "UnimportedHostService");
  }

  @Test
  void reportsARestResourceThatIsNotABean() {
    PluginWiring wiring = PluginWiring.load(SPRING_XML);

    assertThat(wiring.problems("classpath:wiring/rest-without-bean.xml"))
        .singleElement()
        .asString()
        .contains("ResourceThatIsNoBean", "not a bean");
  }
}
