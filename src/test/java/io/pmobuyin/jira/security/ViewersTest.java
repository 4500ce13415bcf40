package io.pmobuyin.jira.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of the report: executives and admins the whole portfolio in aggregates, everyone
 * else the projects Jira lets them browse; issue keys only of browsable projects, for everyone.
 */
class ViewersTest {

  private static final List<String> REPORT_KEYS = List.of("APP", "INF", "GONE");

  private final UserManager sal = mock(UserManager.class);
  private final JiraPeople people =
      new JiraPeople()
          .active("u1", "Uma User")
          .active("x1", "Xena Exec", "executives")
          .active("a1", "Ada Admin");
  private final JiraBrowsing jira =
      new JiraBrowsing()
          .projects("APP", "INF")
          .browses("u1", "APP")
          .browses("x1", "INF")
          .browses("a1", "APP", "INF", "GONE");
  private final Viewers viewers =
      new Viewers(
          new RequestAccess(
              sal,
              InMemorySettingsStore.holding(
                  AppSettingsBuilder.appSettings().executiveGroup("executives").build())),
          jira.permissionManager(),
          jira.projectManager(),
          people.userManager());

  private HttpServletRequest request(String userKey, boolean admin, boolean executive) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    UserKey key = new UserKey(userKey);
    when(sal.getRemoteUserKey()).thenReturn(key);
    when(sal.isAdmin(key)).thenReturn(admin);
    when(sal.isUserInGroup(key, "executives")).thenReturn(executive);
    return request;
  }

  @Test
  void letsAUserSeeAggregatesAndIssueKeysOfTheProjectsTheyMayBrowseOnly() {
    Viewer user = viewers.of(request("u1", false, false));

    assertThat(user.level()).isEqualTo(AccessLevel.USER);
    assertThat(user.seesWholePortfolio()).isFalse();
    assertThat(user.inAggregates(REPORT_KEYS)).isEqualTo(VisibleProjects.only(List.of("APP")));
    assertThat(user.browsableAmong(REPORT_KEYS)).isEqualTo(VisibleProjects.only(List.of("APP")));
  }

  @Test
  void letsAnExecutiveSeeTheWholePortfolioButIssueKeysOnlyWhereTheyMayBrowse() {
    Viewer executive = viewers.of(request("x1", false, true));

    assertThat(executive.level()).isEqualTo(AccessLevel.EXECUTIVE);
    assertThat(executive.inAggregates(REPORT_KEYS)).isEqualTo(VisibleProjects.all());
    assertThat(executive.browsableAmong(REPORT_KEYS))
        .isEqualTo(VisibleProjects.only(List.of("INF")));
  }

  @Test
  void letsAnAdminSeeTheWholePortfolioAndIssueKeysOnlyWhereJiraLetsThemBrowse() {
    Viewer admin = viewers.of(request("a1", true, false));

    assertThat(admin.level()).isEqualTo(AccessLevel.ADMIN);
    assertThat(admin.inAggregates(REPORT_KEYS)).isEqualTo(VisibleProjects.all());
    // GONE was deleted (or renamed) in Jira: nobody browses it, admins neither.
    assertThat(admin.browsableAmong(REPORT_KEYS))
        .isEqualTo(VisibleProjects.only(List.of("APP", "INF")));
  }

  @Test
  void neverLetsAProjectJiraNoLongerKnowsBeBrowsedEvenWhenGranted() {
    Viewer admin = viewers.of(request("a1", true, false));

    assertThat(admin.mayBrowse("GONE")).isFalse();
  }

  @Test
  void letsAnAnonymousCallerSeeNothing() {
    Viewer anonymous = viewers.of(mock(HttpServletRequest.class));

    assertThat(anonymous.level()).isEqualTo(AccessLevel.ANONYMOUS);
    assertThat(anonymous.inAggregates(REPORT_KEYS)).isEqualTo(VisibleProjects.only(List.of()));
    assertThat(jira.checks()).isZero();
  }

  @Test
  void letsAUserJiraNoLongerKnowsBrowseNothing() {
    Viewer deleted = viewers.of(request("deleted-user", false, false));

    assertThat(deleted.browsableAmong(REPORT_KEYS)).isEqualTo(VisibleProjects.only(List.of()));
  }

  @Test
  void asksJiraOncePerProjectWithinARequestAndAnewInTheNext() {
    HttpServletRequest request = request("u1", false, false);
    Viewer viewer = viewers.of(request);

    viewer.inAggregates(REPORT_KEYS);
    viewer.browsableAmong(REPORT_KEYS);
    viewer.mayBrowse("APP");
    int firstRequest = jira.checks();
    viewers.of(request).mayBrowse("APP");

    assertThat(firstRequest).isEqualTo(2); // APP and INF; GONE is unknown, so never asked
    assertThat(jira.checks()).isEqualTo(3);
  }
}
