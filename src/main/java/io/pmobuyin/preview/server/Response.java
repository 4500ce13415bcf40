package io.pmobuyin.preview.server;

import java.nio.charset.StandardCharsets;

/**
 * One answer of the preview server.
 *
 * @param fileName for downloads (Content-Disposition: attachment); null to show inline
 */
record Response(int status, String contentType, byte[] body, String fileName) {

  static Response html(String html) {
    return new Response(200, "text/html; charset=utf-8", bytes(html), null);
  }

  static Response json(String json) {
    return new Response(200, "application/json; charset=utf-8", bytes(json), null);
  }

  static Response csv(String csv, String fileName) {
    return new Response(200, "text/csv; charset=utf-8", bytes(csv), fileName);
  }

  static Response error(int status, String message) {
    String json = "{\"status\":" + status + ",\"message\":" + quoted(message) + "}";
    return new Response(status, "application/json; charset=utf-8", bytes(json), null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '<' -> json.append("\\u003c");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
