package io.pmobuyin.jira.rest;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.pmobuyin.jira.run.MiningSchedule;
import io.pmobuyin.jira.security.RequestAccess;
import io.pmobuyin.settings.AppSettings;
import io.pmobuyin.settings.SettingsEditor;
import io.pmobuyin.settings.SettingsForm;
import io.pmobuyin.settings.SettingsKeys;
import io.pmobuyin.settings.SettingsOutcome;
import io.pmobuyin.settings.SettingsProblem;
import io.pmobuyin.settings.SettingsProperties;
import io.pmobuyin.settings.SettingsStore;
import io.pmobuyin.settings.SettingsUpgrade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/pmo-buyin/1.0/settings}: the app's settings, for admins only. A write is checked
 * field by field and saved whole or not at all; a changed interval reschedules the regular run.
 */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {

  static final String REFUSED = "pmobuyin.settings.refused";
  static final String UNKNOWN_GROUP = "pmobuyin.settings.error.group-unknown";
  static final String EXECUTIVE_GROUP = "executiveGroup";
  static final String UNKNOWN_PROJECT = "pmobuyin.settings.error.actions-project-unknown";

  private final RequestAccess access;
  private final RestErrors errors;
  private final SettingsStore store;
  private final MiningSchedule schedule;
  private final GroupManager groups;
  private final ProjectManager projects;

  @Inject
  public SettingsResource(
      RequestAccess access,
      RestErrors errors,
      SettingsStore store,
      MiningSchedule schedule,
      GroupManager groups,
      ProjectManager projects) {
    this.access = access;
    this.errors = errors;
    this.groups = groups;
    this.projects = projects;
    this.store = store;
    this.schedule = schedule;
  }

  @GET
  public Response settings(@Context HttpServletRequest request) {
    Response refusal = AdminRequests.refusal(access, errors, request, false);
    if (refusal != null) {
      return refusal;
    }
    return Response.ok(
            new SettingsDto(
                values(store.settings()),
                store.readProblems().stream()
                    .map(p -> errors.text(p.messageKey(), p.arguments()))
                    .toList()))
        .build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public synchronized Response save(@Context HttpServletRequest request, SettingsDto body) {
    Response refusal = AdminRequests.refusal(access, errors, request, true);
    if (refusal != null) {
      return refusal;
    }
    AppSettings before = store.settings();
    Map<String, String> values = body == null || body.values() == null ? Map.of() : body.values();
    SettingsOutcome outcome = SettingsEditor.apply(before, new SettingsForm(values));
    if (!outcome.accepted()) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (SettingsProblem problem : outcome.problems()) {
        fields.putIfAbsent(problem.field(), errors.text(problem.messageKey(), problem.arguments()));
      }
      return errors.refused(REFUSED, fields);
    }
    String executives = outcome.settings().executiveGroup();
    if (executives != null
        && !executives.equals(before.executiveGroup())
        && groups.getGroup(executives) == null) {
      // The editor checks the form; only Jira knows its groups.
      return errors.refused(
          REFUSED, Map.of(EXECUTIVE_GROUP, errors.text(UNKNOWN_GROUP, executives)));
    }
    String plan = outcome.settings().actionsProject();
    if (plan != null
        && !plan.equals(before.actionsProject())
        && projects.getProjectObjByKey(plan) == null) {
      // Caught here rather than at the next run, where it would only reach the run's error log.
      return errors.refused(
          REFUSED, Map.of(SettingsKeys.ACTIONS_PROJECT, errors.text(UNKNOWN_PROJECT, plan)));
    }
    store.save(outcome.settings());
    if (!outcome.settings().schedule().equals(before.schedule())
        || !outcome.settings().mining().zone().equals(before.mining().zone())) {
      schedule.reschedule();
    }
    return Response.ok(new SettingsDto(values(outcome.settings()), List.of())).build();
  }

  /** Every stored setting as the form's text, by key; the format marker is no setting. */
  private static Map<String, String> values(AppSettings settings) {
    Properties written = SettingsProperties.write(settings);
    Map<String, String> values = new TreeMap<>();
    for (String key : written.stringPropertyNames()) {
      if (!key.equals(SettingsUpgrade.FORMAT_KEY)) {
        values.put(key, written.getProperty(key));
      }
    }
    return values;
  }
}
