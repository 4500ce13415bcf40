package io.pmobuyin.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PMO Scope value: catalogue ids, each once, in the order chosen. Jira stores it as one text, the
 * ids separated by a space, so that Jira's own text searcher can find an id in it; names never
 * enter it, so a rename changes nothing stored.
 */
public record ScopeValue(List<String> ids) {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

  public ScopeValue {
    ids = List.copyOf(ids);
  }

  public static ScopeValue none() {
    return new ScopeValue(List.of());
  }

  /**
   * Reads a value typed or stored as text: ids separated by spaces, commas or semicolons, in any
   * case. Null and blank read as no value.
   */
  public static ScopeValue parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    return of(List.of(SEPARATORS.split(text.strip())));
  }

  /** The ids as given, lower-cased, blanks dropped, each kept once where it first appears. */
  public static ScopeValue of(Collection<String> ids) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String id : ids) {
      if (id != null && !id.isBlank()) {
        distinct.add(id.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new ScopeValue(new ArrayList<>(distinct));
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  /** The stored text: ids separated by one space; null when there are none, as Jira clears it. */
  public String text() {
    return ids.isEmpty() ? null : String.join(" ", ids);
  }
}
