package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmobuyin.preview.sample.SamplePortfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A multi-file export made from a generated sample portfolio's search pages, each page with one of
 * the troubles real exports have: names maps late, missing or from another Jira (so that a file's
 * reading depends on the files before it), files cut short, copied (the same issues twice),
 * gzipped, rewritten as JSON Lines with a broken line, non-issues, and stray files that are no
 * export at all.
 */
final class TroubledExport {

  /** What is done to one page of the search. */
  enum Trouble {
    NONE,
    NAMES_AFTER_ISSUES,
    NO_NAMES,
    OTHER_JIRA_NAMES,
    CUT_SHORT,
    COPIED_TO_THE_END,
    GZIPPED,
    JSON_LINES_WITH_A_BROKEN_LINE,
    NOT_AN_ISSUE,
    PLAIN_TEXT_BESIDE,
    EMPTY_FILE_BESIDE,
    JIRA_ERROR_BESIDE
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static final LocalDate PMO_START = LocalDate.of(2023, 7, 1);

  private TroubledExport() {}

  /**
   * Writes the pages of a sample of {@code projects} projects into {@code dir}, the page {@code i}
   * with the trouble {@code troubles[i % size]}.
   */
  static void write(
      Path dir, long seed, int projects, int issuesPerProject, int pageSize, List<Trouble> troubles)
      throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    SamplePortfolio.of(seed, projects, issuesPerProject, PMO_START).writePages(pages, pageSize);
    List<Path> written;
    try (Stream<Path> files = Files.list(pages)) {
      written = files.sorted().toList();
    }
    Path export = Files.createDirectories(dir.resolve("export"));
    for (int i = 0; i < written.size(); i++) {
      Path page = written.get(i);
      String name = page.getFileName().toString().replace(".json", "");
      trouble(troubles.get(i % troubles.size()), export, name, Files.readAllBytes(page));
      Files.delete(page);
    }
    Files.delete(pages);
  }

  /** The folder {@link #write} writes the export files to. */
  static Path exportOf(Path dir) {
    return dir.resolve("export");
  }

  private static void trouble(Trouble trouble, Path export, String name, byte[] page)
      throws IOException {
    Path file = export.resolve(name + ".json");
    switch (trouble) {
      case NONE -> Files.write(file, page);
      case NAMES_AFTER_ISSUES -> {
        ObjectNode tree = tree(page);
        JsonNode names = tree.remove("names");
        tree.set("names", names);
        write(file, tree);
      }
      case NO_NAMES -> {
        ObjectNode tree = tree(page);
        tree.remove("names");
        write(file, tree);
      }
      case OTHER_JIRA_NAMES -> {
        // Another Jira, whose sprint field has another id and whose flag is called "Sprint": the
        // pages after this one that carry no map of their own are read with it.
        ObjectNode tree = tree(page);
        ObjectNode names = JSON.createObjectNode();
        names.put("customfield_10020", "Story Points");
        names.put("customfield_10021", "Sprint");
        names.put("customfield_10100", "PMO Scope");
        tree.remove("names");
        tree.set("names", names);
        write(file, tree);
      }
      case CUT_SHORT -> Files.write(file, java.util.Arrays.copyOf(page, page.length * 3 / 5));
      case COPIED_TO_THE_END -> {
        Files.write(file, page);
        Files.write(export.resolve("zz-copy-of-" + name + ".json"), page);
      }
      case GZIPPED -> Files.write(export.resolve(name + ".json.gz"), ExportBytes.gzip(page));
      case JSON_LINES_WITH_A_BROKEN_LINE -> {
        List<String> lines = new ArrayList<>();
        for (JsonNode issue : tree(page).get("issues")) {
          lines.add(JSON.writeValueAsString(issue));
        }
        lines.add(lines.size() / 2, "{\"key\": \"BROKEN-1\", \"fields\": {");
        Files.write(export.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
      }
      case NOT_AN_ISSUE -> {
        ObjectNode tree = tree(page);
        ArrayNode issues = (ArrayNode) tree.get("issues");
        issues.insert(0, 42);
        issues.insert(issues.size() / 2, "not an issue");
        write(file, tree);
      }
      case PLAIN_TEXT_BESIDE -> {
        Files.write(file, page);
        Files.writeString(export.resolve(name + "-notes.json"), "Exported on Monday.\n");
      }
      case EMPTY_FILE_BESIDE -> {
        Files.write(file, page);
        Files.write(export.resolve(name + "-empty.json"), new byte[0]);
      }
      case JIRA_ERROR_BESIDE -> {
        Files.write(file, page);
        Files.writeString(
            export.resolve(name + "-error.json"),
            "{\"errorMessages\":[\"The value '"
                + name.toUpperCase(Locale.ROOT)
                + "' does not exist for the field 'project'.\"],\"errors\":{}}");
      }
    }
  }

  private static ObjectNode tree(byte[] page) {
    try {
      return (ObjectNode) JSON.readTree(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, JsonNode tree) throws IOException {
    Files.write(file, JSON.writeValueAsBytes(tree));
  }
}
