package io.pmobuyin.preview.cli;

import io.pmobuyin.preview.sample.SamplePortfolio;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the bench reads: one JSON Lines file, generated or copied from a real export.
 *
 * @param description what it is, for the first line of the table
 */
record BenchInput(Path file, long issues, long bytes, String description) {

  static BenchInput generated(Path dir, long issues) throws IOException {
    Path file = dir.resolve("generated.jsonl");
    try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      SamplePortfolio.standard().writeJsonLines(target, issues);
    }
    return new BenchInput(file, issues, Files.size(file), "generated issues");
  }

  static BenchInput copied(List<Path> inputs, int copies, Path dir) throws IOException {
    Path file = dir.resolve("copied.jsonl");
    long issues = ExportCopies.write(inputs, copies, file);
    String what =
        copies == 1
            ? "issues of " + inputs
            : copies + " copies of the issues of " + inputs + ", each in projects of its own";
    return new BenchInput(file, issues, Files.size(file), what);
  }

  /** A small input of the same kind, for the JIT to settle on before anything is timed. */
  BenchInput warmUp(Path dir, long atMost) throws IOException {
    if (issues <= atMost) {
      return this;
    }
    Path part = dir.resolve("warm-up.jsonl");
    try (var lines = Files.lines(file)) {
      Files.write(part, (Iterable<String>) lines.limit(atMost)::iterator);
    }
    return new BenchInput(part, atMost, Files.size(part), "warm-up");
  }
}
