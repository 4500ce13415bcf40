package io.pmobuyin.report.mail;

import java.util.List;

/**
 * One project the recipient sponsors, closed since the PMO started, and its wins to share.
 *
 * @param name the project's name as Jira gives it, to be escaped where it is printed
 * @param onTime its on-time rate against that of the projects closed before the PMO, better or not
 * @param wins the patterns in which its share of issues was clearly below the before-PMO share, the
 *     widest gap first, as many as the message lists
 * @param more how many more such patterns there are, in words; null when all are listed
 * @param rest in how many other tracked patterns it was not: said so that the wins are not read as
 *     the whole picture; when it has no win, says that plainly
 */
public record ProjectWins(
    String name, String closed, String onTime, List<PatternWin> wins, String more, String rest) {

  public ProjectWins {
    wins = List.copyOf(wins);
  }

  /** Whether it has a win to list (a list of none would be an empty box in some mail readers). */
  public boolean hasWins() {
    return !wins.isEmpty();
  }
}
