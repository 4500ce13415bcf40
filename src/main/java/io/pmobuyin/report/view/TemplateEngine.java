package io.pmobuyin.report.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders one of the app's Velocity templates: Jira's template renderer inside Jira, Apache
 * Velocity in the preview. Either way {@code $i18n} is there and every printed value is escaped
 * unless its name ends in {@code Html}.
 */
public interface TemplateEngine {

  void render(String template, Map<String, Object> context, Writer out) throws IOException;
}
