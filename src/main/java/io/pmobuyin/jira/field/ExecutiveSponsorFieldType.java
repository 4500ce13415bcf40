package io.pmobuyin.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Executive Sponsor" custom field: one user, stored by user key, who must be active and in the
 * sponsor group when chosen. Jira's user picker searcher indexes it, so JQL finds issues by
 * sponsor: {@code "Executive Sponsor" = currentUser()}. A sponsor who is later deactivated or
 * deleted still displays, marked; a sponsor already on an issue is not re-checked when the issue is
 * edited.
 */
public class ExecutiveSponsorFieldType extends AbstractSingleFieldType<ApplicationUser> {

  /** The edit form sends back the stored key under this key. */
  static final String KEPT = "kept";

  static final String VIEW = "sponsor";

  /** More than this many group members and the form offers the first ones only. */
  static final int MOST_CHOICES = 500;

  private final UserManager users;
  private final GroupManager groups;
  private final SponsorGroupSetting sponsorGroup;
  private final I18nResolver i18n;

  public ExecutiveSponsorFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager,
      UserManager users,
      GroupManager groups,
      SponsorGroupSetting sponsorGroup,
      I18nResolver i18n) {
    super(customFieldValuePersister, genericConfigManager);
    this.users = users;
    this.groups = groups;
    this.sponsorGroup = sponsorGroup;
    this.i18n = i18n;
  }

  @Override
  protected PersistenceFieldType getDatabaseType() {
    return PersistenceFieldType.TYPE_LIMITED_TEXT;
  }

  @Override
  protected Object getDbValueFromObject(ApplicationUser user) {
    return user == null ? null : user.getKey();
  }

  @Override
  protected ApplicationUser getObjectFromDbValue(Object databaseValue) {
    // Never throws, never null for a stored key: a deleted sponsor must still show on the issue.
    return users.getUserByKeyEvenWhenUnknown(databaseValue.toString());
  }

  @Override
  public String getStringFromSingularObject(ApplicationUser user) {
    return user == null ? null : user.getKey();
  }

  /** A user key or, for CSV import and REST, a username; blank is no sponsor. */
  @Override
  public ApplicationUser getSingularObjectFromString(String text) throws FieldValidationException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip();
    ApplicationUser user = users.getUserByKey(name);
    if (user == null) {
      user = users.getUserByName(name);
    }
    if (user == null) {
      throw new FieldValidationException(
          i18n.getText("pmobuyin.field.sponsor.error.no-such-user", name));
    }
    return user;
  }

  @Override
  public ApplicationUser getValueFromCustomFieldParams(CustomFieldParams parameters)
      throws FieldValidationException {
    return getSingularObjectFromString(submitted(parameters));
  }

  @Override
  public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
    return submitted(parameters);
  }

  @Override
  public void validateFromParams(
      CustomFieldParams parameters, ErrorCollection errors, FieldConfig config) {
    String fieldId = config.getCustomField().getId();
    ApplicationUser user;
    try {
      user = getValueFromCustomFieldParams(parameters);
    } catch (FieldValidationException e) {
      errors.addError(fieldId, e.getMessage());
      return;
    }
    if (user == null || user.getKey().equals(first(parameters.getValuesForKey(KEPT)))) {
      return;
    }
    Optional<String> group = sponsorGroup.group();
    if (group.isEmpty()) {
      errors.addError(fieldId, i18n.getText("pmobuyin.field.sponsor.error.no-group"));
    } else if (!user.isActive()) {
      errors.addError(
          fieldId, i18n.getText("pmobuyin.field.sponsor.error.inactive", user.getDisplayName()));
    } else if (!groups.isUserInGroup(user, group.get())) {
      errors.addError(
          fieldId,
          i18n.getText(
              "pmobuyin.field.sponsor.error.not-in-group", user.getDisplayName(), group.get()));
    }
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Object stored = issue == null ? null : field.getValue(issue);
    Optional<SponsorChoice> current =
        stored instanceof ApplicationUser user ? Optional.of(shown(user)) : Optional.empty();
    Optional<String> group = sponsorGroup.group();
    List<SponsorChoice> members = List.of();
    boolean cut = false;
    if (group.isPresent()) {
      Collection<ApplicationUser> inGroup = groups.getUsersInGroup(group.get());
      List<ApplicationUser> active =
          inGroup == null
              ? List.of()
              : inGroup.stream()
                  .filter(ApplicationUser::isActive)
                  .sorted(
                      Comparator.comparing(
                          ApplicationUser::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                  .toList();
      cut = active.size() > MOST_CHOICES;
      members =
          active.stream()
              .limit(MOST_CHOICES)
              .map(user -> new SponsorChoice(user.getKey(), user.getDisplayName(), "", false))
              .toList();
    }
    // Mutable: Jira adds its own parameters to the map a field type returns.
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(VIEW, new SponsorFieldView(current, members, group, cut, this::shownByKey));
    return parameters;
  }

  /** The change history shows the sponsor's name as it was when the change was made. */
  @Override
  public String getChangelogString(CustomField field, ApplicationUser user) {
    return user == null ? "" : user.getDisplayName();
  }

  private SponsorChoice shownByKey(String key) {
    ApplicationUser user = users.getUserByKey(key);
    if (user == null) {
      user = users.getUserByName(key);
    }
    return user == null ? deleted(key) : shown(user);
  }

  private SponsorChoice shown(ApplicationUser user) {
    if (users.getUserByKey(user.getKey()) == null) {
      return deleted(user.getKey());
    }
    String mark = user.isActive() ? "" : i18n.getText("pmobuyin.field.sponsor.mark.inactive");
    return new SponsorChoice(user.getKey(), user.getDisplayName(), mark, false);
  }

  private SponsorChoice deleted(String key) {
    return new SponsorChoice(key, key, i18n.getText("pmobuyin.field.sponsor.mark.deleted"), false);
  }

  private static String submitted(CustomFieldParams parameters) {
    Collection<?> values = parameters.getValuesForNullKey();
    if (values == null || values.isEmpty()) {
      return null;
    }
    Object first = values.iterator().next();
    return first == null || first.toString().isBlank() ? null : first.toString().strip();
  }

  private static String first(Collection<String> values) {
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
