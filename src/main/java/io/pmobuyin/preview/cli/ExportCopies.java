package io.pmobuyin.preview.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A large export of real shape made from a small real one: every issue written {@code copies} times
 * as JSON Lines, each copy in projects of its own (ABC becomes ABC, ABCX2, ABCX3…, keys and ids to
 * match), so the bench reads issues as long, as deep in history and as varied as real ones
 * (generated issues are four times smaller) in a portfolio as large as it needs.
 */
final class ExportCopies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportCopies() {}

  /** Writes the copies to {@code target}; returns how many issues it wrote. */
  static long write(List<Path> inputs, int copies, Path target) throws IOException {
    List<ObjectNode> issues = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : files(input)) {
        read(file, issues::add);
      }
    }
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        JsonGenerator json = JSON.createGenerator(out)) {
      for (int copy = 1; copy <= copies; copy++) {
        for (ObjectNode issue : issues) {
          JSON.writeTree(json, copy == 1 ? issue : renamed(issue, copy));
          json.writeRaw('\n');
          written++;
        }
      }
    }
    return written;
  }

  private static List<Path> files(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> listed = Files.list(input)) {
      return listed.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Every issue of a file: pages of issues, lists of issues, single issues or JSON Lines. */
  private static void read(Path file, Consumer<ObjectNode> issue) throws IOException {
    try (JsonParser in = JSON.createParser(file.toFile())) {
      while (in.nextToken() != null) {
        JsonNode value = JSON.readTree(in);
        if (value.has("issues")) {
          value.get("issues").forEach(node -> take(node, issue));
        } else if (value.isArray()) {
          value.forEach(node -> take(node, issue));
        } else {
          take(value, issue);
        }
      }
    }
  }

  private static void take(JsonNode node, Consumer<ObjectNode> issue) {
    if (node instanceof ObjectNode object && object.hasNonNull("key")) {
      issue.accept(object);
    }
  }

  private static ObjectNode renamed(ObjectNode issue, int copy) {
    ObjectNode renamed = issue.deepCopy();
    String key = issue.get("key").asText();
    int dash = key.lastIndexOf('-');
    String suffix = "X" + copy;
    renamed.put(
        "key", dash < 0 ? key + suffix : key.substring(0, dash) + suffix + key.substring(dash));
    if (issue.hasNonNull("id")) {
      renamed.put("id", issue.get("id").asText() + "0" + copy);
    }
    JsonNode project = issue.path("fields").path("project");
    if (project instanceof ObjectNode) {
      ObjectNode copied = (ObjectNode) renamed.path("fields").path("project");
      if (project.hasNonNull("key")) {
        copied.put("key", project.get("key").asText() + suffix);
      }
      if (project.hasNonNull("id")) {
        copied.put("id", project.get("id").asText() + "0" + copy);
      }
      if (project.hasNonNull("name")) {
        copied.put("name", project.get("name").asText() + " " + suffix);
      }
    }
    return renamed;
  }
}
