package io.pmobuyin.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.InMemorySettingsStore;
import io.pmobuyin.testing.JiraBrowsing;
import io.pmobuyin.testing.JiraPeople;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What admins read and change of the settings, field by field, whole or not at all. */
class SettingsResourceTest {

  private final UserManager users = mock(UserManager.class);
  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final InMemorySettingsStore store = InMemorySettingsStore.holding(AppSettings.defaults());
  private final MiningSchedule schedule = mock(MiningSchedule.class);
  private final SettingsResource resource =
      new SettingsResource(
          new RequestAccess(users),
          new RestErrors(BundleI18nResolver.create()),
          store,
          schedule,
          new JiraPeople().group("board").groupManager(),
          new JiraBrowsing().projects("PMO").projectManager());

  @BeforeEach
  void asAdminFromOurPage() {
    UserKey key = new UserKey("admin");
    when(users.getRemoteUserKey()).thenReturn(key);
    when(users.isAdmin(key)).thenReturn(true);
    when(request.getContentType()).thenReturn("application/json");
  }

  private static SettingsDto change(String... keysAndValues) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new SettingsDto(values, null);
  }

  @Test
  void showsEverySettingAsTheFormsTextByItsStoredKey() {
    SettingsDto dto = (SettingsDto) resource.settings(request).getEntity();

    assertThat(dto.values())
        .containsEntry("snapshots.kept", "30")
        .containsEntry("schedule.intervalHours", "24")
        .containsEntry("closed.archived", "true")
        .containsKeys("mining.pmoStart", "rates.hourlyRate", "closed.suggest.quietDays")
        .doesNotContainKey("format");
    assertThat(dto.readProblems()).isEmpty();
  }

  @Test
  void savesAValidChangeAndReschedulesWhenTheIntervalChanges() {
    Response saved =
        resource.save(
            request, change("schedule.intervalHours", "6", "mining.pmoStart", "2024-03-01"));

    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(store.settings().schedule().intervalHours()).isEqualTo(6);
    assertThat(((SettingsDto) saved.getEntity()).values())
        .containsEntry("mining.pmoStart", "2024-03-01");
    verify(schedule).reschedule();
  }

  @Test
  void leavesTheScheduleAloneWhenOnlyOtherSettingsChange() {
    resource.save(request, change("snapshots.kept", "5"));

    assertThat(store.settings().snapshotsKept()).isEqualTo(5);
    verify(schedule, never()).reschedule();
  }

  @Test
  void refusesABadFieldWithATranslatedMessageOnItAndSavesNothing() {
    Response refused =
        resource.save(
            request,
            change(
                "snapshots.kept", "0", "mining.pmoStart", "yesterday", "rates.hourlyRate", "120"));

    assertThat(refused.getStatus()).isEqualTo(400);
    FieldErrorsDto errors = (FieldErrorsDto) refused.getEntity();
    assertThat(errors.fieldErrors()).containsKeys("snapshots.kept", "mining.pmoStart");
    assertThat(errors.fieldErrors()).doesNotContainKey("rates.hourlyRate");
    assertThat(errors.fieldErrors().values()).noneMatch(m -> m.contains("pmobuyin."));
    assertThat(store.settings()).isEqualTo(AppSettings.defaults());
    verify(schedule, never()).reschedule();
  }

  @Test
  void acceptsOnlyAnExecutiveGroupJiraHas() {
    Response refused = resource.save(request, change("executiveGroup", "execs"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(((FieldErrorsDto) refused.getEntity()).fieldErrors())
        .containsEntry("executiveGroup", "Jira has no group called \"execs\".");
    assertThat(store.settings().executiveGroup()).isNull();

    assertThat(resource.save(request, change("executiveGroup", "board")).getStatus())
        .isEqualTo(200);
    assertThat(store.settings().executiveGroup()).isEqualTo("board");
  }

  @Test
  void exposesAndSavesTheProjectOfImprovementActionsRefusingWhatIsNoKey() {
    assertThat(((SettingsDto) resource.settings(request).getEntity()).values())
        .containsEntry("actions.project", "");

    Response refused = resource.save(request, change("actions.project", "PMO PLAN"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(((FieldErrorsDto) refused.getEntity()).fieldErrors().get("actions.project"))
        .startsWith("\"PMO PLAN\" is not a Jira project key");
    Response saved = resource.save(request, change("actions.project", "pmo"));
    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(((SettingsDto) saved.getEntity()).values()).containsEntry("actions.project", "PMO");
    assertThat(store.settings().actionsProject()).isEqualTo("PMO");
    verify(schedule, never()).reschedule();
  }

  @Test
  void refusesAProjectOfImprovementActionsJiraDoesNotHave() {
    Response refused = resource.save(request, change("actions.project", "PLAN"));

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(((FieldErrorsDto) refused.getEntity()).fieldErrors().get("actions.project"))
        .startsWith("Jira has no project with the key \"PLAN\"");
    assertThat(store.settings().actionsProject()).isNull();
  }
}
