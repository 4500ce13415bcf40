package io.pmobuyin.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.jira.admin.AdminPageServlet;
import io.pmobuyin.jira.rest.HealthResource;
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
