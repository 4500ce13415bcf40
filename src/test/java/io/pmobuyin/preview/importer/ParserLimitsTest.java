package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Valid JSON past Jackson's default limits (nesting 1,000, numbers of 1,000 digits, strings of 20
 * million characters) costs at most the issue that holds it, never the rest of the file; and a
 * broken line of JSON Lines costs only that line.
 */
class ParserLimitsTest {

  private static String issue(String key, String extraField) {
    return "{\"key\":\""
        + key
        + "\",\"fields\":{\"created\":\"2024-01-01T00:00:00Z\""
        + (extraField.isEmpty() ? "" : "," + extraField)
        + "}}";
  }

  private static String page(String... issues) {
    return "{\"issues\":[" + String.join(",", issues) + "]}";
  }

  @Test
  void readsPastDeepNestingInAFieldItNeverReads() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);

    Imported imported =
        Imported.json(page(issue("N-1", "\"customfield_1\":" + deep), issue("N-2", "")));

    assertThat(imported.sink().keys()).containsExactly("N-1", "N-2");
    assertThat(imported.problemTexts()).isEmpty();
  }

  @Test
  void readsPastAVeryLongNumberOrStringInAFieldItNeverReads() {
    Imported imported =
        Imported.json(
            page(
                issue("L-1", "\"customfield_1\":" + "9".repeat(2_000)),
                issue("L-2", "\"description\":\"" + "x".repeat(21_000_000) + "\""),
                issue("L-3", "")));

    assertThat(imported.sink().keys()).containsExactly("L-1", "L-2", "L-3");
    assertThat(imported.problemTexts()).isEmpty();
  }

  @Test
  void skipsOnlyTheIssueWhoseNumberNoCountCouldBe() {
    Imported imported =
        Imported.json(
            page(
                issue("B-1", "\"timespent\":" + "9".repeat(1_000_000)),
                issue("B-2", "\"timeoriginalestimate\":1e400"),
                issue("B-3", "\"timespent\":3600")));

    assertThat(imported.sink().keys()).containsExactly("B-3");
    assertThat(imported.problemTexts())
        .containsExactly(
            "test.json (B-1): skipped: 'timespent' is a number of 1000000 digits",
            "test.json (B-2): skipped: 'timeoriginalestimate' is a number too large: 1e400");
  }

  @Test
  void goesOnAtTheNextLineWhenTheSecondLineOfJsonLinesIsBroken() {
    String lines = issue("J-1", "") + "\nthis is not JSON\n" + issue("J-3", "") + "\n";

    for (String name : new String[] {"issues.jsonl", "issues.json"}) {
      Imported imported = Imported.named(name, lines);

      assertThat(imported.sink().keys()).as(name).containsExactly("J-1", "J-3");
      assertThat(imported.problemTexts())
          .as(name)
          .singleElement()
          .asString()
          .startsWith(name + " (line 2): line 2 is not valid JSON");
    }
  }
}
