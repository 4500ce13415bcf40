package io.pmobuyin.preview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program stopped (Ctrl-C, a kill) halfway through a pull from Jira leaves none of the pulled
 * pages behind in the temporary folder.
 */
class StoppedPullTest {

  @TempDir Path temp;

  @Test
  void deletesThePulledPagesWhenStoppedHalfway() throws Exception {
    CountDownLatch secondPageAsked = new CountDownLatch(1);
    HttpServer jira =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    var answering = Executors.newCachedThreadPool();
    jira.setExecutor(answering);
    jira.createContext(
        "/",
        exchange -> {
          boolean first = exchange.getRequestURI().getRawQuery().contains("startAt=0");
          if (!first) {
            // Jira is slow to give the second page: the program is stopped meanwhile.
            secondPageAsked.countDown();
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] page =
              ("{\"startAt\":0,\"maxResults\":1,\"total\":2,\"issues\":[{\"key\":\"ST-1\","
                      + "\"fields\":{\"created\":\"2024-01-01T00:00:00Z\"}}]}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    jira.start();
    try {
      Process preview =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Djava.io.tmpdir=" + temp,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.pmobuyin.preview.PreviewMain",
                  "serve",
                  "--jira",
                  "http://127.0.0.1:" + jira.getAddress().getPort(),
                  "--token",
                  "pat-ST0PPED",
                  "--port",
                  "0")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(secondPageAsked.await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(pulledFolders()).hasSize(1);
      assertThat(Files.list(pulledFolders().get(0)).toList()).isNotEmpty();

      preview.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
      assertThat(preview.waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(pulledFolders()).isEmpty();
    } finally {
      jira.stop(0);
      answering.shutdownNow();
    }
  }

  private List<Path> pulledFolders() throws Exception {
    try (var entries = Files.list(temp)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("pmo-buyin-jira")).toList();
    }
  }
}
