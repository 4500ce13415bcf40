package io.pmobuyin.jira.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class RequestAccessTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final RequestAccess access = new RequestAccess(users);

  @Test
  void treatsARequestWithoutAUserAsAnonymous() {
    assertThat(access.of(request)).isEqualTo(AccessLevel.ANONYMOUS);
  }

  @Test
  void givesALoggedInUserUserAccess() {
    when(users.getRemoteUserKey(request)).thenReturn(new UserKey("u1"));

    assertThat(access.of(request)).isEqualTo(AccessLevel.USER);
  }

  @Test
  void givesAJiraAdminAdminAccess() {
    UserKey admin = new UserKey("a1");
    when(users.getRemoteUserKey(request)).thenReturn(admin);
    when(users.isAdmin(admin)).thenReturn(true);

    assertThat(access.of(request)).isEqualTo(AccessLevel.ADMIN);
  }

  @Test
  void ordersLevelsSoThatEachIncludesTheOnesBefore() {
    assertThat(AccessLevel.ADMIN.atLeast(AccessLevel.USER)).isTrue();
    assertThat(AccessLevel.USER.atLeast(AccessLevel.USER)).isTrue();
    assertThat(AccessLevel.USER.atLeast(AccessLevel.ADMIN)).isFalse();
    assertThat(AccessLevel.ANONYMOUS.atLeast(AccessLevel.USER)).isFalse();
  }
}
