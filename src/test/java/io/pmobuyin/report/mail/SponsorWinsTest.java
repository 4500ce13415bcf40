package io.pmobuyin.report.mail;

import static io.pmobuyin.mining.pattern.PatternId.LATE_DEFECTS;
import static io.pmobuyin.mining.pattern.PatternId.REWORK;
import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.mining.pattern.PatternId;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.report.drill.IssueNavigatorLinks;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.ReportBuilder;
import io.pmobuyin.testing.ReportBuilder.ProjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SponsorWinsTest {

  static final LocalDate PMO_START = LocalDate.of(2024, 1, 1);
  static final String HEADING = "Your projects\u2019 wins";
  static final String NEXT_HEADING = "What went wrong, from our own Jira";

  private final BriefDigestComposer composer =
      new BriefDigestComposer(new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)));

  /**
   * Five projects closed before the PMO, each 100 issues with scope creep on 11, rework on 5 and
   * late defects on 5 of them: the baseline is 11 %, 5 % and 5 %.
   */
  static ReportBuilder portfolio(ProjectBuilder... more) {
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 1; i <= 5; i++) {
      report.project(
          aProject("B" + i)
              .name("Before " + i)
              .closed(2023, i, 10)
              .issues(100)
              .kpis(kpis().onTime(0.6))
              .pattern(SCOPE_CREEP, 11, 1_000.0)
              .pattern(REWORK, 5, 500.0)
              .pattern(LATE_DEFECTS, 5, 500.0));
    }
    return report.projects(more);
  }

  /**
   * Closed since the PMO: scope creep 4 % (a win against 11 %), rework 8 % (above 5 %), late
   * defects 4.5 % (half a point below 5 %: too close to call a win); on time 80 % against 60 %.
   */
  static ProjectBuilder winner() {
    return aProject("WIN")
        .name("Billing rebuild")
        .closed(2024, 6, 1)
        .issues(200)
        .kpis(kpis().onTime(0.8))
        .pattern(SCOPE_CREEP, 8, 800.0)
        .pattern(REWORK, 16, 800.0)
        .pattern(LATE_DEFECTS, 9, 400.0);
  }

  /** Closed since the PMO, at or above the baseline in every pattern it shares with it. */
  static ProjectBuilder laggard() {
    return aProject("LAG")
        .name("Warehouse move")
        .closed(2024, 5, 1)
        .issues(100)
        .pattern(SCOPE_CREEP, 20, 800.0)
        .pattern(REWORK, 5, 800.0)
        .pattern(LATE_DEFECTS, 6, 400.0);
  }

  /** Someone else's project, closed since the PMO with no pattern at all. */
  static ProjectBuilder othersProject() {
    return aProject("OTH").name("Someone else\u2019s project").closed(2024, 7, 1).issues(100);
  }

  private DigestMessage compose(ReportBuilder report, String... sponsored) {
    return composer.compose(
        anInput(report).build(), BriefDigestComposerTest.LINKS, Set.of(sponsored));
  }

  /**
   * The wins section of a part, from its heading to the brief's first section, on one line: the
   * plain text wraps where it will.
   */
  private static String section(String part) {
    int from = part.indexOf(HEADING);
    assertThat(from).as("the wins section").isNotNegative();
    return part.substring(from, part.indexOf(NEXT_HEADING, from)).replaceAll("\\s+", " ");
  }

  @Test
  void listsTheWinsOfTheSponsorsProjectsClosedSinceThePmoStarted() {
    DigestMessage message =
        compose(
            portfolio(winner(), othersProject(), aProject("OLD").closed(2023, 6, 1)), "WIN", "OLD");

    // OLD closed before the PMO: it joins the baseline (55 of 600 issues), not the wins
    String text = section(message.text());
    assertThat(text)
        .contains("Billing rebuild, closed 2024-06-01")
        .contains(
            "- Scope creep: 4.0% of its issues, against 9.2% in projects closed before the PMO")
        .contains("On-time rate 80.0%, against 61.7%")
        .contains("against the 6 projects closed before it in this report")
        // the sponsor's project closed before the PMO, and a project that is not theirs
        .doesNotContain("Project OLD", "Someone else");
  }

  @Test
  void countsAPatternAtAboveOrWithinAPointOfTheBaselineInsteadOfListingIt() {
    String text = section(compose(portfolio(winner()), "WIN").text());

    assertThat(text)
        .doesNotContain("Rework:", "Late defects:")
        .contains("within a point of the before-PMO level in 2 other tracked patterns");
  }

  @Test
  void saysPlainlyWhenAProjectHasNoWin() {
    String text = section(compose(portfolio(winner(), laggard()), "WIN", "LAG").text());

    assertThat(text)
        .containsSubsequence("Billing rebuild", "Warehouse move", "No win to share yet")
        .contains("No win to share yet: in all 3 tracked patterns");
    assertThat(text.substring(text.indexOf("Warehouse move"))).doesNotContain("- ");
  }

  @Test
  void listsTheWidestGapsFirstAndCountsTheWinsPastThoseListed() {
    List<PatternId> seen = List.of(PatternId.values()).subList(0, SponsorWins.WINS_LISTED + 2);
    ReportBuilder report = aReport().pmoStart(PMO_START);
    for (int i = 1; i <= 5; i++) {
      ProjectBuilder before = aProject("B" + i).closed(2023, i, 10).issues(100);
      // the first pattern on 3 issues in 100, the next on 4, and so on: the last has the widest gap
      for (int p = 0; p < seen.size(); p++) {
        before.pattern(seen.get(p), 3 + p, 100.0);
      }
      report.project(before);
    }
    // every pattern on 1 issue in 100: gaps of 2 to 8 points
    ProjectBuilder clean = aProject("CLEAN").name("Clean project").closed(2024, 6, 1).issues(100);
    seen.forEach(id -> clean.pattern(id, 1, 10.0));
    report.project(clean);

    String text = section(compose(report, "CLEAN").text());

    assertThat(text.split(" - ", -1)).hasSize(SponsorWins.WINS_LISTED + 1);
    assertThat(text)
        .containsSubsequence(
            "- " + name(seen.get(seen.size() - 1)) + ": 1.0% of its issues, against 9.0%",
            "- " + name(seen.get(2)) + ": 1.0% of its issues, against 5.0%")
        .doesNotContain(name(seen.get(0)) + ":", name(seen.get(1)) + ":")
        .contains("\u2026 and 2 more patterns below the before-PMO level")
        .contains("No other tracked pattern was at, above or within a point");
  }

  private static String name(PatternId id) {
    return Messages.forLocale(Locale.ENGLISH).text(id.nameKey());
  }

  @Test
  void neverUsesTheVerdictWordsOfTheSharedRuleForOneProject() {
    String text = section(compose(portfolio(winner()), "WIN").text());

    assertThat(text)
        .doesNotContain("Improved", "improved", "\u2713", "No clear change", "Worse")
        .contains("not a verdict");
  }

  @Test
  void showsNothingToARecipientWhoSponsorsNoProjectOfTheReport() {
    for (DigestMessage message :
        List.of(compose(portfolio(winner())), compose(portfolio(winner()), "ELSEWHERE"))) {
      for (String part : List.of(message.html(), message.text())) {
        assertThat(part).doesNotContain(HEADING, "Wins are counted", "Wins compare");
      }
    }
  }

  @Test
  void showsNothingWithoutAPmoStartDate() {
    ReportBuilder report = aReport().projects(winner(), othersProject());

    DigestMessage message = compose(report, "WIN");

    for (String part : List.of(message.html(), message.text())) {
      assertThat(part).doesNotContain(HEADING, "Wins are counted", "Wins compare", "win");
    }
  }

  @Test
  void saysInOneLineThatWinsCountOnlyProjectsClosedSinceTheStart() {
    DigestMessage message =
        compose(portfolio(aProject("OLD").name("Old billing").closed(2023, 6, 1)), "OLD");

    String note =
        "Wins are counted for your projects closed since the PMO started on 2024-01-01;"
            + " none of them has closed since.";
    assertThat(message.html()).contains(note).doesNotContain(HEADING);
    assertThat(message.text().replace('\n', ' ')).contains(note).doesNotContain(HEADING);
  }

  @Test
  void comparesWithNothingWhenTooFewProjectsClosedBeforeThePmo() {
    ReportBuilder report =
        aReport()
            .pmoStart(PMO_START)
            .projects(aProject("B1").closed(2023, 3, 1).issues(100), winner());

    DigestMessage message = compose(report, "WIN");

    assertThat(message.html())
        .doesNotContain(HEADING)
        .contains("too few of those (1 projects, 100 issues) to compare with");
  }

  @Test
  void carriesTheSectionInTheHtmlPartWithTheShareLinkedToThePatternsIssuesInThatProject() {
    GadgetInput input =
        anInput(portfolio(winner()))
            .drill(new IssueNavigatorLinks("https://jira.example.com", key -> true))
            .build();

    String html =
        section(composer.compose(input, BriefDigestComposerTest.LINKS, Set.of("WIN")).html());

    assertThat(html)
        .contains("<strong><bdi>Billing rebuild</bdi></strong> &middot; 2024-06-01")
        .contains("Scope creep: <strong><a href=\"https://jira.example.com/issues/?jql=")
        .contains(
            ">4.0%</a></strong> of its issues, against 11.0% in projects closed before the PMO")
        .contains("in 2 other tracked patterns");
    String link = html.substring(html.indexOf("href=\""), html.indexOf("\" title"));
    assertThat(link).contains("WIN").doesNotContain("B1");
  }

  @Test
  void escapesHostileProjectNamesInHtmlAndKeepsThemAsTypedInText() {
    DigestMessage message =
        compose(
            portfolio(
                winner().name(HostileData.SCRIPT), laggard().name(BriefDigestComposerTest.RTL)),
            "WIN",
            "LAG");

    String html = section(message.html());
    assertThat(html)
        .doesNotContain("<script")
        .contains("<bdi>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</bdi>")
        .contains("<bdi>" + BriefDigestComposerTest.RTL + "</bdi>");
    assertThat(section(message.text()))
        .contains(HostileData.SCRIPT + ", closed 2024-06-01")
        .contains("\u2068" + BriefDigestComposerTest.RTL + "\u2069, closed 2024-05-01");
  }

  @Test
  void aPatternTheProjectDidNotShowAtAllIsCountedApartNeverAsAWin() {
    // No rework and no late defects at all: 0 % may be data the rules could not judge.
    ProjectBuilder quiet =
        aProject("QUI")
            .name("Quiet project")
            .closed(2024, 6, 1)
            .issues(100)
            .pattern(SCOPE_CREEP, 4, 400.0);

    String text = section(compose(portfolio(quiet), "QUI").text());

    assertThat(text)
        .contains("Scope creep: 4.0% of its issues, against 11.0%")
        .doesNotContain("Rework:", "Late defects:")
        .contains("Not counted as wins: 2 patterns it did not show at all");
  }

  @Test
  void aProjectTooSmallForAShareHasNoWins() {
    ProjectBuilder tiny =
        aProject("TIN")
            .name("Tiny fix")
            .closed(2024, 6, 1)
            .issues(20)
            .pattern(SCOPE_CREEP, 1, 10.0);

    String text = section(compose(portfolio(tiny), "TIN").text());

    assertThat(text)
        .contains("Tiny fix")
        .contains("Too small to compare with the portfolio: 20 issues, fewer than the 50")
        .doesNotContain("Scope creep: 5.0%");
  }
}
