package io.pmobuyin.preview.server;

import static io.pmobuyin.mining.pattern.PatternId.SCOPE_CREEP;
import static io.pmobuyin.testing.GadgetInputBuilder.anInput;
import static io.pmobuyin.testing.ReportBuilder.aProject;
import static io.pmobuyin.testing.ReportBuilder.aReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.report.ProjectSection;
import io.pmobuyin.report.drill.DrillLink;
import io.pmobuyin.report.view.common.GadgetInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceLinksTest {

  private final GadgetInput input =
      anInput(
              aReport()
                  .projects(
                      aProject("EARLY").closed(2023, 3, 1).issues(50).pattern(SCOPE_CREEP, 4, 0),
                      aProject("LATE").closed(2024, 9, 1).issues(50).pattern(SCOPE_CREEP, 3, 0)))
          .build();

  private ProjectSection project(String key) {
    return input.report().projects().stream().filter(p -> p.key().equals(key)).findFirst().get();
  }

  @Test
  void aLinkOverSomeProjectsOpensAPageOfThoseProjectsOnly() {
    List<DrillLink> links =
        new EvidenceLinks("").pattern(SCOPE_CREEP, List.of(project("LATE")), input.query());

    assertThat(links).singleElement().satisfies(l -> assertThat(l.to()).isEqualTo(3));
    String url = links.get(0).url();
    assertThat(url).startsWith("/evidence?pattern=SCOPE_CREEP").endsWith("&projects=LATE");

    EvidencePage page = EvidencePage.pattern(input, "SCOPE_CREEP", "LATE", "/").orElseThrow();
    assertThat(page.groups()).extracting(EvidencePage.Group::key).containsExactly("LATE");
    assertThat(page.groups().get(0).keys()).containsExactly("LATE-1", "LATE-2", "LATE-3");
  }

  @Test
  void aPageNamingNoProjectsShowsEverySelectedOneAndOddListsDoNoHarm() {
    assertThat(EvidencePage.pattern(input, "SCOPE_CREEP", null, "/").orElseThrow().groups())
        .extracting(EvidencePage.Group::key)
        .containsExactlyInAnyOrder("EARLY", "LATE");
    assertThat(
            EvidencePage.pattern(input, "SCOPE_CREEP", "EARLY,EARLY,<x>,", "/")
                .orElseThrow()
                .groups())
        .extracting(EvidencePage.Group::key)
        .containsExactly("EARLY");
  }
}
