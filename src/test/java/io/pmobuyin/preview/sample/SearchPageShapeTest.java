package io.pmobuyin.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The standard portfolio's pages are Jira REST v2 search results with changelogs. */
class SearchPageShapeTest {

  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000\\+0000");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ACCOUNT = Pattern.compile("acc-\\d{4}");
  private static final Set<String> PRIORITIES =
      Set.of("Highest", "High", "Medium", "Low", "Lowest");
  private static final Set<String> TYPES = Set.of("Epic", "Story", "Task", "Bug", "Sub-task");
  private static final Set<String> CATEGORIES = Set.of("new", "indeterminate", "done");

  @Test
  void pagesAreNumberedAndCountTheIssuesOfOneSearch() {
    List<Path> pages = StandardPortfolioPages.pages();
    long total = SamplePortfolio.standard().issueCount();

    long startAt = 0;
    for (int i = 0; i < pages.size(); i++) {
      JsonNode page = StandardPortfolioPages.read(pages.get(i));
      assertThat(pages.get(i).getFileName()).hasToString(String.format("search-%04d.json", i + 1));
      assertThat(page.path("expand").asText()).isEqualTo("schema,names");
      assertThat(page.path("startAt").asLong()).isEqualTo(startAt);
      assertThat(page.path("maxResults").asInt()).isEqualTo(StandardPortfolioPages.PAGE_SIZE);
      assertThat(page.path("total").asLong()).isEqualTo(total);
      startAt += page.path("issues").size();
    }
    assertThat(startAt).isEqualTo(total);
  }

