package io.pmobuyin.preview.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The text encodings exports come in. */
enum ExportEncoding {
  UTF_8(StandardCharsets.UTF_8),
  /** With a byte-order mark, as Windows PowerShell writes files. */
  UTF_16(StandardCharsets.UTF_16),
  UTF_16BE(StandardCharsets.UTF_16BE),
  UTF_16LE(StandardCharsets.UTF_16LE),
  /** What a file that is not valid UTF-8 most likely is: saved by a Windows tool. */
  WINDOWS_1252(Charset.forName("windows-1252"));

  final Charset charset;

  ExportEncoding(Charset charset) {
    this.charset = charset;
  }

  /**
   * The encoding the first bytes of a file show: UTF-16 by its byte-order mark, or by the zero byte
   * beside the first character of JSON, which is ASCII. Anything else is taken as UTF-8 until a
   * byte shows otherwise (then it is {@link #WINDOWS_1252}).
   */
  static ExportEncoding ofFirstBytes(byte[] head, int length) {
    if (length < 2) {
      return UTF_8;
    }
    int first = head[0] & 0xFF;
    int second = head[1] & 0xFF;
    if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
      return UTF_16;
    }
    if (first == 0 && second != 0) {
      return UTF_16BE;
    }
    if (first != 0 && second == 0) {
      return UTF_16LE;
    }
    return UTF_8;
  }

  /**
   * Whether offsets into the text count bytes: in UTF-8, which Jackson reads as bytes, and in
   * windows-1252, where each byte is one character. So an offset found while reading a file as
   * UTF-8 holds when it is read again as windows-1252.
   */
  boolean offsetsCountBytes() {
    return this == UTF_8 || this == WINDOWS_1252;
  }
}
