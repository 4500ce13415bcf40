package io.pmobuyin.mining.portfolio;

import java.util.Comparator;
import java.util.Locale;

/**
 * Version names compared as people read them: runs of digits as numbers (1.10 after 1.9), other
 * runs without case, a name that goes on after an equal start later (1.2.1 after 1.2).
 */
final class VersionNameOrder implements Comparator<String> {

  static final VersionNameOrder INSTANCE = new VersionNameOrder();

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      i = skipSeparators(a, i);
      j = skipSeparators(b, j);
      if (i >= a.length() || j >= b.length()) {
        return Boolean.compare(i < a.length(), j < b.length());
      }
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      int byRun = compareRuns(a.substring(i, endA), b.substring(j, endB));
      if (byRun != 0) {
        return byRun;
      }
      i = endA;
      j = endB;
    }
  }

  private static int compareRuns(String x, String y) {
    boolean numberX = Character.isDigit(x.charAt(0));
    boolean numberY = Character.isDigit(y.charAt(0));
    if (numberX && numberY) {
      String a = stripZeros(x);
      String b = stripZeros(y);
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (numberX != numberY) {
      // 2.0.1 after 2.0-beta: a number goes on the release line, words mark what comes before it.
      return numberX ? 1 : -1;
    }
    return x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  private static int skipSeparators(String s, int from) {
    int k = from;
    while (k < s.length() && !Character.isLetterOrDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int runEnd(String s, int from) {
    boolean digits = Character.isDigit(s.charAt(from));
    int k = from;
    while (k < s.length()
        && Character.isLetterOrDigit(s.charAt(k))
        && Character.isDigit(s.charAt(k)) == digits) {
      k++;
    }
    return k;
  }
}
