package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.JiraPeople;
import io.pmobuyin.testing.MapPluginSettings;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Who may read and choose the sponsor group, and what a refused choice says. */
class SponsorGroupResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final Map<String, Object> stored = new HashMap<>();
  private final SponsorGroupSetting setting =
      new SponsorGroupSetting(MapPluginSettings.over(stored));
  private final SponsorGroupResource resource =
      new SponsorGroupResource(
          new RequestAccess(users),
          new RestErrors(BundleI18nResolver.create()),
          setting,
          new JiraPeople().group("executives").groupManager());

  private void as(String user, boolean admin) {
    UserKey key = new UserKey(user);
    when(users.getRemoteUserKey()).thenReturn(key);
    when(users.isAdmin(key)).thenReturn(admin);
    when(request.getContentType()).thenReturn("application/json");
  }

  private static SponsorGroupDto group(String name) {
    return new SponsorGroupDto(name);
  }

  @Test
  void refusesAnonymousCallersAndUsersWhoAreNotAdmins() {
    assertThat(resource.sponsorGroup(request).getStatus()).isEqualTo(401);
    assertThat(resource.choose(request, group("executives")).getStatus()).isEqualTo(401);
    as("user", false);
    assertThat(resource.sponsorGroup(request).getStatus()).isEqualTo(403);
    assertThat(resource.choose(request, group("executives")).getStatus()).isEqualTo(403);
    assertThat(setting.group()).isEmpty();
  }

  @Test
  void letsAnAdminChooseAnExistingGroupAndReadItBack() {
    as("admin", true);

    Response saved = resource.choose(request, group(" executives "));

    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(((SponsorGroupDto) resource.sponsorGroup(request).getEntity()).group())
        .isEqualTo("executives");
  }

  @Test
  void refusesAGroupJiraDoesNotHaveOnTheFieldAndKeepsTheOldOne() {
    as("admin", true);
    resource.choose(request, group("executives"));

    Response refused = resource.choose(request, group("board"));

    assertThat(refused.getStatus()).isEqualTo(400);
    FieldErrorsDto dto = (FieldErrorsDto) refused.getEntity();
    assertThat(dto.fieldErrors()).containsEntry("group", "Jira has no group called \"board\".");
    assertThat(dto.message()).contains("not changed");
    assertThat(setting.group()).contains("executives");
  }

  @Test
  void clearsTheGroupWhenGivenNone() {
    as("admin", true);
    resource.choose(request, group("executives"));

    assertThat(resource.choose(request, group("  ")).getStatus()).isEqualTo(200);

    assertThat(setting.group()).isEmpty();
    assertThat(stored).doesNotContainKey("io.pmobuyin.sponsor-group");
  }
}
