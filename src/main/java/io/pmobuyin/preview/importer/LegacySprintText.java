package io.pmobuyin.preview.importer;

/**
 * Reads the sprint text older Jira Server versions put in the Sprint field: {@code
 * com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=5,rapidViewId=1,state=CLOSED,name=Sprint
 * 3,startDate=2024-01-08T09:00:00.000Z,endDate=<null>,...]}.
 */
final class LegacySprintText {

  static final String PREFIX = "com.atlassian.greenhopper.service.sprint.Sprint";

  private static final String NULL_VALUE = "<null>";

  /** The sprint's name and start text; name is null when the text names none. */
  record Parts(String name, String startDate) {}

  private LegacySprintText() {}

  static boolean looksLikeSprint(String text) {
    return text.startsWith(PREFIX);
  }

  /**
   * Reads the attributes of the bracketed list. A value runs to the next comma that starts another
   * {@code attribute=}, so sprint names with plain commas survive. Text without brackets is taken
   * as a bare sprint name.
   */
  static Parts parse(String text) {
    int open = text.indexOf('[');
    int close = text.lastIndexOf(']');
    if (open < 0 || close < open) {
      String bare = text.strip();
      return new Parts(bare.isEmpty() ? null : bare, null);
    }
    String name = null;
    String startDate = null;
    int i = open + 1;
    while (i < close) {
      int equals = text.indexOf('=', i);
      if (equals < 0 || equals > close) {
        break;
      }
      int end = nextAttribute(text, equals + 1, close);
      String attribute = text.substring(i, equals);
      if (attribute.equals("name")) {
        name = valueOf(text.substring(equals + 1, end));
      } else if (attribute.equals("startDate")) {
        startDate = valueOf(text.substring(equals + 1, end));
      }
      i = end + 1;
    }
    return new Parts(name, startDate);
  }

  private static int nextAttribute(String text, int from, int close) {
    for (int j = from; j < close; j++) {
      if (text.charAt(j) == ',' && attributeStartsAt(text, j + 1, close)) {
        return j;
      }
    }
    return close;
  }

  private static boolean attributeStartsAt(String text, int from, int close) {
    int k = from;
    while (k < close && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return k > from && k < close && text.charAt(k) == '=';
  }

  private static String valueOf(String raw) {
    return raw.isEmpty() || raw.equals(NULL_VALUE) ? null : raw;
  }
}
