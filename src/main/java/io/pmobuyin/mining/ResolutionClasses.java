package io.pmobuyin.mining;

import io.pmobuyin.mining.record.ResolutionClass;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolution name to {@link ResolutionClass}. Jira's standard names and the usual ones of public
 * workflows are built in; admins classify their own. A resolution nobody classified counts as done:
 * in Jira any resolution marks the work resolved, and most custom ones (Fixed, Implemented,
 * Delivered…) say it was delivered.
 */
public final class ResolutionClasses {

  private final NamedValues<ResolutionClass> names;

  private ResolutionClasses(NamedValues<ResolutionClass> names) {
    this.names = names;
  }

  public static ResolutionClasses defaults() {
    Map<String, ResolutionClass> names = new HashMap<>();
    for (String notDone :
        new String[] {
          "won't do",
          "won't fix",
          "wont fix",
          "incomplete",
          "cannot reproduce",
          "can't reproduce",
          "obsolete",
          "invalid",
          "not a problem",
          "not a bug",
          "works as designed",
          "working as intended",
          "abandoned",
          "rejected",
          "declined",
          "later",
          "auto closed",
          "unresolved"
        }) {
      names.put(notDone, ResolutionClass.NOT_DONE);
    }
    names.put("duplicate", ResolutionClass.DUPLICATE);
    names.put("duplicated", ResolutionClass.DUPLICATE);
    return new ResolutionClasses(new NamedValues<>(names));
  }

  /** These classes win over the defaults and earlier overrides (names compared without case). */
  public ResolutionClasses with(Map<String, ResolutionClass> more) {
    return new ResolutionClasses(names.with(more));
  }

  /** The classes set on top of the defaults, by resolution name as written. */
  public Map<String, ResolutionClass> overrides() {
    return names.overrides();
  }

  /** The class of a resolution; a missing name on resolved work counts as done. */
  public ResolutionClass of(String resolution) {
    if (resolution == null || resolution.isBlank()) {
      return ResolutionClass.DONE;
    }
    ResolutionClass known = names.get(resolution);
    return known == null ? ResolutionClass.DONE : known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResolutionClasses that && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "ResolutionClasses" + overrides();
  }
}
