package io.pmobuyin.report.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two renderings number by number. The report's JSON keeps four decimal places, so a
 * figure rounded again for display (72.64999 shown as 72.6, stored as 72.65 and shown as 72.7) can
 * move by one in its last shown digit; nothing else may differ.
 */
final class ShownNumbers {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private ShownNumbers() {}

  /** The numbers that differ, each as "expected -> actual"; empty when the texts are equal. */
  static List<String> changed(String expected, String actual) {
    List<String> changed = new ArrayList<>();
    Matcher e = NUMBER.matcher(expected);
    Matcher a = NUMBER.matcher(actual);
    int fromE = 0;
    int fromA = 0;
    while (true) {
      boolean moreE = e.find();
      boolean moreA = a.find();
      String textE = expected.substring(fromE, moreE ? e.start() : expected.length());
      String textA = actual.substring(fromA, moreA ? a.start() : actual.length());
      if (!textE.equals(textA) || moreE != moreA) {
        throw new AssertionError(
            "Texts differ beyond numbers near: " + excerpt(textE) + " | " + excerpt(textA));
      }
      if (!moreE) {
        return changed;
      }
      if (!e.group().equals(a.group())) {
        changed.add(e.group() + " -> " + a.group());
      }
      fromE = e.end();
      fromA = a.end();
    }
  }

  /** Whether a number moved by at most one unit of its last shown digit, as shown. */
  static boolean inLastDigitOnly(String change) {
    String[] numbers = change.split(" -> ");
    BigDecimal expected = new BigDecimal(numbers[0]);
    BigDecimal actual = new BigDecimal(numbers[1]);
    // A whole number may be shown without its zero decimal (70, not 70.0).
    boolean sameForm =
        expected.scale() == actual.scale() || expected.scale() == 0 || actual.scale() == 0;
    int scale = Math.max(expected.scale(), actual.scale());
    return sameForm
        && expected.subtract(actual).abs().compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0;
  }

  /** Whether a number moved by less than this much, however many places it shows. */
  static boolean within(String change, double most) {
    String[] numbers = change.split(" -> ");
    return Math.abs(Double.parseDouble(numbers[0]) - Double.parseDouble(numbers[1])) <= most;
  }

  private static String excerpt(String text) {
    return text.length() <= 80 ? text : text.substring(text.length() - 80);
  }
}
