package io.pmobuyin.preview.render;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import io.pmobuyin.jira.field.ExecutiveSponsorFieldType;
import io.pmobuyin.jira.field.PmoScopeFieldType;
import io.pmobuyin.jira.field.SponsorGroupSetting;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.BundleI18nResolver;
import io.pmobuyin.testing.FieldForm;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import io.pmobuyin.testing.JiraPeople;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two custom field types over a small catalogue and sponsor group whose texts are given, and
 * the context Jira hands field templates: what the field type returns plus Jira's own objects.
 */
final class FieldTemplateFixture {

  static final String MACROS = "templates/test/jira-field-macros.vm";

  final JiraPeople people;
  final SponsorGroupSetting group = mock(SponsorGroupSetting.class);
  final PmoScopeFieldType scope;
  final ExecutiveSponsorFieldType sponsor;
  private final Issue issue = mock(Issue.class);

  /**
   * @param name the first catalogue entry's name and the first sponsor's display name
   * @param department the department owning the "hr" entry
   */
  FieldTemplateFixture(String name, String department) {
    ServiceCatalogue catalogue =
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry("plan", name, "", ScopeStatus.IN_SCOPE, null, false),
                new CatalogueEntry(
                    "hr", "Hiring", "", ScopeStatus.OTHER_DEPARTMENT, department, false),
                new CatalogueEntry(
                    "gate", "Gate \"reviews\" & more", "", ScopeStatus.IN_SCOPE, null, true)));
    scope =
        new PmoScopeFieldType(
            mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class),
            InMemoryCatalogueStore.holding(catalogue),
            BundleI18nResolver.create());
    people =
        new JiraPeople()
            .active("JIRAUSER1", name, "sponsors")
            .active("JIRAUSER2", "Ada & Co", "sponsors")
            .inactive("JIRAUSER3", "<b>Old</b>", "sponsors");
    sponsor =
        new ExecutiveSponsorFieldType(
            mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class),
            people.userManager(),
            people.groupManager(),
            group,
            BundleI18nResolver.create());
    when(group.group()).thenReturn(Optional.of("sponsors"));
  }

  /** The PMO Scope template's context for an issue holding {@code stored}; edit form shows it. */
  Map<String, Object> scopeContext(String stored) {
    return withJira(scope.getVelocityParameters(issue, field(stored), null), stored);
  }

  /** The Executive Sponsor template's context for an issue whose sponsor has this key, or none. */
  Map<String, Object> sponsorContext(String key) {
    return withJira(
        sponsor.getVelocityParameters(issue, field(key == null ? null : people.user(key)), null),
        key == null ? "" : key);
  }

  private CustomField field(Object value) {
    return FieldForm.field(issue, value);
  }

  private static Map<String, Object> withJira(Map<String, Object> parameters, String value) {
    Map<String, Object> context = new HashMap<>(parameters);
    context.put("i18n", new FieldI18n());
    context.put("action", "action");
    context.put("customField", Map.of("id", FieldForm.FIELD_ID, "name", "<i>Field</i>"));
    context.put("fieldLayoutItem", Map.of("required", false, "fieldDescription", ""));
    context.put("displayParameters", Map.of("noHeader", false));
    context.put("value", value);
    return context;
  }

  /** Jira's I18nHelper as field templates see it: getText with no argument or one. */
  public static final class FieldI18n {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    public String getText(String key) {
      return messages.text(key);
    }

    public String getText(String key, Object argument) {
      return messages.text(key, argument);
    }
  }
}
