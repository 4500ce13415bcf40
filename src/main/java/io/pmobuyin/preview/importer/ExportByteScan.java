package io.pmobuyin.preview.importer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A cheap first pass over a file's bytes, before any issue is read: which encoding the file has
 * (UTF-8, UTF-16, else windows-1252), and the {@code names} maps it holds (see {@link
 * NamesMapCapture}).
 *
 * <p>Why a pass of its own: an encoding found out halfway through would mean reading the file again
 * and delivering its first issues twice. Checking UTF-8 costs a fraction of parsing the JSON, and
 * the file is never held in memory.
 */
final class ExportByteScan {

  /**
   * @param namesMaps the raw {@code names} objects; null where bytes cannot show them (UTF-16)
   */
  record Result(ExportEncoding encoding, List<byte[]> namesMaps) {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long LETTER_N = 0x6E6E6E6E6E6E6E6EL;

  private final NamesMapCapture names = new NamesMapCapture();
  private boolean utf8 = true;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;

  private ExportByteScan() {}

  /**
   * Scans a file. A failure while reading (a damaged gzip) ends the scan quietly: the reading pass
   * meets the same failure at the same place and reports it with the issue it was in.
   */
  static Result scan(ExportSource source) throws IOException {
    try (InputStream in = source.open()) {
      byte[] buffer = new byte[1 << 16];
      int head = in.readNBytes(buffer, 0, 2);
      ExportEncoding utf16 = head == 2 ? utf16(buffer[0] & 0xFF, buffer[1] & 0xFF) : null;
      if (utf16 != null) {
        return new Result(utf16, null);
      }
      ExportByteScan scan = new ExportByteScan();
      scan.accept(buffer, head);
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          scan.accept(buffer, n);
        }
      } catch (IOException damaged) {
        return scan.result();
      }
      // A multi-byte sequence cut off by the end of the file is not UTF-8.
      scan.utf8 &= scan.pending == 0;
      return scan.result();
    }
  }

  /** UTF-16 by byte-order mark, or by the zero byte beside the first ASCII character of JSON. */
  private static ExportEncoding utf16(int first, int second) {
    if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
      return ExportEncoding.UTF_16;
    }
    if (first == 0 && second != 0) {
      return ExportEncoding.UTF_16BE;
    }
    if (first != 0 && second == 0) {
      return ExportEncoding.UTF_16LE;
    }
    return null;
  }

  private Result result() {
    return new Result(
        utf8 ? ExportEncoding.UTF_8 : ExportEncoding.WINDOWS_1252, List.copyOf(names.maps()));
  }

  private void accept(byte[] buffer, int length) {
    int i = 0;
    while (i < length) {
      // Most bytes are plain ASCII that cannot start a "names" key: pass over them in a tight loop.
      if (pending == 0 && names.idle()) {
        i = skipPlain(buffer, i, length);
        if (i == length) {
          return;
        }
      }
      int b = buffer[i++] & 0xFF;
      if ((b >= 0x80 || pending > 0) && utf8 && !validate(b)) {
        utf8 = false;
        pending = 0;
      }
      names.accept(b);
    }
  }

  /**
   * The index of the next byte that is not ASCII or may start a "names" key. Looks at eight bytes
   * at a time (SWAR): a JSON export has a quote in most of them, so only where a quote is followed
   * by an {@code n} is the key itself compared.
   */
  private static int skipPlain(byte[] buffer, int from, int length) {
    int i = from;
    while (i + Long.BYTES <= length) {
      long word = (long) LONGS.get(buffer, i);
      if ((word & HIGH_BITS) != 0) {
        int stop = firstStop(buffer, i, i + Long.BYTES, length);
        if (stop >= 0) {
          return stop;
        }
        i += Long.BYTES;
        continue;
      }
      long quotes = equalBytes(word, QUOTES);
      if (quotes != 0) {
        // Flags on the bytes that are an 'n' right after a quote (little-endian: next is higher).
        for (long pairs = (quotes << 8) & equalBytes(word, LETTER_N);
            pairs != 0;
            pairs &= pairs - 1) {
          int quote = i + (Long.numberOfTrailingZeros(pairs) >>> 3) - 1;
          if (NamesMapCapture.mayStartKey(buffer, quote, length)) {
            return quote;
          }
        }
        int last = i + Long.BYTES - 1;
        if (quotes >>> 56 != 0 && NamesMapCapture.mayStartKey(buffer, last, length)) {
          return last;
        }
      }
      i += Long.BYTES;
    }
    int stop = firstStop(buffer, i, length, length);
    return stop >= 0 ? stop : length;
  }

  private static int firstStop(byte[] buffer, int from, int to, int length) {
    for (int i = from; i < to; i++) {
      byte b = buffer[i];
      if (b < 0 || (b == '"' && NamesMapCapture.mayStartKey(buffer, i, length))) {
        return i;
      }
    }
    return -1;
  }

  /** The high bit of each byte of the word that equals the pattern's byte; exact per byte. */
  private static long equalBytes(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  /** One byte of a multi-byte sequence (RFC 3629: no overlong forms, no surrogates). */
  private boolean validate(int b) {
    if (pending > 0) {
      if (b < low || b > high) {
        return false;
      }
      pending--;
      low = 0x80;
      high = 0xBF;
      return true;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return expect(1, 0x80, 0xBF);
    }
    if (b == 0xE0) {
      return expect(2, 0xA0, 0xBF);
    }
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
      return expect(2, 0x80, 0xBF);
    }
    if (b == 0xED) {
      return expect(2, 0x80, 0x9F);
    }
    if (b == 0xF0) {
      return expect(3, 0x90, 0xBF);
    }
    if (b >= 0xF1 && b <= 0xF3) {
      return expect(3, 0x80, 0xBF);
    }
    if (b == 0xF4) {
      return expect(3, 0x80, 0x8F);
    }
    return false;
  }

  private boolean expect(int continuations, int firstLow, int firstHigh) {
    pending = continuations;
    low = firstLow;
    high = firstHigh;
    return true;
  }
}
