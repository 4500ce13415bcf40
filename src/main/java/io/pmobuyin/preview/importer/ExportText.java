package io.pmobuyin.preview.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;

/**
 * An export file as JSON text in its encoding, opened as a parser from any offset. The first bytes
 * show UTF-16; anything else is read as UTF-8, given to Jackson as bytes (its fastest path), until
 * Jackson meets a byte that is not UTF-8 (see {@link #stoppedAtNonUtf8}): then the file is {@link
 * #asWindows1252() windows-1252}. Offsets are in bytes for UTF-8 and windows-1252, where bytes and
 * characters agree, in characters for UTF-16, and come after any UTF-8 byte-order mark.
 */
final class ExportText {

  /** A parser, the offset of its first byte or character within the whole text, and its bytes. */
  record Opened(JsonParser parser, long base, InputStream bytes) implements Closeable {

    /** Whether input is left beyond what the parser has read. */
    boolean hasMoreInput() throws IOException {
      if (parser.releaseBuffered(OutputStream.nullOutputStream()) > 0) {
        return true;
      }
      try {
        return bytes.read() >= 0;
      } catch (IOException closed) {
        // Jackson closes its input where the input ends.
        return false;
      }
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  private static final String NOT_UTF8 = "Invalid UTF-8";
  private static final String END_IN_FIELD_NAME = "in field name";

  private final ExportSource source;
  private final JsonFactory json;

  /** Null until the first opening has seen the first bytes. */
  private ExportEncoding encoding;

  ExportText(ExportSource source, JsonFactory json) {
    this(source, null, json);
  }

  private ExportText(ExportSource source, ExportEncoding encoding, JsonFactory json) {
    this.source = source;
    this.encoding = encoding;
    this.json = json;
  }

  /** The same file decoded as windows-1252, for a file that turned out not to be UTF-8. */
  ExportText asWindows1252() {
    return new ExportText(source, ExportEncoding.WINDOWS_1252, json);
  }

  /**
   * @param offset where to start
   * @param afterLineEnd start after the end of the line the offset is in instead
   */
  Opened open(long offset, boolean afterLineEnd) throws IOException {
    InputStream in = source.open();
    try {
      PushbackInputStream bytes = new PushbackInputStream(in, 3);
      byte[] head = new byte[3];
      int n = bytes.readNBytes(head, 0, 3);
      if (encoding == null) {
        encoding = ExportEncoding.ofFirstBytes(head, n);
      }
      boolean utf8Mark =
          n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
      // Dropped for windows-1252 too: a tool that wrote the mark took the file for UTF-8.
      if (!utf8Mark) {
        bytes.unread(head, 0, n);
      }
      if (encoding.offsetsCountBytes()) {
        bytes.skipNBytes(offset);
        long base = afterLineEnd ? offset + skipLine(bytes) : offset;
        JsonParser parser =
            encoding == ExportEncoding.UTF_8
                ? json.createParser(bytes)
                : json.createParser(new InputStreamReader(bytes, encoding.charset));
        return new Opened(parser, base, bytes);
      }
      Reader reader = new InputStreamReader(bytes, encoding.charset);
      skipChars(reader, offset);
      long base = afterLineEnd ? offset + skipLine(reader) : offset;
      return new Opened(json.createParser(reader), base, bytes);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  long offsetOf(JsonLocation location) {
    return encoding == ExportEncoding.UTF_8 ? location.getByteOffset() : location.getCharOffset();
  }

  /**
   * Whether Jackson stopped because the bytes are not UTF-8, rather than because the JSON is
   * broken. It checks UTF-8 as it goes, also in text it passes over unread, and says "Invalid
   * UTF-8" where a sequence is wrong; a byte such as {@code 0xE9} at the very end of a field name
   * looks to it like a character cut off by the end of the input, which input behind it disproves.
   */
  boolean stoppedAtNonUtf8(JsonProcessingException e, Opened opened) throws IOException {
    if (encoding != ExportEncoding.UTF_8 || e.getOriginalMessage() == null) {
      return false;
    }
    String message = e.getOriginalMessage();
    return message.startsWith(NOT_UTF8)
        || (e instanceof JsonEOFException
            && message.endsWith(END_IN_FIELD_NAME)
            && opened.hasMoreInput());
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
