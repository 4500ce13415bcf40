package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only declaration of the template renderer (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.5 (template-renderer-api 5.0.4). Jira 11: every
 * member we declare is used the same way by a public app built for Jira 11
 * (docs/research/jira11-declarations-audit.md).
 */
public interface TemplateRenderer {

  void render(String templateName, Map<String, Object> context, Writer writer)
      throws RenderingException, IOException;
}
