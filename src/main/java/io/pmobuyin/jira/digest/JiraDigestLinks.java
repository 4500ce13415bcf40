package io.pmobuyin.jira.digest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.pmobuyin.report.drill.DrillLinks;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.mail.DigestLinks;
import io.pmobuyin.run.digest.DigestLinksFactory;
import io.pmobuyin.run.digest.UnsubscribeTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The addresses in a recipient's message: Jira's dashboard, and this app's unsubscribe page with
 * the recipient, the subscription and the token that proves the two belong together. Jira's
 * canonical base URL (the one its own mails use), not the address of whichever node runs the job.
 */
public class JiraDigestLinks implements DigestLinksFactory {

  static final String DASHBOARD = "/secure/Dashboard.jspa";
  static final String UNSUBSCRIBE = "/plugins/servlet/pmo-buyin/unsubscribe";

  private final ApplicationProperties application;
  private final SettingsDigestStore store;
  private volatile UnsubscribeTokens tokens;

  public JiraDigestLinks(ApplicationProperties application, SettingsDigestStore store) {
    this.application = application;
    this.store = store;
  }

  @Override
  public DigestLinks links(String userKey, String subscriptionId) {
    String base = base();
    return new DigestLinks(
        base + DASHBOARD,
        base
            + UNSUBSCRIBE
            + "?s="
            + encode(subscriptionId)
            + "&u="
            + encode(userKey)
            + "&t="
            + tokens().token(userKey, subscriptionId));
  }

  /** Numbers open Jira's issue navigator, over the issues of projects the recipient may browse. */
  @Override
  public DrillLinks drill(Predicate<String> mayBrowse) {
    return new IssueNavigatorLinks(base(), mayBrowse);
  }

  /** The tokens of this Jira's links: its secret is read once per node. */
  public UnsubscribeTokens tokens() {
    UnsubscribeTokens made = tokens;
    if (made == null) {
      made = new UnsubscribeTokens(store.secret());
      tokens = made;
    }
    return made;
  }

  private String base() {
    String base = application.getBaseUrl(UrlMode.CANONICAL);
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
