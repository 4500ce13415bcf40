package io.pmobuyin.preview.importer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An export file's bytes, decompressed if the file is gzip (known by its magic bytes, not its
 * name). Opened once per reading: where a part of a file must be read again, the importer opens it
 * again rather than hold it.
 */
final class ExportSource {

  private static final int BUFFER = 1 << 16;

  private final Path path;

  ExportSource(Path path) {
    this.path = path;
  }

  /**
   * A fresh stream from the first byte. Gzip is not buffered again: a buffer on top would lose the
   * bytes decompressed just before damaged data, which are still worth reading.
   */
  InputStream open() throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER);
    raw.mark(2);
    int first = raw.read();
    int second = raw.read();
    raw.reset();
    if (first == 0x1f && second == 0x8b) {
      return new GZIPInputStream(raw, BUFFER);
    }
    return raw;
  }

  /** A read failure in plain words, without a stack trace. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException || e instanceof EOFException) {
      return "the gzip data is damaged or cut short";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
