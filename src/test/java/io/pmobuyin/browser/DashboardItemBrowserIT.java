package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Our AMD module driven in Chromium the way Jira's dashboard drives a dashboard item: constructed
 * with an API that records {@code savePreferences}, {@code closeEdit} and {@code resize}, handed a
 * jQuery-wrapped element and preferences that may come back HTML-encoded, on a Jira served under a
 * context path, with the options call failing as on a fresh install. A small server stands in for
 * Jira's REST resources and records what the module asks for.
 */
class DashboardItemBrowserIT {

  private static final String GADGETS = "/rest/pmo-buyin/1.0/gadgets/";
  private static final String NO_REPORT = "No mining run has finished yet.";

  private static HttpServer server;
  private static final List<String> requested = new CopyOnWriteArrayList<>();
  private static volatile String optionsBody;

  private ChromeDriver driver;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", DashboardItemBrowserIT::answer);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @BeforeEach
  void browser() throws IOException {
    requested.clear();
    optionsBody = null;
    driver = ChromiumSession.start(900, 800);
  }

  @AfterEach
  void quit() {
    driver.quit();
  }

  @Test
  void takesTheContextPathFromWrmAndDecodesSavedPreferencesOnce() {
    optionsBody = options(true, List.of("R&D"));
    open("/jira");

    List<Object> calls =
        drive("render", Map.of("category", "R&amp;D", "period", "last-4-quarters"), "lessons");

    assertThat(gadgetRequests())
        .singleElement()
        .satisfies(
            url ->
                assertThat(url)
                    .startsWith(
                        "/jira" + GADGETS + "lessons?category=R%26D&period=last-4-quarters"));
    assertThat(requested)
        .filteredOn(url -> url.contains("/rest/"))
        .allSatisfy(url -> assertThat(url).startsWith("/jira/rest/"));
    assertThat(calls)
        .containsSubsequence(List.of("showLoadingBar"), List.of("hideLoadingBar"))
        .contains(List.of("resize"));
    assertThat(item().getText()).contains("the lessons view");
  }

  @Test
  void callsTheRootWhenThereIsNeitherWrmNorAGlobalAjs() {
    open(null);

    drive("render", Map.of(), "scope");

    assertThat(gadgetRequests()).singleElement().asString().startsWith(GADGETS + "scope?");
  }

  @Test
  void anEditPaneWhoseOptionsFailShowsTheItemsViewAndAWayOut() {
    open("/jira");

    drive("renderEdit", Map.of(), "predictability");

    assertThat(item().getText()).contains(NO_REPORT);
    screenshot("item-edit-options-failed.png");
    WebElement cancel = item().findElement(By.cssSelector("button.pmo-cancel"));
    cancel.click();
    assertThat(recordedCalls()).contains(List.of("closeEdit"));
  }

  @Test
  void beforeTheFirstRunTheFormStillOpensSaysWhyItIsEmptyAndSaves() {
    optionsBody = options(false, List.of());
    open("/jira");

    drive("renderEdit", Map.of(), "lessons");

    assertThat(item().findElement(By.cssSelector(".pmo-note")).getText()).isEqualTo(NO_REPORT);
    screenshot("item-edit-before-first-run.png");
    new Select(item().findElement(By.cssSelector("select[id^='pmo-period']")))
        .selectByValue("last-8-quarters");
    item().findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(recordedCalls())
        .contains(List.of("savePreferences", Map.of("category", "", "period", "last-8-quarters")));
  }

  @Test
  void keepsAHostileCategorySelectedAndShowsItAsText() {
    String hostile = "<img src=x onerror=\"window.pwned=1\"> & 'Q'";
    optionsBody = options(true, List.of("R&D", hostile, "Ops"));
    open("/jira");

    drive(
        "renderEdit",
        Map.of(
            "category", "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; &amp; &#39;Q&#39;"),
        "scorecard");

    Select category = new Select(item().findElement(By.cssSelector("select[id^='pmo-category']")));
    assertThat(category.getFirstSelectedOption().getAttribute("value")).isEqualTo(hostile);
    assertThat(item().findElements(By.tagName("img"))).isEmpty();
    assertThat(driver.executeScript("return window.pwned === undefined;")).isEqualTo(true);
    category.selectByValue("R&D");
    item().findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(recordedCalls())
        .contains(List.of("savePreferences", Map.of("category", "R&D", "period", "all")));
  }

