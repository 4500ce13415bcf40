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
}
