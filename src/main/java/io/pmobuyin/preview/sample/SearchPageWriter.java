package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes issues as the pages of one paged Jira search ({@code /rest/api/2/search
 * ?expand=changelog}): {@code search-0001.json}, {@code search-0002.json}, ... each with the
 * search's {@code startAt}, {@code maxResults}, {@code total} and {@code names}, one issue in
 * memory at a time.
 */
final class SearchPageWriter {

  static final String PAGE_GLOB = "search-[0-9]*.json";

  private final JsonFactory json;
  private final JiraJsonIssueWriter issueWriter = new JiraJsonIssueWriter();

  SearchPageWriter(JsonFactory json) {
    this.json = json;
  }

  /** Writes all {@code total} issues; pages left from an earlier, longer run are removed first. */
  void write(Iterator<IssueStory> issues, long total, Path dir, int pageSize) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, PAGE_GLOB)) {
      for (Path page : stale) {
        Files.delete(page);
      }
    }
    long startAt = 0;
    for (int page = 1; issues.hasNext(); page++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "search-%04d.json", page));
      try (OutputStream out = Files.newOutputStream(file);
          JsonGenerator generator = json.createGenerator(out, JsonEncoding.UTF8)) {
        startAt += writePage(generator, issues, startAt, total, pageSize);
      }
    }
  }

  private int writePage(
      JsonGenerator generator, Iterator<IssueStory> issues, long startAt, long total, int pageSize)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("expand", "schema,names");
    generator.writeNumberField("startAt", startAt);
    generator.writeNumberField("maxResults", pageSize);
    generator.writeNumberField("total", total);
    writeNames(generator);
    generator.writeArrayFieldStart("issues");
    int written = 0;
    while (written < pageSize && issues.hasNext()) {
      issueWriter.write(generator, issues.next());
      written++;
    }
    generator.writeEndArray();
    generator.writeEndObject();
    return written;
  }

  /** The custom fields' names, so an importer can find them by name as in a real export. */
  private static void writeNames(JsonGenerator generator) throws IOException {
    generator.writeObjectFieldStart("names");
    generator.writeStringField(JiraJsonIssueWriter.SPRINT_FIELD, "Sprint");
    generator.writeStringField(JiraJsonIssueWriter.FLAGGED_FIELD, "Flagged");
    generator.writeStringField(JiraJsonIssueWriter.PMO_SCOPE_FIELD, "PMO Scope");
    generator.writeStringField(JiraJsonIssueWriter.SPONSOR_FIELD, "Executive Sponsor");
    generator.writeEndObject();
  }
}
