package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.build.BuildInfo;
import io.pmobuyin.jira.security.RequestAccess;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HealthResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final I18nResolver i18n = mock(I18nResolver.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HealthResource resource =
      new HealthResource(new BuildInfo("1.2.3"), new RequestAccess(users), new RestErrors(i18n));

  @Test
  void answersVersionAndStatusAsJsonToALoggedInUser() throws Exception {
    when(users.getRemoteUserKey()).thenReturn(new UserKey("u1"));

    Response response = resource.health(request);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(new ObjectMapper().writeValueAsString(response.getEntity()))
        .isEqualTo("{\"version\":\"1.2.3\",\"status\":\"ok\"}");
  }

  @Test
  void refusesAnonymousCallersWithATranslatedJsonError() throws Exception {
    when(i18n.getText(RestErrors.NOT_LOGGED_IN)).thenReturn("Bitte anmelden.");

    Response response = resource.health(request);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(new ObjectMapper().writeValueAsString(response.getEntity()))
        .isEqualTo("{\"status\":401,\"message\":\"Bitte anmelden.\"}");
  }
}