  private void open(String contextPath) {
    String query = contextPath == null ? "" : "?contextPath=" + contextPath;
    driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/jira/harness.html" + query);
  }

  /** Builds the item as Jira does and calls one of its methods; answers the API's calls. */
  private List<Object> drive(String method, Map<String, String> preferences, String gadget) {
    Object calls =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var Item = requireModule('pmo-buyin/gadget/' + arguments[2]);"
                + "window.api = recordingApi();"
                + "var item = new Item(window.api);"
                + "item[arguments[0]](wrapped(document.getElementById('item')), arguments[1])"
                + "  .then(function () { done(window.api.calls); },"
                + "        function (e) { done('failed: ' + e); });",
            method,
            preferences,
            gadget);
    assertThat(calls).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) calls;
    return list;
  }

  @SuppressWarnings("unchecked")
  /** What the pane looks like, for a person to check (target/screenshots/). */
  private void screenshot(String name) {
    try {
      java.nio.file.Files.createDirectories(DashboardBrowserIT.SCREENSHOTS);
      java.nio.file.Files.write(
          DashboardBrowserIT.SCREENSHOTS.resolve(name),
          item().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Object> recordedCalls() {
    return (List<Object>) driver.executeScript("return window.api.calls;");
  }

  private WebElement item() {
    return driver.findElement(By.id("item"));
  }

  private static List<String> gadgetRequests() {
    return requested.stream()
        .filter(url -> url.contains(GADGETS) && !url.contains("/options"))
        .toList();
  }

  private static String options(boolean mined, List<String> categories) {
    StringBuilder json = new StringBuilder("{\"mined\":" + mined + ",\"categories\":[");
    for (int i = 0; i < categories.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(jsonText(categories.get(i))).append('"');
    }
    return json.append(
            "],\"periods\":[{\"id\":\"all\",\"label\":\"closed at any time\"},"
                + "{\"id\":\"last-8-quarters\",\"label\":\"closed in the last 8 quarters\"}],"
                + "\"labels\":{\"category\":\"Project category\",\"period\":\"Period\","
                + "\"allCategories\":\"All categories\",\"save\":\"Save\",\"cancel\":\"Cancel\","
                + "\"failed\":\"Could not load:\",\"noReport\":\""
                + NO_REPORT
                + "\"}}")
        .toString();
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    requested.add(path + (query == null ? "" : "?" + query));
    String local = path.startsWith("/jira/") ? path.substring("/jira".length()) : path;
    if (local.equals("/harness.html")) {
      send(exchange, 200, "text/html", harnessPage());
    } else if (local.equals("/harness/amd.js")) {
      send(exchange, 200, "text/javascript", resource("/browser/amd-harness.js"));
    } else if (local.startsWith("/web/")) {
      send(exchange, 200, local.endsWith(".css") ? "text/css" : "text/javascript", resource(local));
    } else if (local.equals(GADGETS + "options")) {
      String body = optionsBody;
      if (body == null) {
        send(exchange, 404, "application/json", "{\"message\":\"not found\"}");
      } else {
        send(exchange, 200, "application/json", body);
      }
    } else if (local.startsWith(GADGETS)) {
      String gadget = URLDecoder.decode(local.substring(GADGETS.length()), StandardCharsets.UTF_8);
      String html =
          optionsBody == null
              ? "<p class=\"pmo-empty\">" + NO_REPORT + "</p>"
              : "<div class=\"pmo-gadget\">the " + gadget + " view</div>";
      send(exchange, 200, "text/html", html);
    } else {
      send(exchange, 404, "text/plain", "no such thing");
    }
  }

  private static String harnessPage() {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>item</title>"
        + "<link rel=\"stylesheet\" href=\"/jira/web/pmo-buyin-gadgets.css\">"
        + "<script src=\"/jira/harness/amd.js\"></script>"
        + "<script src=\"/jira/web/pmo-buyin-gadget-core.js\"></script>"
        + "<script src=\"/jira/web/pmo-buyin-dashboard-items.js\"></script>"
        + "</head><body><div id=\"item\"></div></body></html>";
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DashboardItemBrowserIT.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + ";charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
