package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The importer against generated and mutated exports: truncated at every offset, a wrong kind of
 * value in each field it reads, absurd dates and numbers, other encodings, random bytes. Whatever
 * comes, it throws nothing, reads every well-formed issue, and names each issue it rejects by file
 * and key or position.
 */
class ImportFuzzTest {

  private static final String FILE = "fuzz.json";
  private static final List<String> KEYS = List.of("FZ-1", "FZ-2", "FZ-3");

  /** The fields the importer reads, each as written in a well-formed issue. */
  private static final List<String> FIELDS =
      List.of(
          "\"issuetype\":{\"name\":\"Bug\"}",
          "\"status\":{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}}",
          "\"resolution\":{\"name\":\"Fixed\"}",
          "\"priority\":{\"name\":\"Major\"}",
          "\"resolutiondate\":\"2024-02-01T10:00:00.000+0000\"",
          "\"updated\":\"2024-02-02T10:00:00.000+0000\"",
          "\"duedate\":\"2024-01-30\"",
          "\"timespent\":7200",
          "\"timeoriginalestimate\":3600",
          "\"fixVersions\":[{\"name\":\"1.0\",\"releaseDate\":\"2024-01-31\",\"released\":true}]",
          "\"components\":[{\"name\":\"API\"}]",
          "\"labels\":[\"risk\"]",
          "\"assignee\":{\"key\":\"u1\",\"displayName\":\"Someone\"}",
          "\"project\":{\"key\":\"FZ\",\"name\":\"Fuzz\"}");

  private static String issue(String key, List<String> fields) {
    return "{\"key\":\""
        + key
        + "\",\"fields\":{\"created\":\"2024-01-02T10:00:00.000+0000\","
        + String.join(",", fields)
        + "},\"changelog\":{\"startAt\":0,\"maxResults\":1,\"total\":1,\"histories\":["
        + "{\"id\":\"1\",\"created\":\"2024-01-03T10:00:00.000+0000\",\"items\":["
        + "{\"field\":\"status\",\"fieldtype\":\"jira\",\"from\":\"1\",\"fromString\":\"Open\","
        + "\"to\":\"3\",\"toString\":\"In Progress\"}]}]}}";
  }

  private static String page(List<String> issues) {
    return "{\"startAt\":0,\"maxResults\":3,\"total\":3,\"issues\":["
        + String.join(",", issues)
        + "]}";
  }

  private static final String EXPORT = page(KEYS.stream().map(key -> issue(key, FIELDS)).toList());

  private static Imported read(byte[] bytes) {
    return read(FILE, bytes);
  }

  private static Imported read(String name, byte[] bytes) {
    CollectingSink sink = new CollectingSink();
    var summary =
        new JiraExportImporter(ImportOptions.defaults())
            .importStream(name, new java.io.ByteArrayInputStream(bytes), sink);
    return new Imported(summary, sink);
  }

