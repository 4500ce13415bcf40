package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePortfolioTest {

  private static final LocalDate PMO_START = LocalDate.of(2023, 7, 1);

  @TempDir Path temp;

  @Test
  void theStandardPortfolioHasAtLeastFortyProjectsAndTwentyThousandIssues() {
    SamplePortfolio standard = SamplePortfolio.standard();

    assertThat(standard.projectCount()).isGreaterThanOrEqualTo(40);
    assertThat(standard.issueCount()).isGreaterThanOrEqualTo(20_000);
    assertThat(standard.pmoStart()).isEqualTo(PMO_START);
  }

  @Test
  void theStandardPortfolioSpansTheYears2021To2025WithSeveralCategoriesAndWorkflows() {
    Set<String> projects = new TreeSet<>();
    Set<String> categories = new TreeSet<>();
    Set<String> statuses = new TreeSet<>();
    Set<Integer> years = new TreeSet<>();
    StandardPortfolioPages.forEachIssue(
        issue -> {
          projects.add(issue.projectKey());
          categories.add(
              issue.fields().path("project").path("projectCategory").path("name").asText());
          statuses.add(issue.status());
          issue.changes().stream()
              .filter(change -> change.field().equals("status"))
              .forEach(change -> statuses.add(change.toText()));
          years.add(issue.created().atZone(ZoneOffset.UTC).getYear());
        });

    assertThat(projects).hasSizeGreaterThanOrEqualTo(40);
    assertThat(categories).contains("Closed").hasSizeGreaterThanOrEqualTo(4);
    assertThat(statuses)
        .contains("Done", "Closed", "To Do", "Open", "Backlog", "In Progress", "Blocked");
    assertThat(years).contains(2021, 2022, 2023, 2024, 2025);
  }

  @Test
  void theSameSeedWritesByteIdenticalPages() throws IOException {
    SamplePortfolio.of(7, 4, 60, PMO_START).writePages(temp.resolve("a"), 50);
    SamplePortfolio.of(7, 4, 60, PMO_START).writePages(temp.resolve("b"), 50);

    List<Path> first = files(temp.resolve("a"));
    assertThat(first).hasSizeGreaterThan(1);
    for (Path page : first) {
      assertThat(temp.resolve("b").resolve(page.getFileName())).hasSameBinaryContentAs(page);
    }
    assertThat(files(temp.resolve("b"))).hasSameSizeAs(first);
  }

  @Test
  void theStandardPortfolioIsTheSameOnEveryRun() throws Exception {
    SamplePortfolio standard = SamplePortfolio.standard();

    assertThat(digestOfJsonLines(SamplePortfolio.standard(), standard.issueCount()))
        .isEqualTo(digestOfJsonLines(standard, standard.issueCount()));
  }

  @Test
  void anotherSeedGivesAnotherPortfolio() throws Exception {
    assertThat(digestOfJsonLines(SamplePortfolio.of(1, 3, 40, PMO_START), 100))
        .isNotEqualTo(digestOfJsonLines(SamplePortfolio.of(2, 3, 40, PMO_START), 100));
  }

  @Test
  void pageSizeChangesOnlyHowIssuesAreSplitIntoPages() throws IOException {
    SamplePortfolio portfolio = SamplePortfolio.of(11, 3, 70, PMO_START);
    portfolio.writePages(temp.resolve("small"), 7);
    portfolio.writePages(temp.resolve("large"), 1000);

    assertThat(issuesIn(temp.resolve("small"))).isEqualTo(issuesIn(temp.resolve("large")));
    assertThat(files(temp.resolve("large"))).hasSize(1);
    assertThat(issuesIn(temp.resolve("large"))).hasSize((int) portfolio.issueCount());
  }

  @Test
  void writingFewerPagesRemovesThePagesOfAnEarlierLongerRun() throws IOException {
    SamplePortfolio portfolio = SamplePortfolio.of(11, 2, 30, PMO_START);
    portfolio.writePages(temp, 5);
    portfolio.writePages(temp, 100);

    assertThat(files(temp))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("search-0001.json");
  }

  @Test
  void refusesSizesThatCannotMakeAPortfolio() {
    assertThatThrownBy(() -> SamplePortfolio.of(1, 0, 10, PMO_START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SamplePortfolio.of(1, 3, 0, PMO_START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SamplePortfolio.standard().writePages(temp, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static String digestOfJsonLines(SamplePortfolio portfolio, long issues)
      throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      portfolio.writeJsonLines(out, issues);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static List<JsonNode> issuesIn(Path dir) throws IOException {
    List<JsonNode> issues = new ArrayList<>();
    for (Path page : files(dir)) {
      StandardPortfolioPages.read(page).path("issues").forEach(issues::add);
    }
    return issues;
  }
}
