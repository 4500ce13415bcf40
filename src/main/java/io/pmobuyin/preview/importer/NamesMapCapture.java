package io.pmobuyin.preview.importer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the {@code "names": {...}} objects out of a file's bytes as they stream past, so that the
 * custom field names are known before the issues are read without parsing the file twice. Jira
 * writes {@code names} after the issues, too late for the reading pass itself.
 *
 * <p>A match is a {@code "names"} key followed by a colon and an object; the object is copied up to
 * its closing brace (strings and escapes respected). Maps are small; a larger one than {@link
 * #LIMIT} is not a names map and is dropped.
 */
final class NamesMapCapture {

  static final int LIMIT = 8 << 20;

  private static final byte[] KEY = {'"', 'n', 'a', 'm', 'e', 's', '"'};

  private enum State {
    SEEK,
    AFTER_KEY,
    AFTER_COLON,
    COPY
  }

  private final Set<ByteBuffer> maps = new LinkedHashSet<>();
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private State state = State.SEEK;
  private int matched;
  private int depth;
  private boolean inString;
  private boolean escaped;

  /** True while no match is under way: bytes other than a quote cannot start one. */
  boolean idle() {
    return state == State.SEEK && matched == 0;
  }

  /**
   * Whether the key may start at this quote: false only if the buffer shows it does not, so that a
   * caller can pass over the quote without feeding it in.
   */
  static boolean mayStartKey(byte[] buffer, int at, int length) {
    if (at + KEY.length > length) {
      return true;
    }
    for (int k = 1; k < KEY.length; k++) {
      if (buffer[at + k] != KEY[k]) {
        return false;
      }
    }
    return true;
  }

  void accept(int b) {
    switch (state) {
      case SEEK -> seek(b);
      case AFTER_KEY -> {
        if (b == ':') {
          state = State.AFTER_COLON;
        } else if (!isSpace(b)) {
          restart(b);
        }
      }
      case AFTER_COLON -> {
        if (b == '{') {
          state = State.COPY;
          depth = 1;
          copy.reset();
          copy.write(b);
        } else if (!isSpace(b)) {
          restart(b);
        }
      }
      case COPY -> copy(b);
    }
  }

  List<byte[]> maps() {
    return maps.stream().map(ByteBuffer::array).toList();
  }

  // The quote occurs in the key only first and last, so on a mismatch only a quote restarts it.
  private void seek(int b) {
    if (b == KEY[matched]) {
      matched++;
      if (matched == KEY.length) {
        matched = 0;
        state = State.AFTER_KEY;
      }
    } else {
      matched = b == '"' ? 1 : 0;
    }
  }

  private void restart(int b) {
    state = State.SEEK;
    matched = 0;
    seek(b);
  }

  private void copy(int b) {
    copy.write(b);
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (b == '\\') {
        escaped = true;
      } else if (b == '"') {
        inString = false;
      }
    } else if (b == '"') {
      inString = true;
    } else if (b == '{') {
      depth++;
    } else if (b == '}' && --depth == 0) {
      maps.add(ByteBuffer.wrap(copy.toByteArray()));
      state = State.SEEK;
    }
    if (state == State.COPY && copy.size() > LIMIT) {
      state = State.SEEK;
      inString = false;
      escaped = false;
    }
  }

  private static boolean isSpace(int b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
