package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesStreamingTest {

  private static final LocalDate PMO_START = LocalDate.of(2023, 7, 1);

  @TempDir Path temp;

  @Test
  void writesExactlyTheRequestedNumberOfIssuesWithUniqueKeysAcrossManyRounds() throws IOException {
    // 150 issues a round: 60,000 issues take 400 rounds of newly planned projects.
    SamplePortfolio small = SamplePortfolio.of(5, 3, 50, PMO_START);
    LineSink sink = new LineSink();

    small.writeJsonLines(sink, 60_000);

    assertThat(sink.lines).isEqualTo(60_000);
    assertThat(sink.keys).hasSize(60_000);
    assertThat(sink.ids).hasSize(60_000);
    assertThat(sink.incomplete()).isFalse();
  }

  @Test
  void theFirstLinesAreThePortfolioIssuesInPageOrder() throws IOException {
    SamplePortfolio portfolio = SamplePortfolio.of(9, 4, 40, PMO_START);
    portfolio.writePages(temp, 100);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    portfolio.writeJsonLines(out, portfolio.issueCount());

    List<JsonNode> fromLines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      fromLines.add(StandardPortfolioPages.JSON.readTree(line));
    }
    assertThat(fromLines).isEqualTo(issuesInPages());
  }

  @Test
  void writesNothingForZeroIssues() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SamplePortfolio.standard().writeJsonLines(out, 0);

    assertThat(out.size()).isZero();
  }

  private List<JsonNode> issuesInPages() throws IOException {
    List<JsonNode> issues = new ArrayList<>();
    try (Stream<Path> pages = Files.list(temp)) {
      for (Path page : pages.sorted().toList()) {
        StandardPortfolioPages.read(page).path("issues").forEach(issues::add);
      }
    }
    return issues;
  }

  /**
   * Counts lines and collects each line's issue id and key, keeping only the head of the current
   * line, as a benchmark reading a million issues would.
   */
  private static final class LineSink extends OutputStream {
    private final byte[] head = new byte[256];
    private final Set<String> keys = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private int headLength;
    private boolean inLine;
    private long lines;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          endLine();
        } else {
          inLine = true;
          if (headLength < head.length) {
            head[headLength++] = bytes[i];
          }
        }
      }
    }

    boolean incomplete() {
      return inLine;
    }

    private void endLine() {
      lines++;
      // Every line starts {"expand":"...","id":"...","key":"...": the issue's own id and key.
      String text = new String(head, 0, headLength, StandardCharsets.UTF_8);
      ids.add(valueAfter(text, "\"id\":\""));
      keys.add(valueAfter(text, "\"key\":\""));
      headLength = 0;
      inLine = false;
    }

    private static String valueAfter(String text, String marker) {
      int start = text.indexOf(marker) + marker.length();
      return text.substring(start, text.indexOf('"', start));
    }
  }
}
