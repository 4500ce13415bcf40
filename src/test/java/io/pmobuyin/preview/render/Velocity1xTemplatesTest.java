package io.pmobuyin.preview.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.mail.BriefDigestComposer;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.testing.SampleGadgetData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every gadget template and the brief rendered by Velocity 1.7, the open-source line Jira's 1.6
 * fork comes from, in strict mode, must give the same page as Velocity 2 in the preview: proof that
 * the templates use only syntax both accept. (Escaping is the renderer's part, so the data here
 * need none: the sample portfolio's names.)
 */
class Velocity1xTemplatesTest {

  private static final Path JARS = Path.of("target", "velocity-1.x");
  private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

  private static URLClassLoader velocity1;
  private static Object engine;
  private static GadgetInput input;

  @BeforeAll
  static void startVelocity1() throws Exception {
    URL[] jars;
    try (Stream<Path> files = Files.list(JARS)) {
      jars = files.map(Velocity1xTemplatesTest::url).toArray(URL[]::new);
    }
    assertThat(jars)
        .as("target/velocity-1.x is filled by the build (maven-dependency-plugin)")
        .hasSize(3);
    velocity1 = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
    Class<?> engineClass = velocity1.loadClass("org.apache.velocity.app.VelocityEngine");
    engine = engineClass.getConstructor().newInstance();
    Method set = engineClass.getMethod("setProperty", String.class, Object.class);
    set.invoke(engine, "runtime.references.strict", "true");
    set.invoke(
        engine, "runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    inVelocity1(() -> engineClass.getMethod("init").invoke(engine));
    GadgetData data = SampleGadgetData.standard();
    input = data.input(GadgetQuery.everything(), new PreviewTexts(MESSAGES, Locale.ENGLISH), "v1");
  }

  @AfterAll
  static void close() throws IOException {
    velocity1.close();
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The template rendered by Velocity 1.7 with the same context the renderer gives Velocity 2. */
  private static String renderWithVelocity1(String template, Map<String, Object> context)
      throws Exception {
    return renderWithVelocity1(template, context, "");
  }

  private static String renderWithVelocity1(
      String template, Map<String, Object> context, String prelude) throws Exception {
    Class<?> contextClass = velocity1.loadClass("org.apache.velocity.VelocityContext");
    Object velocityContext = contextClass.getConstructor().newInstance();
    Method put = contextClass.getMethod("put", String.class, Object.class);
    put.invoke(velocityContext, "i18n", new PreviewI18n(MESSAGES));
    // A context's own $i18n (field templates get Jira's I18nHelper) replaces the preview's.
    for (Map.Entry<String, Object> entry : context.entrySet()) {
      put.invoke(velocityContext, entry.getKey(), entry.getValue());
    }
    String text;
    try (InputStream in = Velocity1xTemplatesTest.class.getResourceAsStream("/" + template)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    Method evaluate =
        engine
            .getClass()
            .getMethod(
                "evaluate",
                velocity1.loadClass("org.apache.velocity.context.Context"),
                Writer.class,
                String.class,
                String.class);
    String source = prelude + text;
    inVelocity1(() -> evaluate.invoke(engine, velocityContext, out, template, source));
    return out.toString();
  }

  /** Velocity 1.x loads its own parts through the thread's context class loader. */
  private static void inVelocity1(Step step) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(velocity1);
    try {
      step.run();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private interface Step {
    Object run() throws Exception;
  }

  /** Captures what the renderer hands the engine, to give Velocity 1.7 the very same context. */
  private static final class Capture implements io.pmobuyin.report.view.TemplateEngine {
    String template;
    Map<String, Object> context;

    @Override
    public void render(String template, Map<String, Object> context, Writer out) {
      this.template = template;
      this.context = context;
    }
  }

  private static String normalised(String html) {
    return html.replaceAll("\\s+", " ").trim();
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void rendersEveryGadgetAsVelocity2Does(Gadget gadget) throws Exception {
    Capture capture = new Capture();
    new GadgetRenderer(capture, (g, t) -> "/csv/" + g.id() + "/" + t, "/brief")
        .render(gadget, input);
    String velocity2 =
        new GadgetRenderer(
                new PreviewTemplates(MESSAGES), (g, t) -> "/csv/" + g.id() + "/" + t, "/brief")
            .render(gadget, input);

    String velocity1x = renderWithVelocity1(capture.template, capture.context);

    assertThat(normalised(velocity1x)).isEqualTo(normalised(velocity2));
  }

  @Test
  void rendersTheBriefAsVelocity2Does() throws Exception {
    Map<String, Object> context = Map.of("brief", Brief.build(input));

    String velocity1x = renderWithVelocity1(Brief.TEMPLATE, context);

    assertThat(normalised(velocity1x))
        .isEqualTo(normalised(new PreviewTemplates(MESSAGES).render(Brief.TEMPLATE, context)));
  }

  @Test
  void rendersTheDigestMailAsVelocity2Does() throws Exception {
    Capture capture = new Capture();
    DigestLinks links = new DigestLinks("https://jira.example.com/d", "mailto:pmo@example.com");
    new BriefDigestComposer(capture).compose(input, links);
    String velocity2 =
        new BriefDigestComposer(new PreviewTemplates(MESSAGES)).compose(input, links).html();

    String velocity1x = renderWithVelocity1(capture.template, capture.context);

    assertThat(capture.template).isEqualTo(BriefDigestComposer.TEMPLATE);
    assertThat(normalised(velocity1x)).isEqualTo(normalised(velocity2));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"pmo-scope-view", "pmo-scope-column-view", "pmo-scope-edit", "pmo-scope-xml"})
  void rendersThePmoScopeTemplates(String template) throws Exception {
    FieldTemplateFixture fields = new FieldTemplateFixture("Portfolio planning", "People team");

    String html = renderField(template, fields.scopeContext("plan hr gate"));

    assertThat(html).contains("Portfolio planning", "Hiring", "Gate");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"executive-sponsor-view", "executive-sponsor-edit", "executive-sponsor-xml"})
  void rendersTheExecutiveSponsorTemplates(String template) throws Exception {
    FieldTemplateFixture fields = new FieldTemplateFixture("Zoe Chief", "People team");

    String html = renderField(template, fields.sponsorContext("JIRAUSER1"));

    assertThat(html).contains("Zoe Chief");
  }

  /** A field template after Jira's field macros (stand-ins), as Jira's engine would have them. */
  private static String renderField(String template, Map<String, Object> context) throws Exception {
    String macros;
    try (InputStream in =
        Velocity1xTemplatesTest.class.getResourceAsStream("/" + FieldTemplateFixture.MACROS)) {
      macros = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return renderWithVelocity1("templates/fields/" + template + ".vm", context, macros);
  }

  @Test
  void failsLoudlyOnAReferenceItCannotResolve() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> renderWithVelocity1("templates/gadgets/lessons.vm", Map.of("view", List.of())))
        .hasRootCauseInstanceOf(Exception.class);
  }
}
