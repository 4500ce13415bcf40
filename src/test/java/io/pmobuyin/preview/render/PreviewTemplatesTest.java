package io.pmobuyin.preview.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.jira.admin.AdminPageView;
import io.pmobuyin.mining.Threshold;
import io.pmobuyin.mining.pattern.Catalogue;
import io.pmobuyin.preview.i18n.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewTemplatesTest {

  private final PreviewTemplates templates =
      new PreviewTemplates(Messages.forLocale(Locale.ENGLISH));

  @Test
  void escapesPrintedValuesButNotThoseNamedAsMarkup() {
    Map<String, Object> context = new HashMap<>();
    context.put("text", "<script>alert('x')</script> & \"more\"");
    context.put("markupHtml", "<b>bold</b>");
    context.put("missing", null);

    String html = templates.render("render/escaping.vm", context);

    assertThat(html)
        .contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</p>")
        .contains("<div><b>bold</b></div>")
        .contains("<span></span>")
        .doesNotContain("<script>");
  }

  @Test
  void rendersTheAdminPageWithTranslatedTextAndHostileValuesEscaped() {
    String html =
        templates.render(
            "templates/admin/admin-page.vm",
            Map.of(
                "page",
                new AdminPageView(
                    "1.0<img src=x onerror=alert(1)>", "/jira\"><svg onload=alert(2)>/rest")));

    assertThat(html)
        .contains("<h1>PMO Buy-In for Jira</h1>")
        .contains("1.0&lt;img src=x onerror=alert(1)&gt;")
        .contains("data-rest-base=\"/jira&quot;&gt;&lt;svg onload=alert(2)&gt;/rest\"")
        .doesNotContain("<img")
        .doesNotContain("<svg")
        .doesNotContain("pmobuyin.admin.")
        .doesNotContain("$i18n");
  }

  @Test
  void rendersEverySectionOfTheAdminPageWithItsWordsForTheScripts() {
    String html =
        templates.render(
            "templates/admin/admin-page.vm",
            Map.of("page", new AdminPageView("1.0", "/rest/pmo-buyin/1.0")));

    assertThat(html)
        .contains("<h2 id=\"pmo-buyin-closed-heading\">Closed projects</h2>")
        .contains("<h2 id=\"pmo-buyin-costs-heading\">Costs and thresholds</h2>")
        .contains("<h2 id=\"pmo-buyin-schedule-heading\">Schedule and snapshots</h2>")
        .contains("<h2 id=\"pmo-buyin-runs-heading\">Runs</h2>")
        .contains("<h2 id=\"pmo-buyin-errors-heading\">Error log</h2>")
        .contains("<span data-text=\"state-SKIPPED\">Skipped: another node was running</span>")
        .contains("name=\"closed.categoryIds\"")
        .doesNotContain("pmo-buyin-coming-sections");
  }

  @Test
  void givesEveryPatternThresholdItsFieldLabelAndHelp() {
    String html =
        templates.render(
            "templates/admin/admin-page.vm",
            Map.of("page", new AdminPageView("1.0", "/rest/pmo-buyin/1.0")));

    assertThat(Catalogue.thresholds()).hasSizeGreaterThan(5);
    for (Threshold threshold : Catalogue.thresholds()) {
      String id = "pmo-buyin-" + threshold.slug();
      assertThat(html)
          .as(threshold.name())
          .contains("<label for=\"" + id + "\">")
          .contains("id=\"" + id + "\" name=\"" + threshold.settingsKey() + "\"")
          .contains("inputmode=\"" + (threshold.whole() ? "numeric" : "decimal") + "\"")
          .contains("<div class=\"description\" id=\"" + id + "-help\">")
          .contains("data-error-for=\"" + threshold.settingsKey() + "\"");
    }
    assertThat(html).doesNotContain("pmobuyin.admin.costs.field.");
  }

  @Test
  void failsLoudlyOnAReferenceTheContextDoesNotHave() {
    assertThatThrownBy(() -> templates.render("templates/admin/admin-page.vm", Map.of()))
        .hasMessageContaining("$page");
  }

  @Test
  void recognisesMarkupByTheLastNameOfTheReference() {
    assertThat(HtmlEscapingInsertion.isMarkup("$view.chartHtml")).isTrue();
    assertThat(HtmlEscapingInsertion.isMarkup("$!{view.getChartHtml()}")).isTrue();
    assertThat(HtmlEscapingInsertion.isMarkup("$view.html.title")).isFalse();
    assertThat(HtmlEscapingInsertion.isMarkup("$title")).isFalse();
  }
}
