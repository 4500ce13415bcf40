package io.pmobuyin.scope;

import io.pmobuyin.mining.ScopeEngagement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The PMO's service catalogue: what it does, what it does not, and what others own. */
public record ServiceCatalogue(List<CatalogueEntry> entries) {

  public ServiceCatalogue {
    entries = List.copyOf(entries);
    Set<String> ids = new HashSet<>();
    for (CatalogueEntry entry : entries) {
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException("catalogue id " + entry.id() + " appears twice");
      }
    }
  }

  public static ServiceCatalogue empty() {
    return new ServiceCatalogue(List.of());
  }

  /** The entry with this id, retired or not. */
  public Optional<CatalogueEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The entries offered for new values: the active ones, in catalogue order. */
  public List<CatalogueEntry> active() {
    return entries.stream().filter(e -> !e.retired()).toList();
  }

  /** The entries with this status, retired ones last, each group in catalogue order. */
  public List<CatalogueEntry> withStatus(ScopeStatus status) {
    List<CatalogueEntry> active = new ArrayList<>();
    List<CatalogueEntry> retired = new ArrayList<>();
    for (CatalogueEntry entry : entries) {
      if (entry.status() == status) {
        (entry.retired() ? retired : active).add(entry);
      }
    }
    active.addAll(retired);
    return active;
  }

  /**
   * The ids of the services PMO Scope values name, known to the catalogue or not: a value names an
   * entry as a whole (its id, or its name as an export of a select field carries it, in any case),
   * or else it is the id list the PMO Scope field stores ("plan risk-review"). What an improvement
   * action applying to services is matched against.
   */
  public Set<String> servicesNamedBy(Collection<String> scopeValues) {
    Map<String, String> known = new HashMap<>();
    for (CatalogueEntry entry : entries) {
      known.putIfAbsent(entry.id().toLowerCase(Locale.ROOT), entry.id());
      known.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), entry.id());
    }
    Set<String> ids = new TreeSet<>();
    for (String value : scopeValues) {
      String whole = known.get(value.toLowerCase(Locale.ROOT));
      if (whole != null) {
        ids.add(whole);
      } else {
        ids.addAll(ScopeValue.parse(value).ids());
      }
    }
    return ids;
  }

  /**
   * Whether one PMO Scope value names an engaged entry: as a whole (an id, or a name from an export
   * of a select field), or else as the id list the PMO Scope field stores ("plan risk-review").
   *
   * @param known every entry's id and name, lower-cased, to whether it is in scope
   */
  private static boolean names(Map<String, Boolean> known, String value) {
    Boolean whole = known.get(value.toLowerCase(Locale.ROOT));
    if (whole != null) {
      return whole;
    }
    return ScopeValue.parse(value).ids().stream().anyMatch(id -> known.getOrDefault(id, false));
  }

  /**
   * Which PMO Scope values mean work the PMO engages with: those naming an in-scope entry, by id or
   * by name (an export may carry either). Without a catalogue, any value does.
   */
  public ScopeEngagement engagement() {
    if (entries.isEmpty()) {
      return ScopeEngagement.anyValue();
    }
    Map<String, Boolean> known = new HashMap<>();
    for (CatalogueEntry entry : entries) {
      boolean inScope = entry.status() == ScopeStatus.IN_SCOPE;
      known.merge(entry.id().toLowerCase(Locale.ROOT), inScope, Boolean::logicalOr);
      known.merge(entry.name().toLowerCase(Locale.ROOT), inScope, Boolean::logicalOr);
    }
    return values -> values.stream().anyMatch(value -> names(known, value));
  }
}
