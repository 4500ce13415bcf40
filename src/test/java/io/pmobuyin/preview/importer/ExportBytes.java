package io.pmobuyin.preview.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Bytes of export files as tests need them: gzipped, in other encodings, hard to compress. */
final class ExportBytes {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ExportBytes() {}

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  /** Text gzip cannot shrink much, so that half the compressed file is about half the text. */
  static String randomHex(int length) {
    Random random = new Random(length);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(Long.toHexString(random.nextLong()));
    }
    return text.toString();
  }
}
