package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;

/**
 * An export file as JSON text in its encoding, opened as a parser from any offset. UTF-8 goes to
 * Jackson as bytes (its fastest path); other encodings through a reader. Offsets are in bytes for
 * UTF-8 (after any byte-order mark) and in characters otherwise, as Jackson reports them.
 */
final class ExportText {

  /** A parser and the offset of its first byte or character within the whole text. */
  record Opened(JsonParser parser, long base) implements Closeable {
    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  private final ExportSource source;
  private final ExportEncoding encoding;
  private final JsonFactory json;

  ExportText(ExportSource source, ExportEncoding encoding, JsonFactory json) {
    this.source = source;
    this.encoding = encoding;
    this.json = json;
  }

  Opened open() throws IOException {
    return open(0, false);
  }

  /**
   * @param offset where to start
   * @param afterLineEnd start after the end of the line the offset is in instead
   */
  Opened open(long offset, boolean afterLineEnd) throws IOException {
    InputStream in = source.open();
    try {
      if (encoding == ExportEncoding.UTF_8) {
        InputStream bytes = withoutByteOrderMark(in);
        bytes.skipNBytes(offset);
        long base = afterLineEnd ? offset + skipLine(bytes) : offset;
        return new Opened(json.createParser(bytes), base);
      }
      Reader reader = new InputStreamReader(in, encoding.charset);
      skipChars(reader, offset);
      long base = afterLineEnd ? offset + skipLine(reader) : offset;
      return new Opened(json.createParser(reader), base);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  long offsetOf(JsonLocation location) {
    return encoding == ExportEncoding.UTF_8 ? location.getByteOffset() : location.getCharOffset();
  }

  private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = pushback.readNBytes(head, 0, 3);
    boolean mark =
        n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    if (!mark) {
      pushback.unread(head, 0, n);
    }
    return pushback;
  }

  private static long skipLine(InputStream in) throws IOException {
    long count = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      count++;
      if (b == '\n') {
        break;
      }
    }
    return count;
  }

  private static long skipLine(Reader in) throws IOException {
    long count = 0;
    for (int c = in.read(); c >= 0; c = in.read()) {
      count++;
      if (c == '\n') {
        break;
      }
    }
    return count;
  }

  private static void skipChars(Reader reader, long count) throws IOException {
    long left = count;
    while (left > 0) {
      long skipped = reader.skip(left);
      if (skipped <= 0) {
        return;
      }
      left -= skipped;
    }
  }
}