  @Test
  void everyPageNamesTheCustomFields() {
    for (Path page : StandardPortfolioPages.pages()) {
      assertThat(
              StandardPortfolioPages.JSON.convertValue(
                  StandardPortfolioPages.read(page).path("names"), Map.class))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "customfield_10020", "Sprint",
                  "customfield_10021", "Flagged",
                  "customfield_10100", "PMO Scope",
                  "customfield_10101", "Executive Sponsor"));
    }
  }

  @Test
  void everyIssueHasTheFieldsAndChangelogOfAJiraExport() {
    SoftAssertions softly = new SoftAssertions();
    StandardPortfolioPages.forEachIssue(issue -> checkIssue(softly, issue));
    softly.assertAll();
  }

  @Test
  void peopleAppearOnlyAsOpaqueAccountIdsWithNeutralDisplayNames() throws IOException {
    Pattern displayName = Pattern.compile("\"displayName\":\"([^\"]*)\"");
    for (Path page : StandardPortfolioPages.pages()) {
      String text = Files.readString(page);

      assertThat(text).doesNotContain("emailAddress", "@");
      displayName
          .matcher(text)
          .results()
          .forEach(name -> assertThat(name.group(1)).matches("(Person|Sponsor) \\d+"));
    }
  }

  private static void checkIssue(SoftAssertions softly, SampleIssue issue) {
    JsonNode f = issue.fields();
    String key = issue.key();
    softly.assertThat(issue.json().path("id").asText()).as(key).matches("\\d+");
    softly.assertThat(key).matches("[A-Z][A-Z0-9]+-\\d+").startsWith(issue.projectKey() + "-");
    JsonNode project = f.path("project");
    softly.assertThat(project.path("name").asText()).as(key).isNotBlank();
    softly.assertThat(project.path("projectCategory").path("name").asText()).as(key).isNotBlank();
    softly.assertThat(issue.type()).as(key).isIn(TYPES);
    boolean subtask = f.path("issuetype").path("subtask").asBoolean();
    softly.assertThat(subtask).as(key).isEqualTo(issue.type().equals("Sub-task"));
    softly.assertThat(f.path("parent").path("key").isTextual()).as(key).isEqualTo(subtask);
    softly.assertThat(f.path("priority").path("name").asText()).as(key).isIn(PRIORITIES);
    softly.assertThat(issue.statusCategory()).as(key).isIn(CATEGORIES);
    softly.assertThat(f.path("created").asText()).as(key).matches(TIMESTAMP);
    softly.assertThat(f.path("updated").asText()).as(key).matches(TIMESTAMP);
    checkNullOr(
        softly, key, f.path("resolutiondate"), n -> n.asText().matches(TIMESTAMP.pattern()));
    checkNullOr(softly, key, f.path("duedate"), n -> n.asText().matches(DATE.pattern()));
    checkNullOr(softly, key, f.path("timeoriginalestimate"), JsonNode::isIntegralNumber);
    checkNullOr(softly, key, f.path("timespent"), JsonNode::isIntegralNumber);
    for (JsonNode version : f.path("fixVersions")) {
      softly.assertThat(version.path("id").asText()).as(key).matches("\\d+");
      softly.assertThat(version.path("released").isBoolean()).as(key).isTrue();
      softly.assertThat(version.path("releaseDate").asText()).as(key).matches(DATE);
    }
    checkNullOr(softly, key, f.path("assignee"), n -> ACCOUNT.matcher(accountId(n)).matches());
    softly.assertThat(accountId(f.path("reporter"))).as(key).matches(ACCOUNT);
    for (JsonNode link : f.path("issuelinks")) {
      softly.assertThat(link.path("type").path("inward").asText()).isEqualTo("is blocked by");
      softly
          .assertThat(link.path("inwardIssue").path("key").asText())
          .startsWith(issue.projectKey());
    }
    checkNullOr(softly, key, f.path("customfield_10020"), SearchPageShapeTest::isSprintList);
    checkNullOr(
        softly,
        key,
        f.path("customfield_10021"),
        n -> n.path(0).path("value").asText().equals("Impediment"));
    checkNullOr(softly, key, f.path("customfield_10100"), n -> n.path("value").isTextual());
    checkNullOr(
        softly, key, f.path("customfield_10101"), n -> accountId(n).matches("acc-sp-\\d{2}"));
    checkChangelog(softly, issue);
  }

  private static void checkChangelog(SoftAssertions softly, SampleIssue issue) {
    JsonNode changelog = issue.changelog();
    int given = changelog.path("histories").size();
    softly.assertThat(changelog.path("startAt").asInt()).as(issue.key()).isZero();
    softly.assertThat(changelog.path("maxResults").asInt()).as(issue.key()).isEqualTo(given);
    softly
        .assertThat(changelog.path("total").asInt())
        .as(issue.key())
        .isGreaterThanOrEqualTo(given);
    for (JsonNode history : changelog.path("histories")) {
      softly.assertThat(history.path("id").asText()).as(issue.key()).matches("\\d+");
      softly.assertThat(accountId(history.path("author"))).as(issue.key()).matches(ACCOUNT);
      softly.assertThat(history.path("created").asText()).as(issue.key()).matches(TIMESTAMP);
      softly.assertThat(history.path("items").size()).as(issue.key()).isPositive();
      for (JsonNode item : history.path("items")) {
        softly.assertThat(item.path("field").isTextual()).as(issue.key()).isTrue();
        softly.assertThat(item.path("fieldtype").asText()).as(issue.key()).isIn("jira", "custom");
        softly
            .assertThat(item.has("from") && item.has("fromString") && item.has("to"))
            .as(issue.key())
            .isTrue();
        softly.assertThat(item.has("toString")).as(issue.key()).isTrue();
      }
    }
  }

  private static boolean isSprintList(JsonNode sprints) {
    for (JsonNode sprint : sprints) {
      if (!sprint.path("id").isIntegralNumber()
          || !sprint.path("state").asText().equals("closed")
          || !sprint.path("startDate").asText().matches(TIMESTAMP.pattern())
          || !sprint.path("endDate").asText().matches(TIMESTAMP.pattern())) {
        return false;
      }
    }
    return sprints.isArray() && !sprints.isEmpty();
  }

  private static String accountId(JsonNode person) {
    return person.path("accountId").asText();
  }

  private static void checkNullOr(
      SoftAssertions softly, String key, JsonNode value, Predicate<JsonNode> shape) {
    softly.assertThat(value.isNull() || shape.test(value)).as(key + ": " + value).isTrue();
  }
}
