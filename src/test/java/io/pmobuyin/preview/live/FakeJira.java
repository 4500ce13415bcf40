package io.pmobuyin.preview.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Jira REST API on 127.0.0.1 for the tests: each path answers as the test says, every request is
 * recorded, and a path nobody set answers 404 as Jira does. {@link #servesSearch} and {@link
 * #servesChangelog} page through issues the way Jira does.
 */
final class FakeJira implements AutoCloseable {

  /** One request as the fake received it. */
  record Asked(String path, Map<String, String> query, Map<String, String> headers) {

    String param(String name) {
      return query.get(name);
    }

    int intParam(String name) {
      return Integer.parseInt(query.get(name));
    }

    /** A header, by its name in any case. */
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** An answer; status -1 hangs up without answering. */
  record Reply(int status, String body, Map<String, String> headers) {

    static Reply json(String body) {
      return new Reply(200, body, Map.of("Content-Type", "application/json;charset=UTF-8"));
    }

    static Reply status(int status, String jsonBody) {
      return new Reply(status, jsonBody, Map.of("Content-Type", "application/json;charset=UTF-8"));
    }

    static Reply html(String body) {
      return new Reply(200, body, Map.of("Content-Type", "text/html;charset=UTF-8"));
    }

    static Reply hangUp() {
      return new Reply(-1, "", Map.of());
    }

    Reply withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, body, more);
    }
  }

  private final HttpServer server;
  private final String contextPath;
  private final Map<String, Function<Asked, Reply>> answers = new ConcurrentHashMap<>();
  private final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());

  private FakeJira(String contextPath) throws IOException {
    this.contextPath = contextPath;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeJira start() {
    return start("");
  }

  /**
   * @param contextPath such as {@code /jira}, or empty
   */
  static FakeJira start(String contextPath) {
    try {
      return new FakeJira(contextPath);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The address of Jira, with the context path and no trailing slash. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + contextPath);
  }

  /** A client that speaks plain HTTP/1.1, as the fake does, and never waits long. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * @param path under the context path, such as {@code /rest/api/2/search}
   */
  FakeJira answer(String path, Function<Asked, Reply> answer) {
    answers.put(path, answer);
    return this;
  }

  /** Answers the path's requests with these replies in turn, the last one over and over. */
  FakeJira answerInTurn(String path, Reply... replies) {
    Deque<Reply> left = new ArrayDeque<>(List.of(replies));
    return answer(path, asked -> left.size() > 1 ? left.poll() : left.peek());
  }

  /**
   * Data Center's search over these issues: the page {@code startAt} and {@code maxResults} ask
   * for, but never more than {@code mostPerPage} issues, with the total.
   */
  FakeJira servesSearch(List<String> issues, int mostPerPage) {
    return answer(
        "/rest/api/2/search",
        asked -> {
          int startAt = asked.intParam("startAt");
          int size = Math.min(asked.intParam("maxResults"), mostPerPage);
          int end = Math.min(issues.size(), startAt + size);
          List<String> page = startAt >= end ? List.of() : issues.subList(startAt, end);
          return Reply.json(JiraJson.searchPage(startAt, size, issues.size(), page));
        });
  }

  /** The changelog endpoint for one issue: {@code mostPerPage} entries a request at most. */
  FakeJira servesChangelog(String key, List<String> histories, int mostPerPage) {
    return answer(
        "/rest/api/2/issue/" + key + "/changelog",
        asked -> {
          int startAt = asked.intParam("startAt");
          int size = Math.min(asked.intParam("maxResults"), mostPerPage);
          int end = Math.min(histories.size(), startAt + size);
          List<String> page = startAt >= end ? List.of() : histories.subList(startAt, end);
          return Reply.json(JiraJson.changelogPage(startAt, size, histories.size(), page));
        });
  }

  List<Asked> asked() {
    synchronized (asked) {
      return List.copyOf(asked);
    }
  }

  List<Asked> asked(String path) {
    return asked().stream().filter(a -> a.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath();
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
      Reply reply;
      if (!path.startsWith(contextPath + "/")) {
        reply = Reply.status(404, "{\"errorMessages\":[\"no such context\"]}");
        asked.add(new Asked("outside the context path: " + path, query(uri), headers));
      } else {
        String inContext =
            URLDecoder.decode(path.substring(contextPath.length()), StandardCharsets.UTF_8);
        Asked request = new Asked(inContext, query(uri), headers);
        asked.add(request);
        Function<Asked, Reply> answer = answers.get(inContext);
        reply =
            answer == null
                ? Reply.status(404, "{\"errorMessages\":[\"Null\"]}")
                : answer.apply(request);
      }
      if (reply.status() < 0) {
        return;
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
