package io.pmobuyin.preview.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.view.Gadget;
import io.pmobuyin.testing.HostileData;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real HTTP on a free loopback port. */
class PreviewServerTest {

  private static PreviewServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server =
        PreviewServer.start(
            0,
            HostileData.create(),
            Messages.forLocale(Locale.ENGLISH),
            Locale.ENGLISH,
            "a test portfolio");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnTheLoopbackAddressOnly() {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void servesADashboardPageWithTheSixGadgetsAndNoInlineScript() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    for (Gadget gadget : Gadget.values()) {
      assertThat(page.body()).contains("data-gadget=\"" + gadget.id() + "\"");
    }
    assertThat(page.body()).doesNotContainPattern("<script>[^<]");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @ParameterizedTest
  @EnumSource(Gadget.class)
  void servesEachGadgetsHtml(Gadget gadget) throws Exception {
    HttpResponse<String> response = get("/gadgets/" + gadget.id() + "?period=all&instance=x1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("id=\"pmo-x1-" + gadget.id() + "\"");
  }

  @Test
  void servesTheSettingsChoicesAsJson() throws Exception {
    JsonNode options = new ObjectMapper().readTree(get("/gadgets/options").body());

    assertThat(options.path("periods")).hasSize(3);
    assertThat(options.path("categories").get(0).asText()).isEqualTo(HostileData.ATTRIBUTE);
    assertThat(options.path("labels").path("save").asText()).isEqualTo("Save");
  }

  @Test
  void servesATableAsACsvAttachment() throws Exception {
    HttpResponse<String> csv = get("/csv/leaders/leaders.csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"pmo-buyin-leaders.csv\"");
    assertThat(csv.body())
        .startsWith("# Data to ")
        .contains("\r\nproject_key,project,category,lead,sponsor,exposed_to\r\n");
  }

  @Test
  void servesTheBriefAndTheReport() throws Exception {
    assertThat(get("/brief").body()).startsWith("<!DOCTYPE html>");
    assertThat(
            new ObjectMapper().readTree(get("/report.json").body()).path("schemaVersion").asInt())
        .isEqualTo(1);
  }

  @Test
  void servesTheSharedStylesheetAndScriptWithTheirTypes() throws Exception {
    assertThat(get("/web/pmo-buyin-gadgets.css").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/css");
    assertThat(
            get("/web/pmo-buyin-gadget-core.js").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/nothing-here",
        "/gadgets/unknown",
        "/csv/lessons/unknown.csv",
        "/web/../i18n/pmo-buyin.properties",
        "/web/%2e%2e/i18n/pmo-buyin.properties",
        "/i18n/pmo-buyin.properties",
        "/io/pmobuyin/build-info.properties"
      })
  void answersWhatItDoesNotServeWithAJsonNotFound(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(new ObjectMapper().readTree(response.body()).path("message").asText())
        .startsWith("Nothing at");
  }

  @Test
  void refusesWritesWithAJsonError() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(server.uri().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void takesAnUnknownPeriodForAllInsteadOfFailing() throws Exception {
    assertThat(get("/gadgets/lessons?period=never").statusCode()).isEqualTo(200);
  }

  @Test
  void decodesQueryParameters() {
    assertThat(PreviewSite.query("category=R%26D+Projects&period=last-4-quarters&category=x"))
        .containsEntry("category", "R&D Projects")
        .containsEntry("period", "last-4-quarters");
    assertThat(PreviewSite.query("category=%zz&period=all"))
        .doesNotContainKey("category")
        .containsEntry("period", "all");
  }
}
