package io.pmobuyin.mining.portfolio;

import java.util.Comparator;

/** Issue keys in the order people expect: ABC-9 before ABC-10. */
final class IssueKeyOrder implements Comparator<String> {

  static final IssueKeyOrder INSTANCE = new IssueKeyOrder();

  @Override
  public int compare(String a, String b) {
    int dashA = a.lastIndexOf('-');
    int dashB = b.lastIndexOf('-');
    int byProject =
        a.substring(0, Math.max(dashA, 0)).compareTo(b.substring(0, Math.max(dashB, 0)));
    if (byProject != 0) {
      return byProject;
    }
    long numberA = number(a, dashA);
    long numberB = number(b, dashB);
    return numberA != numberB ? Long.compare(numberA, numberB) : a.compareTo(b);
  }

  private static long number(String key, int dash) {
    try {
      return Long.parseLong(key.substring(dash + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
