package io.pmobuyin.preview.importer;

import io.pmobuyin.mining.source.ImportProblem;
import io.pmobuyin.mining.source.ImportSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One import of test data and what it delivered: the test data approach of these tests. */
record Imported(ImportSummary summary, CollectingSink sink) {

  /** Imports a fixture under src/test/resources/importer with default options. */
  static Imported fixture(String name) {
    return fixture(name, ImportOptions.defaults());
  }

  static Imported fixture(String name, ImportOptions options) {
    try (InputStream in = Imported.class.getResourceAsStream("/importer/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return stream(name, in, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports JSON written in the test itself. */
  static Imported json(String json) {
    return json(json, ImportOptions.defaults());
  }

  static Imported json(String json, ImportOptions options) {
    return stream(
        "test.json",
        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        options);
  }

  /** Imports text written in the test itself, as a file of that name. */
  static Imported named(String name, String text) {
    return stream(
        name,
        new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ImportOptions.defaults());
  }

  static byte[] fixtureBytes(String name) {
    try (InputStream in = Imported.class.getResourceAsStream("/importer/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Imported stream(String name, InputStream in, ImportOptions options) {
    CollectingSink sink = new CollectingSink();
    ImportSummary summary = new JiraExportImporter(options).importStream(name, in, sink);
    return new Imported(summary, sink);
  }

  List<ImportProblem> problems() {
    return summary.problems();
  }

  List<String> problemTexts() {
    return summary.problems().stream().map(ImportProblem::toString).toList();
  }
}
