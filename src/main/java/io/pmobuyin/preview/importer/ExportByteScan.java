package io.pmobuyin.preview.importer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A cheap first pass over a file's bytes, before any issue is read: which encoding the file has
 * (UTF-8, UTF-16, else windows-1252).
 *
 * <p>Why a pass of its own: an encoding found out halfway through would mean reading the file again
 * and delivering its first issues twice. Checking UTF-8 costs a fraction of parsing the JSON, and
 * the file is never held in memory.
 */
final class ExportByteScan {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private boolean utf8 = true;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;

  private ExportByteScan() {}

  /**
   * Scans a file. A failure while reading (a damaged gzip) ends the scan quietly: the reading pass
   * meets the same failure at the same place and reports it with the issue it was in.
   */
  static ExportEncoding scan(ExportSource source) throws IOException {
    try (InputStream in = source.open()) {
      byte[] buffer = new byte[1 << 16];
      int head = in.readNBytes(buffer, 0, 2);
      ExportEncoding utf16 = head == 2 ? utf16(buffer[0] & 0xFF, buffer[1] & 0xFF) : null;
      if (utf16 != null) {
        return utf16;
      }
      ExportByteScan scan = new ExportByteScan();
      scan.accept(buffer, head);
      try {
        for (int n = in.read(buffer); n >= 0 && scan.utf8; n = in.read(buffer)) {
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

  private ExportEncoding result() {
    return utf8 ? ExportEncoding.UTF_8 : ExportEncoding.WINDOWS_1252;
  }

  private void accept(byte[] buffer, int length) {
    int i = 0;
    while (i < length) {
      // Most bytes are plain ASCII: pass over them eight at a time.
      if (pending == 0) {
        while (i + Long.BYTES <= length && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
          i += Long.BYTES;
        }
        if (i == length) {
          return;
        }
      }
      int b = buffer[i++] & 0xFF;
      if ((b >= 0x80 || pending > 0) && !validate(b)) {
        utf8 = false;
        return;
      }
    }
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
