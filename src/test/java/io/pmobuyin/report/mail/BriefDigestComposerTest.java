package io.pmobuyin.report.mail;

import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.LeadershipBuilder.closedProject;
import static io.pmobuyin.testing.LeadershipBuilder.leadership;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static io.pmobuyin.testing.ReportBuilder.kpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.report.ImprovementAction;
import io.pmobuyin.report.analysis.ClosePeriod;
import io.pmobuyin.report.analysis.VisibleProjects;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.report.view.common.GadgetInput;
import io.pmobuyin.scope.CatalogueEntry;
import io.pmobuyin.scope.ScopeStatus;
import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.HostileData;
import io.pmobuyin.testing.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BriefDigestComposerTest {

  static final String RTL = "\u202Eevil\u202C";
  static final String AMPERSAND = "R&D \"Mobile\" <beta>";
  static final String UNICODE = "Ünïcødé 東京";
  static final DigestLinks LINKS =
      new DigestLinks(
          "https://jira.example.com/secure/Dashboard.jspa?selectPageId=10&x=1",
          "https://jira.example.com/plugins/servlet/pmo-buyin/unsubscribe?token=a1b2");

  private final BriefDigestComposer composer =
      new BriefDigestComposer(new PreviewTemplates(Messages.forLocale(Locale.ENGLISH)));

  /** Three closed projects whose names are attacks, and one plain one closed first. */
  static ReportBuilder hostileProjects() {
    return aReport()
        .pmoStart(LocalDate.of(2024, 1, 1))
        .projects(
            aProject("SCR")
                .name(HostileData.SCRIPT)
                .closed(2024, 6, 1)
                .issues(100)
                .kpis(kpis().onTime(0.7))
                .pattern(SCOPE_CREEP, 20, 4_000.0),
            aProject("AMP").name(AMPERSAND).closed(2024, 5, 1).issues(100),
            aProject("RTL").name(RTL + UNICODE).closed(2024, 4, 1).issues(100),
            aProject("OLD").name("Old billing").closed(2023, 3, 1).issues(100));
  }

  private DigestMessage compose(GadgetInput input) {
    return composer.compose(input, LINKS);
  }

  @Test
  void showsHostileProjectNamesAsTextInTheHtmlAndAsTypedInThePlainText() {
    DigestMessage message = compose(anInput(hostileProjects()).build());

    assertThat(message.html())
        .doesNotContain("<script", "<beta>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("R&amp;D &quot;Mobile&quot; &lt;beta&gt;")
        .contains("<bdi>" + RTL + UNICODE + "</bdi>");
    assertThat(message.text())
        .contains(HostileData.SCRIPT, AMPERSAND, UNICODE)
        .doesNotContain("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&middot;", "<bdi>")
        // a right-to-left override in a name ends with the name, not the line
        .contains("\u2068" + RTL + UNICODE + "\u2069, closed 2024-04-01");
  }

  @Test
  void carriesThePlansActionsWithHostileTitlesEscapedInHtmlAndAsTypedInText() {
    DigestMessage message =
        compose(
            anInput(
                    hostileProjects()
                        .actions(
                            new ImprovementAction(
                                "PMO-7",
                                HostileData.SCRIPT,
                                "In Progress",
                                false,
                                List.of(SCOPE_CREEP),
                                LocalDate.of(2024, 1, 15),
                                Set.of())))
                .build());

    assertThat(message.html())
        .contains("Improvement actions and their measured effect")
        .contains("<strong>PMO-7</strong> <bdi>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script");
    assertThat(message.text()).contains("PMO-7 " + HostileData.SCRIPT + " (In Progress): ");
  }

  @Test
  void listsASponsorsOwnProjectsFirstWithHowTheyDeliveredEvenWhenTheyClosedLongAgo() {
    GadgetInput input = anInput(hostileProjects()).build();

    DigestMessage message = composer.compose(input, LINKS, Set.of("OLD"));
    DigestMessage anyone = compose(input);

    assertThat(message.text())
        .contains("- Old billing, closed 2023-03-01 \u00b7 your project, on time ")
        .containsSubsequence("Old billing", HostileData.SCRIPT);
    assertThat(message.html()).contains("&middot; <strong>your project, on time ");
    assertThat(anyone.text()).doesNotContain("your project");
    assertThat(anyone.html()).doesNotContain("your project");
  }

  @Test
  void setsApartOnlyNamesThatCouldTurnTheirLine() {
    assertThat(DigestText.isolated("Old billing")).isEqualTo("Old billing");
    assertThat(DigestText.isolated(UNICODE)).isEqualTo(UNICODE);
    assertThat(DigestText.isolated(RTL)).isEqualTo("\u2068" + RTL + "\u2069");
    assertThat(DigestText.isolated("\u05e4\u05e8\u05d5\u05d9\u05e7\u05d8"))
        .startsWith("\u2068")
        .endsWith("\u2069");
  }

  @Test
  void leavesABlankLineBetweenAListAndTheTextAfterIt() {
    String text = compose(anInput(hostileProjects()).build()).text();

    assertThat(text).doesNotContainPattern("\n- [^\n]*\n[^-\s\n]");
  }

  @Test
  void escapesHostileCatalogueNamesAndDepartments() {
    ServiceCatalogue catalogue =
        new ServiceCatalogue(
            List.of(
                new CatalogueEntry(
                    "a", HostileData.IMAGE, "d", ScopeStatus.OTHER_DEPARTMENT, AMPERSAND, false)));

    DigestMessage message = compose(anInput(hostileProjects()).catalogue(catalogue).build());

    assertThat(message.html())
        .doesNotContain("<img")
        .contains("<bdi>&lt;img src=x onerror=alert(1)&gt;</bdi> (<bdi>R&amp;D");
    assertThat(message.text()).contains(HostileData.IMAGE, AMPERSAND);
  }

  @Test
  void coversOnlyTheProjectsTheRecipientMayBrowse() {
    GadgetInput limited =
        anInput(hostileProjects()).visible(VisibleProjects.only(Set.of("AMP", "OLD"))).build();

    DigestMessage message = compose(limited);

    for (String part : List.of(message.html(), message.text())) {
      assertThat(part).contains("Old billing").doesNotContain("script", "evil", UNICODE);
    }
    assertThat(message.text()).contains(AMPERSAND).contains("2 closed projects, 200 issues");
    assertThat(message.subject()).contains(": 2 projects closed at any time");
  }

  @Test
  void subjectGivesTheDateOfTheDataTheProjectsAndThePeriodOnOneLine() {
    DigestMessage message =
        compose(anInput(hostileProjects()).period(ClosePeriod.LAST_4_QUARTERS).build());

    // a report without mining dates is dated by its newest project close
    assertThat(message.subject())
        .isEqualTo("PMO buy-in report of 2024-06-01: 3 projects closed in the last 4 quarters");
  }

  @Test
  void linksBackToTheDashboardAndToUnsubscribeInBothParts() {
    DigestMessage message = compose(anInput(hostileProjects()).build());

    assertThat(message.html())
        .contains(
            "<a href=\"https://jira.example.com/secure/Dashboard.jspa?selectPageId=10&amp;x=1\"")
        .contains(
            "<a href=\"https://jira.example.com/plugins/servlet/pmo-buyin/unsubscribe?token=a1b2\"")
        .contains("covers only the closed projects you may browse in Jira");
    assertThat(message.text())
        .contains("https://jira.example.com/secure/Dashboard.jspa?selectPageId=10&x=1")
        .contains("https://jira.example.com/plugins/servlet/pmo-buyin/unsubscribe?token=a1b2")
        .contains("covers only the closed projects you may browse in Jira");
  }

  @Test
  void refusesLinksAMailReaderCouldNotFollowSafely() {
    GadgetInput input = anInput(hostileProjects()).build();

    assertThatThrownBy(
            () ->
                composer.compose(
                    input, new DigestLinks("javascript:alert(1)", LINKS.unsubscribe())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> composer.compose(input, new DigestLinks("/secure/Dashboard.jspa", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                composer.compose(
                    input, new DigestLinks(LINKS.dashboard(), "https://a.example/\r\nBcc: x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            composer
                .compose(input, new DigestLinks(LINKS.dashboard(), "mailto:pmo@example.com"))
                .text())
        .contains("mailto:pmo@example.com");
  }

  @Test
  void namesNoPersonNeitherLeadNorSponsor() {
    GadgetInput input =
        anInput(hostileProjects())
            .leadership(
                leadership()
                    .project(closedProject("SCR").sponsor("Grace Sponsor").lead("Lee Lead")))
            .build();

    DigestMessage message = compose(input);

    for (String part : List.of(message.subject(), message.html(), message.text())) {
      assertThat(part).doesNotContain("Grace", "Lee Lead");
    }
  }

  @Test
  void carriesNoScriptChartOrOutsideResourceThatMailReadersBlock() {
    String html = compose(anInput(hostileProjects()).build()).html();

    assertThat(html).doesNotContain("<svg", "<script", "<img", "src=", "url(", "<link");
    assertThat(html).contains("The chart by quarter");
  }

  @Test
  void showsThePlanTableOnlyWhenThePlanHasRows() {
    GadgetInput withPlan = anInput(hostileProjects()).build();
    GadgetInput withoutPlan =
        anInput(aReport().project(aProject("A").closed(2024, 1, 1).issues(10))).build();

    assertThat(Brief.build(withPlan).plan()).isNotEmpty();
    assertThat(compose(withPlan).html()).contains(">Saving at target</th>");
    assertThat(Brief.build(withoutPlan).plan()).isEmpty();
    assertThat(compose(withoutPlan).html())
        .doesNotContain(">Saving at target</th>")
        .contains("No PMO start date is set, so there is no baseline");
  }

  @Test
  void namesTheFiveNewestProjectsAndCountsTheRest() {
    ReportBuilder report = aReport().pmoStart(LocalDate.of(2024, 1, 1));
    for (int i = 1; i <= 8; i++) {
      report.project(aProject("P" + i).name("Project number " + i).closed(2024, i, 1).issues(50));
    }

    DigestMessage message = compose(anInput(report).build());

    assertThat(message.text())
        .contains("Project number 8", "Project number 4")
        .doesNotContain("Project number 3,")
        .contains("and 3 more, all on the dashboard");
  }

  @Test
  void wrapsThePlainTextForMailReadersButNeverBreaksALink() {
    String longLink = "https://jira.example.com/" + "a".repeat(120);
    DigestMessage message =
        composer.compose(
            anInput(hostileProjects()).build(), new DigestLinks(longLink, LINKS.unsubscribe()));

    for (String line : message.text().split("\n")) {
      if (line.length() > DigestText.WIDTH) {
        assertThat(line.strip()).as("a word longer than a line stands alone").doesNotContain(" ");
      }
    }
    assertThat(message.text()).contains("\n" + longLink + "\n");
  }
}
