package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only declaration of the template renderer (never packaged). Checked against:
 * ../shared/reference/jira-platform-api.md §7.5 (template-renderer-api 5.0.4).
 */
public interface TemplateRenderer {

  void render(String templateName, Map<String, Object> context, Writer writer)
      throws RenderingException, IOException;
}
