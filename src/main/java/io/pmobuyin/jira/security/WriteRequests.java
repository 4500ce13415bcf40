package io.pmobuyin.jira.security;

import java.util.Locale;
import javax.servlet.http.HttpServletRequest;

/**
 * Whether a request that changes something came from our own pages rather than a forged cross-site
 * form: a form can send neither a JSON body nor a custom header, and our scripts send both. Checked
 * in code as well as by Jira's REST layer, as every permission is.
 */
public final class WriteRequests {

  static final String TOKEN_HEADER = "X-Atlassian-Token";

  private WriteRequests() {}

  public static boolean notForged(HttpServletRequest request) {
    String contentType = request.getContentType();
    boolean json =
        contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    return json || "no-check".equalsIgnoreCase(request.getHeader(TOKEN_HEADER));
  }
}
