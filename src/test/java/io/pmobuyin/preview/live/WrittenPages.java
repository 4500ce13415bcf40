package io.pmobuyin.preview.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what a pull wrote into its folder. */
final class WrittenPages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WrittenPages() {}

  /** The names of every file in the folder, sorted. */
  static List<String> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode page(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> keys(Path file) {
    List<String> keys = new ArrayList<>();
    page(file).get("issues").forEach(issue -> keys.add(issue.get("key").asText()));
    return keys;
  }

  static JsonNode issue(Path file, String key) {
    for (JsonNode issue : page(file).get("issues")) {
      if (issue.get("key").asText().equals(key)) {
        return issue;
      }
    }
    throw new AssertionError("no issue " + key + " in " + file);
  }

  static List<String> historyIds(JsonNode issue) {
    List<String> ids = new ArrayList<>();
    issue.get("changelog").get("histories").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** Everything written, as text, to look for what must not be there. */
  static String allText(Path dir) {
    StringBuilder text = new StringBuilder();
    for (String name : files(dir)) {
      try {
        text.append(Files.readString(dir.resolve(name)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }
}
