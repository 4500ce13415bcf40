package io.pmobuyin.preview.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.analysis.GadgetQuery;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.report.view.GadgetData;
import io.pmobuyin.report.view.GadgetRenderer;
import io.pmobuyin.report.view.brief.Brief;
import io.pmobuyin.testing.HostileData;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every gadget template and the brief, rendered by the real Velocity engine with the settings and
 * escaping of Jira's renderer, on data whose every text is an attack.
 */
class GadgetTemplatesTest {

  private static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
  private final PreviewTemplates templates = new PreviewTemplates(MESSAGES);
  private final GadgetData data = HostileData.create();
  private final PreviewTexts texts = new PreviewTexts(MESSAGES, Locale.ENGLISH);

  private String render(Gadget gadget) {
    return new GadgetRenderer(
            templates, (g, table) -> "/csv/" + g.id() + "/" + table + ".csv", "/brief")
        .render(gadget, data.input(GadgetQuery.everything(), texts, "t1"));
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void showsHostileNamesAsTextNeverAsMarkup(Gadget gadget) {
    String html = render(gadget);

    assertThat(html).doesNotContain("<script", "<img", "<svg onload");
    assertThat(html).doesNotContainPattern("\\$[a-z]+\\.");
  }

  @Test
  void escapesEachKindOfHostileTextWhereItIsShown() {
    assertThat(render(Gadget.SCOPE))
        .contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(&#39;x&#39;)");
    assertThat(render(Gadget.LEADERS)).contains("&lt;script&gt;", "&lt;img");
    assertThat(render(Gadget.SPONSORS)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void offersEachTableAsACsvDownload(Gadget gadget) {
    String html = render(gadget);

    for (var table : gadget.view(data.input(GadgetQuery.everything(), texts, "t1")).tables()) {
      assertThat(html)
          .contains("href=\"/csv/" + gadget.id() + "/" + table.name() + ".csv?period=all\"");
    }
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void drawsItsChartsAsInlineSvgWithoutScriptOrOutsideResources(Gadget gadget) {
    String html = render(gadget);

    assertThat(html)
        .doesNotContain("<script", "javascript:", "src=\"http", "href=\"http", "url(http");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void rendersTheBriefAsOnePageWithPrintStylesAndEscapedNames() {
    String html =
        templates.render(
            Brief.TEMPLATE,
            Map.of("brief", Brief.build(data.input(GadgetQuery.everything(), texts, null))));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("@page", "@media print");
    assertThat(html).doesNotContain("<script", "<img");
    assertThat(html).contains(MESSAGES.text("pmobuyin.brief.title"));
  }

  @Test
  void carriesTheGadgetsSettingsIntoItsDownloadsAndBrief() {
    String html =
        new GadgetRenderer(templates, (g, table) -> "/csv/" + g.id() + "/" + table, "/brief")
            .render(
                Gadget.LESSONS,
                data.input(GadgetQuery.of("R&D <new>", "last-4-quarters"), texts, "t2"));

    assertThat(html)
        .contains(
            "href=\"/csv/lessons/lessons?period=last-4-quarters&amp;category=R%26D+%3Cnew%3E\"")
        .contains("href=\"/brief?period=last-4-quarters&amp;category=R%26D+%3Cnew%3E\"");
  }
}
