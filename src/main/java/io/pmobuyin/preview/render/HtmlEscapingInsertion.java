package io.pmobuyin.preview.render;

import java.util.Locale;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template prints, as Jira's template renderer does for app templates: a
 * reference whose last name ends in {@code Html} (any case) is taken as markup already and printed
 * as is. So a template that is safe in the preview is safe in Jira, and the other way round.
 */
final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null || isMarkup(reference)) {
      return value;
    }
    return escape(value.toString());
  }

  static boolean isMarkup(String reference) {
    String name = reference.replaceAll("[$!{}]", "");
    int call = name.indexOf('(');
    if (call >= 0) {
      name = name.substring(0, call);
    }
    name = name.substring(name.lastIndexOf('.') + 1);
    return name.toLowerCase(Locale.ROOT).endsWith("html");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
