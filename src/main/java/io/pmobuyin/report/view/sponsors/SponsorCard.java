package io.pmobuyin.report.view.sponsors;

import java.util.List;

/**
 * One executive sponsor: their projects, the wins they can share, and what their projects are
 * exposed to. Sponsors are listed by name, never ranked.
 *
 * @param inactive the sponsor's account is deleted or deactivated (still shown, marked)
 * @param noWins why there is no win to share; null when there are wins
 */
public record SponsorCard(
    String name,
    boolean inactive,
    String projects,
    List<String> wins,
    String noWins,
    String exposure) {

  public SponsorCard {
    wins = List.copyOf(wins);
  }
}
