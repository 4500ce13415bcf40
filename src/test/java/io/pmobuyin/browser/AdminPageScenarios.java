package io.pmobuyin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmobuyin.scope.ServiceCatalogue;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every admin page scenario shares: one Chromium for the class, a fresh fake Jira per
 * scenario, and a clean console and a server that answered every request at the end of each. A
 * scenario class names the one refusal status its page shows the admin (Chromium logs those as
 * console errors).
 */
abstract class AdminPageScenarios {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static ChromeDriver driver;
  static AdminBrowser page;

  final AdminBackend backend =
      new AdminBackend(
          InMemoryCatalogueStore.holding(ServiceCatalogue.empty()), new ConcurrentHashMap<>());
  AdminPageServer server;

  /** The HTTP status of a refusal the page shows the admin; its console line is expected. */
  abstract int shownRefusal();

  @BeforeAll
  static void startChromium() throws Exception {
    driver = ChromiumSession.start(1280, 1000);
    page = new AdminBrowser(driver);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void quitChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @AfterEach
  void noScriptErrorsAndNoServerFailures() {
    try {
      assertThat(page.scriptErrors(shownRefusal())).isEmpty();
      assertThat(server.failures()).isEmpty();
    } finally {
      server.close();
    }
  }

  void open() throws Exception {
    server = AdminPageServer.start(backend);
    page.open(server);
  }
}
