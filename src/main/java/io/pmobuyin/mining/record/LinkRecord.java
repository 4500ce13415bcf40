package io.pmobuyin.mining.record;

import java.util.Objects;

/**
 * A link from this issue to another: the link type's name and the phrase that applies to this issue
 * (e.g. type {@code Blocks}, phrase {@code is blocked by}).
 */
public record LinkRecord(String type, String phrase, boolean inward, String otherKey) {

  public LinkRecord {
    Objects.requireNonNull(type, "type");
  }
}
