package io.pmobuyin.preview.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The scripts, styles and images the pages use, from the classpath: the app's shared {@code web/}
 * folder and the preview's own {@code preview/} folder, nothing else.
 */
final class StaticResources {

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  private StaticResources() {}

  /** The resource at a URL path such as {@code /web/x.css}; empty for anything else. */
  static Optional<Response> at(String path) throws IOException {
    boolean allowed =
        (path.startsWith("/web/") || path.startsWith("/preview/"))
            && path.matches("/[a-z]+/[A-Za-z0-9._-]+")
            && !path.contains("..");
    if (!allowed) {
      return Optional.empty();
    }
    String extension = path.substring(path.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = StaticResources.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Response(200, type, in.readAllBytes(), null));
    }
  }
}
