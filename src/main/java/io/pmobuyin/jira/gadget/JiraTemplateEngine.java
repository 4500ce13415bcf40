package io.pmobuyin.jira.gadget;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.report.view.TemplateEngine;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/** Our templates through Jira's template renderer, which adds {@code $i18n} and escapes output. */
public class JiraTemplateEngine implements TemplateEngine {

  private final TemplateRenderer renderer;

  public JiraTemplateEngine(TemplateRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public void render(String template, Map<String, Object> context, Writer out) throws IOException {
    try {
      // The renderer may add to the map it is given; ours are immutable.
      renderer.render(template, new HashMap<>(context), out);
    } catch (RenderingException e) {
      throw new IOException("template " + template + " failed: " + e.getMessage(), e);
    }
  }
}
