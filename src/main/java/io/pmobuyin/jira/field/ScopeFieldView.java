package io.pmobuyin.jira.field;

import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ScopeValue;
import io.pmobuyin.scope.ServiceCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the PMO Scope templates show ({@code $pmoScope}): the entries with their badges, and
 * for the edit form the entries on offer. Labels come translated from the field type.
 */
public final class ScopeFieldView {

  private final ServiceCatalogue catalogue;
  private final ScopeValue stored;
  private final BiFunction<String, String, String> texts;

  /**
   * @param texts an i18n key and an argument (or null) to the translated text
   */
  ScopeFieldView(
      ServiceCatalogue catalogue, ScopeValue stored, BiFunction<String, String, String> texts) {
    this.catalogue = catalogue;
    this.stored = stored;
    this.texts = texts;
  }

  /** The entries in the order chosen; retired and unknown ones too, marked. */
  public List<ScopeBadge> getEntries() {
    return stored.ids().stream().map(id -> badge(id, false)).toList();
  }

  public boolean isEmpty() {
    return stored.isEmpty();
  }

  /** The stored text, sent back by the edit form so a retired entry already there may stay. */
  public String getKept() {
    return stored.ids().isEmpty() ? "" : stored.text();
  }

  /**
   * The edit form's entries: every active one, plus any retired or unknown one in {@code value}, so
   * nothing on the issue disappears from the form unseen; those in {@code value} ticked.
   *
   * @param value what the form holds: the stored text, or what was just submitted
   */
  public List<ScopeBadge> choicesFor(Object value) {
    ScopeValue chosen = asValue(value);
    List<ScopeBadge> choices = new ArrayList<>();
    for (CatalogueEntry entry : catalogue.active()) {
      choices.add(badge(entry.id(), chosen.contains(entry.id())));
    }
    for (String id : chosen.ids()) {
      Optional<CatalogueEntry> entry = catalogue.entry(id);
      if (entry.isEmpty() || entry.get().retired()) {
        choices.add(badge(id, true));
      }
    }
    return choices;
  }

  private static ScopeValue asValue(Object value) {
    if (value instanceof Collection<?> values) {
      return ScopeValue.of(values.stream().map(String::valueOf).toList());
    }
    return ScopeValue.parse(value == null ? null : value.toString());
  }

  private ScopeBadge badge(String id, boolean selected) {
    Optional<CatalogueEntry> found = catalogue.entry(id);
    if (found.isEmpty()) {
      return new ScopeBadge(
          id,
          id,
          texts.apply("pmobuyin.field.scope.status.unknown", null),
          "aui-lozenge-removed",
          false,
          selected);
    }
    CatalogueEntry entry = found.get();
    return new ScopeBadge(
        entry.id(),
        entry.name(),
        statusLabel(entry),
        lozenge(entry.status()),
        entry.retired(),
        selected);
  }

  private String statusLabel(CatalogueEntry entry) {
    return switch (entry.status()) {
      case IN_SCOPE -> texts.apply("pmobuyin.field.scope.status.in-scope", null);
      case OUT_OF_SCOPE -> texts.apply("pmobuyin.field.scope.status.out-of-scope", null);
      case OTHER_DEPARTMENT ->
          texts.apply("pmobuyin.field.scope.status.other-department", entry.department());
    };
  }

  private static String lozenge(ScopeStatus status) {
    return switch (status) {
      case IN_SCOPE -> "aui-lozenge-success";
      case OUT_OF_SCOPE -> "";
      case OTHER_DEPARTMENT -> "aui-lozenge-moved";
    };
  }
}
