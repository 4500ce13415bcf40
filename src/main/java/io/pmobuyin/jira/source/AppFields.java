package io.pmobuyin.jira.source;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.pmobuyin.scope.ScopeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The app's own custom fields as this Jira has them, looked up once per project by the names the
 * field types suggest ("PMO Scope", "Executive Sponsor"). Several fields may share a name; each is
 * read, and only values of the field type's own kind count (a text of catalogue ids, a user), so a
 * stranger's field of the same name cannot inject a person's name.
 */
final class AppFields {

  static final String SCOPE = "PMO Scope";
  static final String SPONSOR = "Executive Sponsor";

  private final List<CustomField> scope;
  private final List<CustomField> sponsor;
  private final String sponsorName;

  private AppFields(List<CustomField> scope, List<CustomField> sponsor, String sponsorName) {
    this.scope = scope;
    this.sponsor = sponsor;
    this.sponsorName = sponsorName;
  }

  static AppFields find(CustomFieldManager fields) {
    return new AppFields(named(fields, SCOPE), named(fields, SPONSOR), SPONSOR);
  }

  private static List<CustomField> named(CustomFieldManager fields, String name) {
    Collection<CustomField> found = fields.getCustomFieldObjectsByName(name);
    return found == null ? List.of() : List.copyOf(found);
  }

  /** The catalogue ids the issue's PMO Scope holds, each once. */
  List<String> scopeIds(Issue issue) {
    if (scope.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(2);
    for (CustomField field : scope) {
      if (issue.getCustomFieldValue(field) instanceof String text) {
        ids.addAll(ScopeValue.parse(text).ids());
      }
    }
    return scope.size() == 1 ? ids : ScopeValue.of(ids).ids();
  }

  /** The sponsor's user key; a deleted sponsor keeps the key Jira stored. */
  String sponsorKey(Issue issue) {
    for (CustomField field : sponsor) {
      if (issue.getCustomFieldValue(field) instanceof ApplicationUser user) {
        return user.getKey();
      }
    }
    return null;
  }

  /** Whether a history item's field holds people: the sponsor field, by its name. */
  boolean holdsPeople(String historyField) {
    return historyField != null && historyField.trim().equalsIgnoreCase(sponsorName);
  }
}
