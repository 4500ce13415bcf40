package io.pmobuyin.jira.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.testing.AppSettingsBuilder;
import io.pmobuyin.testing.InMemorySettingsStore;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class RequestAccessTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final RequestAccess access = new RequestAccess(users);

  private RequestAccess withExecutiveGroup(String group) {
    return new RequestAccess(
        users,
        InMemorySettingsStore.holding(
            AppSettingsBuilder.appSettings().executiveGroup(group).build()));
  }

  @Test
  void treatsARequestWithoutAUserAsAnonymous() {
    assertThat(access.of(request)).isEqualTo(AccessLevel.ANONYMOUS);
  }

  @Test
  void givesALoggedInUserUserAccess() {
    when(users.getRemoteUserKey()).thenReturn(new UserKey("u1"));

    assertThat(access.of(request)).isEqualTo(AccessLevel.USER);
  }

  @Test
  void givesAJiraAdminAdminAccess() {
    UserKey admin = new UserKey("a1");
    when(users.getRemoteUserKey()).thenReturn(admin);
    when(users.isAdmin(admin)).thenReturn(true);

    assertThat(access.of(request)).isEqualTo(AccessLevel.ADMIN);
  }

  @Test
  void givesAMemberOfTheExecutiveGroupExecutiveAccess() {
    UserKey executive = new UserKey("x1");
    when(users.getRemoteUserKey()).thenReturn(executive);
    when(users.isUserInGroup(executive, "board")).thenReturn(true);

    assertThat(withExecutiveGroup("board").of(request)).isEqualTo(AccessLevel.EXECUTIVE);
  }

  @Test
  void givesAnAdminAdminAccessWhetherOrNotTheyAreInTheExecutiveGroup() {
    UserKey admin = new UserKey("a1");
    when(users.getRemoteUserKey()).thenReturn(admin);
    when(users.isAdmin(admin)).thenReturn(true);
    when(users.isUserInGroup(admin, "board")).thenReturn(true);

    assertThat(withExecutiveGroup("board").of(request)).isEqualTo(AccessLevel.ADMIN);
  }

  @Test
  void makesNobodyAnExecutiveUntilAGroupIsChosen() {
    UserKey user = new UserKey("u1");
    when(users.getRemoteUserKey()).thenReturn(user);
    when(users.isUserInGroup(
            org.mockito.ArgumentMatchers.eq(user), org.mockito.ArgumentMatchers.any()))
        .thenReturn(true);

    assertThat(withExecutiveGroup(null).of(request)).isEqualTo(AccessLevel.USER);
    assertThat(access.of(request)).isEqualTo(AccessLevel.USER);
  }

  @Test
  void ordersLevelsSoThatEachIncludesTheOnesBefore() {
    assertThat(AccessLevel.ADMIN.atLeast(AccessLevel.EXECUTIVE)).isTrue();
    assertThat(AccessLevel.EXECUTIVE.atLeast(AccessLevel.USER)).isTrue();
    assertThat(AccessLevel.EXECUTIVE.atLeast(AccessLevel.ADMIN)).isFalse();
    assertThat(AccessLevel.ADMIN.atLeast(AccessLevel.USER)).isTrue();
    assertThat(AccessLevel.USER.atLeast(AccessLevel.USER)).isTrue();
    assertThat(AccessLevel.USER.atLeast(AccessLevel.ADMIN)).isFalse();
    assertThat(AccessLevel.ANONYMOUS.atLeast(AccessLevel.USER)).isFalse();
  }
}
