package io.pmobuyin.report.drill;

import java.util.Objects;

/**
 * Where a number opens the issues or projects behind it; one of several parts when they are too
 * many for one address.
 *
 * @param url relative to the page, or absolute where the strategy was given an absolute base (an
 *     e-mail)
 * @param from the position of the part's first issue among all of them, from 1
 * @param to the position of its last
 */
public record DrillLink(String url, long from, long to) {

  public DrillLink {
    Objects.requireNonNull(url, "url");
  }
}
