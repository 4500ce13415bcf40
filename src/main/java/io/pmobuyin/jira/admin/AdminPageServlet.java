package io.pmobuyin.jira.admin;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.jira.security.AccessLevel;
import io.pmobuyin.jira.security.RequestAccess;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The app's administration page, {@code /plugins/servlet/pmo-buyin/admin}: Jira admins only, and
 * only in a WebSudo session (secure administrator sessions), as Jira's own admin pages are.
 *
 * <p>{@link AdminOnly} tells Platform 7's secure-by-default filter the same rule, so the platform
 * refuses others before this class runs; the checks below stay, because how the platform treats a
 * servlet is not documented publicly and tests cannot run it.
 */
@AdminOnly
public class AdminPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "templates/admin/admin-page.vm";

  private final transient RequestAccess access;
  private final transient LoginUriProvider loginUriProvider;
  private final transient TemplateRenderer renderer;
  private final transient I18nResolver i18n;
  private final transient BuildInfo buildInfo;
  private final transient WebSudoManager webSudo;

  public AdminPageServlet(
      RequestAccess access,
      LoginUriProvider loginUriProvider,
      TemplateRenderer renderer,
      I18nResolver i18n,
      BuildInfo buildInfo,
      WebSudoManager webSudo) {
    this.access = access;
    this.loginUriProvider = loginUriProvider;
    this.renderer = renderer;
    this.i18n = i18n;
    this.buildInfo = buildInfo;
    this.webSudo = webSudo;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AccessLevel level = access.of(request);
    if (level == AccessLevel.ANONYMOUS) {
      response.sendRedirect(loginUriProvider.getLoginUri(currentUri(request)).toASCIIString());
      return;
    }
    if (!level.atLeast(AccessLevel.ADMIN)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, i18n.getText("pmobuyin.admin.error.not-admin"));
      return;
    }
    try {
      // Checks the session and marks this request as a WebSudo one for Jira, as its own pages do.
      webSudo.willExecuteWebSudoRequest(request);
    } catch (WebSudoSessionException notYetConfirmed) {
      // Jira asks for the password again, then sends the admin back here.
      webSudo.enforceWebSudoProtection(request, response);
      return;
    }
    Map<String, Object> context = new HashMap<>();
    context.put("i18n", i18n);
    context.put(
        "page",
        new AdminPageView(buildInfo.version(), request.getContextPath() + AdminPageView.REST_PATH));
    response.setContentType("text/html;charset=UTF-8");
    renderer.render(TEMPLATE, context, response.getWriter());
  }

  private static URI currentUri(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    if (request.getQueryString() != null) {
      url.append('?').append(request.getQueryString());
    }
    return URI.create(url.toString());
  }
}
