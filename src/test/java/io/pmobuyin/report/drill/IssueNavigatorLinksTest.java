package io.pmobuyin.report.drill;

import static io.pmobuyin.testing.ReportBuilder.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.mining.portfolio.IssueKeys;
import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.ProjectSection.ProjectPattern;
import io.pmobuyin.report.analysis.GadgetQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IssueNavigatorLinksTest {

  private static final GadgetQuery ALL = GadgetQuery.everything();
  private static final PatternId SLIP = PatternId.SCHEDULE_SLIP;
  private static final Pattern JQL = Pattern.compile("jql=([^&]*)");

  @Test
  void opensAPatternsIssuesInTheNavigatorWithAKeyList() {
    IssueNavigatorLinks links = new IssueNavigatorLinks("/jira", key -> true);

    List<DrillLink> found =
        links.pattern(
            SLIP, List.of(project("ABC", SLIP, "ABC-1..3,9"), project("XY", SLIP, "XY-4")), ALL);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).url()).startsWith("/jira/issues/?jql=");
    assertThat(jql(found.get(0)))
        .isEqualTo("key in (ABC-1,ABC-2,ABC-3,ABC-9,XY-4) ORDER BY key ASC");
    assertThat(found.get(0).from()).isEqualTo(1);
    assertThat(found.get(0).to()).isEqualTo(5);
  }

  @Test
  void leavesOutTheIssuesOfProjectsTheReaderMayNotBrowse() {
    IssueNavigatorLinks links = new IssueNavigatorLinks("", Set.of("ABC")::contains);

    List<DrillLink> found =
        links.pattern(
            SLIP, List.of(project("ABC", SLIP, "ABC-1"), project("SECRET", SLIP, "SECRET-7")), ALL);

    assertThat(jql(found.get(0))).isEqualTo("key in (ABC-1) ORDER BY key ASC");
    assertThat(links.pattern(SLIP, List.of(project("SECRET", SLIP, "SECRET-7")), ALL)).isEmpty();
  }

  @Test
  void opensNothingForAPatternWhoseKeysTheReportDidNotKeep() {
    ProjectSection old = aProject("ABC").pattern(SLIP, 3, 100).build();
    ProjectSection earlier =
        withPattern(old, new ProjectPattern(SLIP, 3, 0.1, 1, 100, 1, List.of("ABC-1")));

    assertThat(new IssueNavigatorLinks("", k -> true).pattern(SLIP, List.of(earlier), ALL))
        .isEmpty();
  }

  @Test
  void opensAKpiPointsProjectsWithAProjectList() {
    IssueNavigatorLinks links =
        new IssueNavigatorLinks("https://jira.example.com/", k -> !k.equals("B"));

    List<DrillLink> found =
        links.quarter(
            "2024-Q1",
            List.of(
                aProject("A").build(),
                aProject("B").build(),
                aProject("C_2").build(),
                aProject("bad\" OR 1=1").build()),
            ALL);

    assertThat(found.get(0).url()).startsWith("https://jira.example.com/issues/?jql=");
    assertThat(jql(found.get(0))).isEqualTo("project in (A,C_2) ORDER BY key ASC");
  }

  @Test
  void splitsALongListIntoLinksUnderTheLimitNumberedInOrder() {
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= 1_000; i++) {
      keys.add("HADOOP-" + (i * 7));
    }

    List<DrillLink> found = new IssueNavigatorLinks("/jira", k -> true).links("key in (", keys);

    assertThat(found).hasSizeGreaterThan(5);
    assertThat(found).allSatisfy(l -> assertThat(l.url().length()).isLessThanOrEqualTo(2_000));
    assertThat(found.get(0).from()).isEqualTo(1);
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).from()).isEqualTo(found.get(i - 1).to() + 1);
    }
    assertThat(found.get(found.size() - 1).to()).isEqualTo(1_000);
  }

  /**
   * Every key of a project the reader may browse appears in exactly one link, in order; no key of
   * another project ever does; every link stays under the limit and its JQL is a well-formed list.
   */
  @Property(tries = 200)
  void everyBrowsableKeyOnceNoHiddenKeyEachLinkUnderTheLimit(
      @ForAll("portfolios") List<ProjectSection> projects,
      @ForAll("hidden") Set<Integer> hiddenIndexes) {
    List<String> hidden = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      if (hiddenIndexes.contains(i)) {
        hidden.add(projects.get(i).key());
      }
    }
    IssueNavigatorLinks links =
        new IssueNavigatorLinks("https://jira.example.com/context", k -> !hidden.contains(k));

    List<DrillLink> found = links.pattern(SLIP, projects, ALL);

    List<String> expected = new ArrayList<>();
    IssueKeys visible = IssueKeys.none();
    for (ProjectSection project : projects) {
      if (!hidden.contains(project.key())) {
        visible = visible.plus(project.patterns().get(0).issueKeys());
      }
    }
    expected.addAll(visible.keys());
    List<String> seen = new ArrayList<>();
    long next = 1;
    for (DrillLink link : found) {
      assertThat(link.url().length()).isLessThanOrEqualTo(IssueNavigatorLinks.MAX_URL);
      String jql = jql(link);
      assertThat(jql)
          .matches(
              "key in \\([A-Z][A-Z0-9_]*-[0-9]+(,[A-Z][A-Z0-9_]*-[0-9]+)*\\) ORDER BY key ASC");
      List<String> part = List.of(jql.substring(8, jql.indexOf(')')).split(","));
      assertThat(link.from()).isEqualTo(next);
      assertThat(link.to()).isEqualTo(next + part.size() - 1);
      next = link.to() + 1;
      seen.addAll(part);
    }
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(seen).noneMatch(key -> hidden.contains(key.substring(0, key.lastIndexOf('-'))));
  }

  @Provide
  Arbitrary<List<ProjectSection>> portfolios() {
    Arbitrary<String> projectKey =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofMinLength(1)
            .ofMaxLength(8)
            .flatMap(
                p -> Arbitraries.strings().withChars("ABCXYZ0189_").ofMaxLength(6).map(t -> p + t));
    Arbitrary<List<Integer>> numbers =
        Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60), Arbitraries.integers().between(1, 2_000_000))
            .list()
            .ofMinSize(1)
            .ofMaxSize(400);
    return Combinators.combine(projectKey, numbers)
        .as(
            (key, ns) ->
                project(
                    key,
                    SLIP,
                    IssueKeys.of(ns.stream().map(n -> key + "-" + n).toList()).toString()))
        .list()
        .ofMaxSize(6)
        .uniqueElements(ProjectSection::key);
  }

  @Provide
  Arbitrary<Set<Integer>> hidden() {
    return Arbitraries.integers().between(0, 5).set().ofMaxSize(4);
  }

  private static String jql(DrillLink link) {
    Matcher m = JQL.matcher(link.url());
    assertThat(m.find()).isTrue();
    return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
  }

  private static ProjectSection project(String key, PatternId id, String keys) {
    ProjectSection plain = aProject(key).build();
    IssueKeys issueKeys = IssueKeys.parse(keys);
    return withPattern(
        plain, new ProjectPattern(id, issueKeys.size(), 0.1, 1, 100, 1, List.of(), issueKeys));
  }

  private static ProjectSection withPattern(ProjectSection p, ProjectPattern pattern) {
    return new ProjectSection(
        p.key(),
        p.name(),
        p.category(),
        p.closed(),
        p.issues(),
        p.changelogsCutShort(),
        p.kpis(),
        List.of(pattern),
        p.sponsorId(),
        p.scopeTags(),
        p.effort());
  }
}
