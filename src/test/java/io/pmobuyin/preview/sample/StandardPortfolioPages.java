package io.pmobuyin.preview.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The standard portfolio, written once per test run under {@code target/} (tens of megabytes, so
 * not once per test class) and read back page by page.
 */
final class StandardPortfolioPages {

  static final int PAGE_SIZE = 100;
  static final ObjectMapper JSON = new ObjectMapper();

  private static final Path DIR = Path.of("target", "sample-portfolio", "standard");
  private static boolean written;

  private StandardPortfolioPages() {}

  static synchronized Path dir() {
    if (!written) {
      try {
        SamplePortfolio.standard().writePages(DIR, PAGE_SIZE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written = true;
    }
    return DIR;
  }

  static List<Path> pages() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path page) {
    try {
      return JSON.readTree(page.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every issue of the portfolio in page order; only one page is in memory at a time. */
  static void forEachIssue(Consumer<SampleIssue> action) {
    for (Path page : pages()) {
      for (JsonNode issue : read(page).path("issues")) {
        action.accept(new SampleIssue(issue));
      }
    }
  }
}
