package io.pmobuyin.jira.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the Executive Sponsor templates show ({@code $sponsor}): the sponsor, marked when
 * inactive or deleted, and for the edit form the active members of the sponsor group.
 */
public final class SponsorFieldView {

  private final Optional<SponsorChoice> current;
  private final List<SponsorChoice> members;
  private final Optional<String> group;
  private final boolean cut;
  private final Function<String, SponsorChoice> lookUp;

  /**
   * @param members the sponsor group's active members, in display order
   * @param cut whether {@code members} stops short of the whole group
   * @param lookUp a user key to that person as shown (marked when inactive or deleted), for a
   *     submitted key that is not among the members
   */
  SponsorFieldView(
      Optional<SponsorChoice> current,
      List<SponsorChoice> members,
      Optional<String> group,
      boolean cut,
      Function<String, SponsorChoice> lookUp) {
    this.current = current;
    this.members = List.copyOf(members);
    this.group = group;
    this.cut = cut;
    this.lookUp = lookUp;
  }

  public boolean isEmpty() {
    return current.isEmpty();
  }

  /** The sponsor; check {@link #isEmpty()} first. */
  public SponsorChoice getCurrent() {
    return current.orElseThrow();
  }

  /** The stored user key, sent back by the edit form so a sponsor who left may stay. */
  public String getKept() {
    return current.map(SponsorChoice::getKey).orElse("");
  }

  public boolean isGroupChosen() {
    return group.isPresent();
  }

  public String getGroup() {
    return group.orElse("");
  }

  /** Whether the group is larger than the list the form offers. */
  public boolean isCut() {
    return cut;
  }

  /**
   * The edit form's people: the group's active members and, when {@code value} names someone else
   * (a sponsor who left the group, or was deactivated), that person too, marked; the one in {@code
   * value} selected.
   */
  public List<SponsorChoice> choicesFor(Object value) {
    String key = value == null ? "" : value.toString();
    List<SponsorChoice> choices = new ArrayList<>();
    boolean found = false;
    for (SponsorChoice member : members) {
      boolean selected = member.getKey().equals(key);
      found |= selected;
      choices.add(
          new SponsorChoice(member.getKey(), member.getDisplayName(), member.getMark(), selected));
    }
    if (!found && !key.isBlank()) {
      SponsorChoice other = lookUp.apply(key);
      choices.add(
          0, new SponsorChoice(other.getKey(), other.getDisplayName(), other.getMark(), true));
    }
    return choices;
  }
}
