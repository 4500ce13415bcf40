package io.pmobuyin.preview.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.report.view.GadgetData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's local web server (the JDK's own): the dashboard, gadgets, CSV and brief of one
 * mined portfolio. It listens on the loopback address only: the preview is for the person at the
 * machine, and has no logins.
 */
public final class PreviewServer implements AutoCloseable {

  /**
   * The JDK server reads each request on a worker thread, so a client that sends slowly holds one
   * for as long as it likes: many workers (cheap, and idle ones go), and a deadline for a request
   * to arrive and for its answer to be taken, after which the JDK drops the connection.
   */
  static final int WORKERS = 32;

  static final String REQUEST_SECONDS = "20";
  static final String RESPONSE_SECONDS = "60";

  private final HttpServer server;
  private final ExecutorService threads;

  private PreviewServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts serving; port 0 picks a free port (see {@link #uri()}). */
  public static PreviewServer start(
      int port, GadgetData portfolio, Messages messages, Locale locale, String source)
      throws IOException {
    PreviewSite site = new PreviewSite(portfolio, messages, locale, source);
    // Read by the JDK server once, when its first server is made; a user's own setting stays.
    System.setProperty(
        "sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", REQUEST_SECONDS));
    System.setProperty(
        "sun.net.httpserver.maxRspTime",
        System.getProperty("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            PreviewServer::daemon);
    threads.allowCoreThreadTimeOut(true);
    server.setExecutor(threads);
    server.createContext("/", exchange -> handle(site, messages, exchange));
    server.start();
    return new PreviewServer(server, threads);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static void handle(PreviewSite site, Messages messages, HttpExchange exchange)
      throws IOException {
    Response response;
    try {
      response = site.answer(exchange.getRequestMethod(), exchange.getRequestURI());
    } catch (RuntimeException | IOException e) {
      response =
          Response.error(500, messages.text("pmobuyin.preview.error.internal", e.toString()));
    }
    try (exchange) {
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", response.contentType());
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Cache-Control", "no-store");
      // Everything the pages need comes from this server; nothing from anywhere else may run.
      headers.set(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
      if (response.fileName() != null) {
        headers.set("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
      }
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
      if (!head) {
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(response.body());
        }
      }
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "pmo-buyin-preview-http");
    thread.setDaemon(true);
    return thread;
  }
}