  /**
   * Every problem names the file; no issue is read twice, nor more than the export holds; the
   * summary counts what the sink got. (A damaged byte may change a key, even into another issue's
   * key: which keys is not asked, and a key may come back as often as the input now holds it, since
   * duplicates are the miner's to settle, first copy winning.)
   */
  private static void assertWellBehaved(Imported imported, byte[] input) {
    assertThat(imported.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
    List<String> keys = imported.sink().keys();
    assertThat(keys).hasSizeLessThanOrEqualTo(KEYS.size());
    String text = new String(input, StandardCharsets.ISO_8859_1);
    for (String key : new java.util.HashSet<>(keys)) {
      assertThat(java.util.Collections.frequency(keys, key))
          .as("times %s was read", key)
          // A key the damage made non-ASCII may be decoded in another charset: read once at most.
          .isLessThanOrEqualTo(Math.max(1, occurrences(text, "\"key\":\"" + key + "\"")));
    }
    assertThat(imported.summary().issuesRead()).isEqualTo(keys.size());
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Example
  void readsTheWellFormedExportWhole() {
    Imported imported = read(EXPORT.getBytes(StandardCharsets.UTF_8));

    assertThat(imported.sink().keys()).containsExactlyElementsOf(KEYS);
    assertThat(imported.problems()).isEmpty();
  }

  @Example
  void keepsEveryIssueThatEndsBeforeTheCutWhereverTheExportIsCut() {
    byte[] whole = EXPORT.getBytes(StandardCharsets.UTF_8);
    List<Integer> issueEnds = new ArrayList<>();
    for (String key : KEYS) {
      int start = EXPORT.indexOf("{\"key\":\"" + key + "\"");
      issueEnds.add(start + issue(key, FIELDS).length());
    }
    for (int cut = 0; cut < whole.length; cut++) {
      byte[] part = java.util.Arrays.copyOf(whole, cut);
      Imported imported = read(part);

      assertWellBehaved(imported, part);
      assertThat(imported.problems()).as("cut at %d", cut).isNotEmpty();
      for (int i = 0; i < KEYS.size(); i++) {
        if (issueEnds.get(i) < cut) {
          assertThat(imported.sink().keys()).as("cut at %d", cut).contains(KEYS.get(i));
        }
      }
    }
  }

  @Property(tries = 600)
  void aWrongKindOfValueInAnyFieldCostsAtMostItsIssue(
      @ForAll @IntRange(min = 0, max = 13) int field, @ForAll("anyJsonValue") String value) {
    List<String> mutated = new ArrayList<>(FIELDS);
    String name = FIELDS.get(field).substring(0, FIELDS.get(field).indexOf(':'));
    mutated.set(field, name + ":" + value);
    String export =
        page(List.of(issue("FZ-1", FIELDS), issue("FZ-2", mutated), issue("FZ-3", FIELDS)));

    byte[] bytes = export.getBytes(StandardCharsets.UTF_8);
    Imported imported = read(bytes);

    assertWellBehaved(imported, bytes);
    assertThat(imported.sink().keys()).contains("FZ-1", "FZ-3");
    if (!imported.sink().keys().contains("FZ-2")) {
      assertThat(imported.problems()).anySatisfy(p -> assertThat(p.where()).isEqualTo("FZ-2"));
    }
  }

  @Property(tries = 600)
  void anAbsurdDateOrNumberCostsAtMostItsIssue(
      @ForAll("dateField") String field, @ForAll("absurdValue") String value) {
    List<String> mutated = new ArrayList<>(FIELDS);
    mutated.add("\"" + field + "\":" + value);
    String export =
        page(List.of(issue("FZ-1", FIELDS), issue("FZ-2", mutated), issue("FZ-3", FIELDS)));

    byte[] bytes = export.getBytes(StandardCharsets.UTF_8);
    Imported imported = read(bytes);

    assertWellBehaved(imported, bytes);
    assertThat(imported.sink().keys()).contains("FZ-1", "FZ-3");
  }

  @Property(tries = 300)
  void anyOfTheEncodingsAnExportComesInReadsTheSame(@ForAll("encoding") String charset) {
    Imported imported = read(EXPORT.getBytes(Charset.forName(charset)));

    assertThat(imported.sink().keys()).containsExactlyElementsOf(KEYS);
  }

  /** A flipped byte once turned FZ-1 into FZ-2: both copies are read, the miner keeps the first. */
  @Example
  void aKeyTheInputHoldsTwiceIsReadTwiceAndNoMore() {
    byte[] bytes =
        page(List.of(issue("FZ-2", FIELDS), issue("FZ-2", FIELDS), issue("FZ-3", FIELDS)))
            .getBytes(StandardCharsets.UTF_8);

    Imported imported = read(bytes);

    assertWellBehaved(imported, bytes);
    assertThat(imported.sink().keys()).containsExactly("FZ-2", "FZ-2", "FZ-3");
  }

  @Property(tries = 800)
  void randomBytesOrAFlippedByteNeverThrow(@ForAll("damaged") byte[] bytes) {
    assertWellBehaved(read(bytes), bytes);
  }

  /**
   * Random bytes on which reading once went on after a broken line at the same place for ever
   * (found by hunting with many more tries than the properties run). The properties' seeds change
   * from run to run, so these are kept.
   */
  @Example
  void randomBytesThatOnceMadeReadingGoRoundForEverEnd() {
    for (String name : List.of("random-1.json", "random-2.jsonl")) {
      byte[] bytes = Imported.fixtureBytes("fuzz-hangs/" + name);

      Imported imported =
          assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(name, bytes));

      assertThat(imported.problems())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.file()).isEqualTo(name));
      assertThat(imported.summary().issuesRead()).isEqualTo(imported.sink().keys().size());
    }
  }

  @Property(tries = 200)
  void aJsonLinesFileWithABrokenLineLosesOnlyThatLine(
      @ForAll @IntRange(min = 0, max = 2) int broken, @ForAll("anyJsonValue") String junk) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < KEYS.size(); i++) {
      lines.add(i == broken ? junk + "}{" : issue(KEYS.get(i), FIELDS));
    }

    Imported imported =
        read("fuzz.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));

    List<String> expected = new ArrayList<>(KEYS);
    expected.remove(broken);
    assertThat(imported.sink().keys()).containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<String> anyJsonValue() {
    return Arbitraries.oneOf(
        Arbitraries.just("null"),
        Arbitraries.of("true", "false"),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.strings().ofMaxLength(20).map(ImportFuzzTest::quoted),
        Arbitraries.just("[]"),
        Arbitraries.just("{}"),
        Arbitraries.integers().between(1, 3_000).map(n -> "[".repeat(n) + "]".repeat(n)),
        Arbitraries.strings().ofMaxLength(5).map(s -> "[" + quoted(s) + ",1,{}]"),
        Arbitraries.strings().ofMaxLength(5).map(s -> "{\"name\":" + quoted(s) + "}"),
        Arbitraries.just("{\"name\":{\"name\":[]}}"));
  }

  @Provide
  Arbitrary<String> dateField() {
    return Arbitraries.of("created", "resolutiondate", "updated", "duedate", "timespent");
  }

  @Provide
  Arbitrary<String> absurdValue() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(-99_999, 99_999)
            .map(year -> quoted(String.format("%04d-02-29T25:61:00.000+9999", year))),
        Arbitraries.integers().between(0, 9_999).map(y -> quoted(y + "-01-01")),
        // Valid JSON numbers only: a leading zero would be broken JSON, which ends a document.
        Arbitraries.strings().numeric().ofMaxLength(3_000).map(digits -> "1" + digits),
        Arbitraries.of("1e400", "-1e400", "1.7976931348623157E309", "-0", "0.0000001"));
  }

  @Provide
  Arbitrary<String> encoding() {
    return Arbitraries.of("UTF-8", "UTF-16BE", "UTF-16LE", "windows-1252");
  }

  @Provide
  Arbitrary<byte[]> damaged() {
    byte[] whole = EXPORT.getBytes(StandardCharsets.UTF_8);
    Arbitrary<byte[]> flipped =
        Arbitraries.integers()
            .between(0, whole.length - 1)
            .flatMap(
                at ->
                    Arbitraries.bytes()
                        .map(
                            b -> {
                              byte[] copy = whole.clone();
                              copy[at] = b;
                              return copy;
                            }));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    return Arbitraries.oneOf(flipped, random);
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
