package io.pmobuyin.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.bundle.AppBundle;
import io.pmobuyin.jira.admin.AdminPageServlet;
import io.pmobuyin.jira.rest.HealthResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jira 11 jar's own classes wired under Spring 6, with the jakarta APIs and our declarations in
 * their Platform 8 form ({@link Jira11Runtime}): the same check {@link SpringWiringTest} makes of
 * the compiled classes under Spring 5, made of what an admin installs on Jira 11.
 */
class Jira11WiringIT {

  @TempDir Path scratch;

  @Test
  void buildsEveryModuleOfTheJira11JarUnderSpring6() throws Exception {
    try (Jira11Runtime jira11 = Jira11Runtime.around(jira11Jar(), scratch)) {
      assertThat(jira11.springVersion()).startsWith("6.");
      assertThat(jira11.modulesNamed())
          .contains(AdminPageServlet.class.getName(), HealthResource.class.getName());

      assertThat(jira11.wiringProblems()).isEmpty();
    }
  }

  @Test
  void runsTheJarsOwnJakartaClassesNotTheTestClassPath() throws Exception {
    try (Jira11Runtime jira11 = Jira11Runtime.around(jira11Jar(), scratch)) {
      Class<?> servlet = jira11.load(AdminPageServlet.class.getName());

      assertThat(servlet.getProtectionDomain().getCodeSource().getLocation().getPath())
          .endsWith("-jira11.jar");
      assertThat(servlet.getSuperclass().getName()).isEqualTo("jakarta.servlet.http.HttpServlet");
      assertThat(jira11.load("com.atlassian.sal.api.websudo.WebSudoManager").getMethods())
          .filteredOn(m -> m.getName().equals("willExecuteWebSudoRequest"))
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m.getParameterTypes()[0].getName())
                      .isEqualTo("jakarta.servlet.http.HttpServletRequest"));
    }
  }

  @Test
  void runsOnAJavaJira11RunsOnWhenTheBuildFoundOne() {
    Assumptions.assumeTrue(
        Boolean.getBoolean("pmobuyin.jira11.jvm.chosen"),
        "no JDK 21 or later on this machine: the Jira 11 checks ran on Maven's own Java");

    assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
  }

  @Test
  void findsTheJira10JarUnfitForPlatform8() throws Exception {
    try (Jira11Runtime jira11 = Jira11Runtime.around(jira10Jar(), scratch)) {
      List<String> problems = jira11.wiringProblems();

      // The check can fail: the javax jar's servlets and resources cannot be built there.
      assertThat(problems)
          .anySatisfy(p -> assertThat(p).contains(AdminPageServlet.class.getName(), "javax"));
    }
  }

  private static Path jira11Jar() {
    return existing(AppBundle.builtForJira11().path());
  }

  private static Path jira10Jar() {
    return existing(AppBundle.built().path());
  }

  private static Path existing(Path jar) {
    assertThat(Files.isRegularFile(jar)).as(jar + " is built").isTrue();
    return jar;
  }
}
