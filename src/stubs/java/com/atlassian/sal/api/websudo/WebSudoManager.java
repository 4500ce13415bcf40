package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Compile-only declaration of SAL's WebSudo manager (never packaged), limited to the two methods
 * the admin page calls. Checked against: sal-api 5.1.4 decompiled (ngannk-fptu/Decompiled-Files,
 * ../shared/reference/jira-platform-api.md §7.1): an interface with {@code void
 * willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException} and {@code void
 * enforceWebSudoProtection(HttpServletRequest, HttpServletResponse)}. The same two calls, in the
 * same order, guard servlet pages in atlascommunity/jira-plugins-groovy AbstractTemplateServlet
 * (Jira 8.13) and in atlassian-labs/atlassian-slack-integration-server ConfigureServlet at 7beea6f
 * (built against Jira 11.0.0); Jira 10 lies between them. Jira 11: every member we declare is used
 * the same way by a public app built for Jira 11 (docs/research/jira11-declarations-audit.md).
 */
public interface WebSudoManager {

  void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

  void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
