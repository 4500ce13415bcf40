package io.pmobuyin.preview.render;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.view.TemplateEngine;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the app's Velocity templates outside Jira, from the classpath, the way Jira's template
 * renderer does inside: {@code $i18n} from the same bundle and every printed value HTML-escaped.
 * Settings keep Velocity 2 close to the 1.x line Jira runs, so templates use only what both accept.
 */
public final class PreviewTemplates implements TemplateEngine {

  private final VelocityEngine engine;
  private final PreviewI18n i18n;

  public PreviewTemplates(Messages messages) {
    Properties settings = new Properties();
    settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    settings.setProperty(
        "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    settings.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
    settings.setProperty(RuntimeConstants.CONVERSION_HANDLER_CLASS, "none");
    settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    this.engine = new VelocityEngine(settings);
    this.engine.init();
    this.i18n = new PreviewI18n(messages);
  }

  /** The template at this classpath location, rendered with the given context and {@code $i18n}. */
  public String render(String template, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    render(template, context, out);
    return out.toString();
  }

  @Override
  public void render(String template, Map<String, Object> context, Writer out) {
    VelocityContext velocity = new VelocityContext();
    velocity.put("i18n", i18n);
    context.forEach(velocity::put);
    EventCartridge events = new EventCartridge();
    events.addReferenceInsertionEventHandler(new HtmlEscapingInsertion());
    events.attachToContext(velocity);
    Template compiled = engine.getTemplate(template, "UTF-8");
    compiled.merge(velocity, out);
  }
}
