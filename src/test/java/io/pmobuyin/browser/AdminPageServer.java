package io.pmobuyin.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pmobuyin.jira.admin.AdminPageView;
import io.pmobuyin.preview.i18n.Messages;
import io.pmobuyin.preview.render.PreviewTemplates;
import io.pmobuyin.testing.InMemoryCatalogueStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin page as a Jira admin gets it, on a local JDK server under a context path: the real
 * template rendered the way Jira renders it, the real scripts and styles where Jira's web resource
 * would add them (in the head), and {@link AdminRestApi} behind the REST paths. A second page
 * stands for any other admin page, which gets the same script.
 */
final class AdminPageServer implements AutoCloseable {

  private static final String CONTEXT_PATH = "/jira";
  private static final String PAGE = CONTEXT_PATH + "/plugins/servlet/pmo-buyin/admin";
  private static final String OTHER_ADMIN_PAGE = CONTEXT_PATH + "/secure/admin/OtherPage.jspa";
  private static final String REST = CONTEXT_PATH + "/rest/pmo-buyin/1.0";
  private static final String WEB = CONTEXT_PATH + "/download/resources/pmo-buyin-admin/";
  private static final String TEMPLATE = "templates/admin/admin-page.vm";

  /** The admin web resource's files, in the order the descriptor lists them (Jira's order). */
  private static final List<String> ASSETS = webResourceFiles();

  /** What Jira's web resource adds to every admin page, with an empty icon for a quiet console. */
  private static final String HEAD =
      "<link rel=\"icon\" href=\"data:,\">"
          + ASSETS.stream()
              .map(
                  name ->
                      name.endsWith(".css")
                          ? "<link rel=\"stylesheet\" href=\"" + WEB + name + "\">"
                          : "<script src=\"" + WEB + name + "\"></script>")
              .collect(Collectors.joining());

  private final HttpServer server;
  private final AdminRestApi api;
  private final String page;
  private final AtomicInteger restCalls = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();

  private AdminPageServer(HttpServer server, AdminRestApi api, String page) {
    this.server = server;
    this.api = api;
    this.page = page;
  }

  /** Serves the page over this catalogue and these plugin settings, both changed in place. */
  static AdminPageServer start(InMemoryCatalogueStore store, Map<String, Object> settings)
      throws IOException {
    return start(new AdminBackend(store, settings));
  }

  /** Serves the page over the backend's stores, changed in place. */
  static AdminPageServer start(AdminBackend backend) throws IOException {
    String rendered =
        new PreviewTemplates(Messages.forLocale(Locale.ENGLISH))
            .render(TEMPLATE, Map.of("page", new AdminPageView("1.0.0-test", REST)));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AdminPageServer site =
        new AdminPageServer(
            server, new AdminRestApi(backend), rendered.replace("</head>", HEAD + "</head>"));
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  URI page() {
    return address(PAGE);
  }

  URI otherAdminPage() {
    return address(OTHER_ADMIN_PAGE);
  }

  /** How many requests reached the REST API. */
  int restCalls() {
    return restCalls.get();
  }

  /** Requests the server failed to answer, each with its exception; empty when all went well. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private URI address(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    try {
      if (path.startsWith(REST + "/")) {
        restCalls.incrementAndGet();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readAllBytes();
        }
        AdminRestApi.Answer answer =
            api.answer(method, path.substring(REST.length()), exchange.getRequestHeaders(), body);
        send(exchange, answer.status(), "application/json", answer.json());
      } else if (method.equals("GET") && path.equals(PAGE)) {
        send(exchange, 200, "text/html", page);
      } else if (method.equals("GET") && path.equals(OTHER_ADMIN_PAGE)) {
        send(exchange, 200, "text/html", "<html><head>" + HEAD + "</head><body></body></html>");
      } else if (method.equals("GET") && path.startsWith(WEB)) {
        sendAsset(exchange, path.substring(WEB.length()));
      } else {
        send(exchange, 404, "text/plain", "");
      }
    } catch (IOException | RuntimeException e) {
      failures.add(method + " " + path + ": " + e);
      throw e;
    } finally {
      exchange.close();
    }
  }

  private static void sendAsset(HttpExchange exchange, String name) throws IOException {
    if (!ASSETS.contains(name)) {
      send(exchange, 404, "text/plain", "");
      return;
    }
    try (InputStream in = AdminPageServer.class.getResourceAsStream("/web/" + name)) {
      String type = name.endsWith(".js") ? "text/javascript" : "text/css";
      send(exchange, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** How many scripts the web resource puts on the page: any other would be injected. */
  static int scripts() {
    return (int) ASSETS.stream().filter(name -> name.endsWith(".js")).count();
  }

  private static List<String> webResourceFiles() {
    try (InputStream in =
        AdminPageServer.class.getResourceAsStream("/META-INF/plugin-descriptors/admin.xml")) {
      String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher resource =
          Pattern.compile("<resource type=\"download\" name=\"([^\"]+)\" location=\"web/\\1\"/>")
              .matcher(descriptor);
      List<String> names = new ArrayList<>();
      while (resource.find()) {
        names.add(resource.group(1));
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
