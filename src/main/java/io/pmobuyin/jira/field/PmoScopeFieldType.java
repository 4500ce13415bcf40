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
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.CatalogueStore;
import io.pmobuyin.scope.ScopeValue;
import io.pmobuyin.scope.ScopeValueCheck;
import io.pmobuyin.scope.ServiceCatalogue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "PMO Scope" custom field: which services of the PMO's catalogue an issue belongs to. The
 * value is the entries' ids in one text (see {@link ScopeValue}), so Jira's own text searcher
 * indexes it and JQL finds an entry by id: {@code "PMO Scope" ~ "risk-review"}. A stored id always
 * displays, even once its entry is retired.
 */
public class PmoScopeFieldType extends AbstractSingleFieldType<String> {

  /** The edit form sends back what the issue held under this key, so retired entries may stay. */
  static final String KEPT = "kept";

  static final String VIEW = "pmoScope";

  private final RecentCatalogue catalogue;
  private final I18nResolver i18n;

  public PmoScopeFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager,
      CatalogueStore catalogueStore,
      I18nResolver i18n) {
    this(customFieldValuePersister, genericConfigManager, catalogueStore, i18n, Clock.systemUTC());
  }

  PmoScopeFieldType(
      CustomFieldValuePersister customFieldValuePersister,
      GenericConfigManager genericConfigManager,
      CatalogueStore catalogueStore,
      I18nResolver i18n,
      Clock clock) {
    super(customFieldValuePersister, genericConfigManager);
    this.catalogue = new RecentCatalogue(catalogueStore, clock);
    this.i18n = i18n;
  }

  @Override
  protected PersistenceFieldType getDatabaseType() {
    // Unlimited text: a value holds as many ids as the catalogue offers, with no 255-character cap.
    return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
  }

  @Override
  protected Object getDbValueFromObject(String value) {
    return ScopeValue.parse(value).text();
  }

  @Override
  protected String getObjectFromDbValue(Object databaseValue) {
    // Never throws: Jira would drop the whole value from view, and a stored id must always show.
    return ScopeValue.parse(databaseValue == null ? null : databaseValue.toString()).text();
  }

  @Override
  public String getStringFromSingularObject(String value) {
    return ScopeValue.parse(value).text();
  }

  /** Text from CSV import, bulk edit or REST: ids separated by spaces or commas, all known. */
  @Override
  public String getSingularObjectFromString(String text) throws FieldValidationException {
    ScopeValue value = ScopeValue.parse(text);
    List<String> unknown = new ScopeValueCheck(catalogue.catalogue()).unknownIds(value);
    if (!unknown.isEmpty()) {
      throw new FieldValidationException(
          i18n.getText("pmobuyin.field.scope.error.unknown", unknown.get(0)));
    }
    return value.text();
  }

  @Override
  public String getValueFromCustomFieldParams(CustomFieldParams parameters)
      throws FieldValidationException {
    return getSingularObjectFromString(chosen(parameters).text());
  }

  @Override
  public Object getStringValueFromCustomFieldParams(CustomFieldParams parameters) {
    return chosen(parameters).text();
  }

  @Override
  public void validateFromParams(
      CustomFieldParams parameters, ErrorCollection errors, FieldConfig config) {
    ScopeValue kept = ScopeValue.of(valuesFor(parameters, KEPT));
    new ScopeValueCheck(catalogue.catalogue())
        .problems(chosen(parameters), kept)
        .forEach(
            problem ->
                errors.addError(
                    config.getCustomField().getId(),
                    i18n.getText(problem.messageKey(), problem.argument())));
  }

  @Override
  public Map<String, Object> getVelocityParameters(
      Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
    Object stored = issue == null ? null : field.getValue(issue);
    ScopeValue value = ScopeValue.parse(stored == null ? null : stored.toString());
    // Mutable: Jira adds its own parameters to the map a field type returns.
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(VIEW, new ScopeFieldView(catalogue.catalogue(), value, this::text));
    return parameters;
  }

  /** The change history shows names, as they were when the change was made. */
  @Override
  public String getChangelogString(CustomField field, String value) {
    ServiceCatalogue now = catalogue.catalogue();
    return ScopeValue.parse(value).ids().stream()
        .map(id -> now.entry(id).map(CatalogueEntry::name).orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static ScopeValue chosen(CustomFieldParams parameters) {
    List<String> values = new ArrayList<>();
    Collection<?> raw = parameters.getValuesForNullKey();
    if (raw != null) {
      // A multi-select posts one id per value; REST and CSV post one text of several ids.
      raw.forEach(v -> values.addAll(ScopeValue.parse(String.valueOf(v)).ids()));
    }
    return ScopeValue.of(values);
  }

  private static List<String> valuesFor(CustomFieldParams parameters, String key) {
    Collection<String> raw = parameters.getValuesForKey(key);
    List<String> ids = new ArrayList<>();
    if (raw != null) {
      raw.forEach(v -> ids.addAll(ScopeValue.parse(v).ids()));
    }
    return ids;
  }

  private String text(String key, String argument) {
    return argument == null ? i18n.getText(key) : i18n.getText(key, argument);
  }
}
