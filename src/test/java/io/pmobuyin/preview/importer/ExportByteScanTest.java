package io.pmobuyin.preview.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportByteScanTest {

  @TempDir Path folder;

  private ExportEncoding scan(byte[] content) throws IOException {
    Path file = Files.write(folder.resolve("export.json"), content);
    return ExportByteScan.scan(new ExportSource(file));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void takesValidUtf8WithUmlautsAsUtf8() throws IOException {
    ExportEncoding result = scan(utf8("{\"name\": \"Café Müller 🚀\"}"));

    assertThat(result).isEqualTo(ExportEncoding.UTF_8);
  }

  @Test
  void takesBytesThatAreNotUtf8AsWindows1252() throws IOException {
    ExportEncoding result =
        scan("{\"name\": \"Café Müller\"}".getBytes(Charset.forName("windows-1252")));

    assertThat(result).isEqualTo(ExportEncoding.WINDOWS_1252);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndSequencesCutOffAtTheEnd() throws IOException {
    assertThat(scan(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}))
        .isEqualTo(ExportEncoding.WINDOWS_1252);
    assertThat(scan(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
        .isEqualTo(ExportEncoding.WINDOWS_1252);
    assertThat(scan(new byte[] {'"', 'x', (byte) 0xE2, (byte) 0x82}))
        .isEqualTo(ExportEncoding.WINDOWS_1252);
  }

  @Test
  void recognisesUtf16WithAndWithoutByteOrderMark() throws IOException {
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16)))
        .isEqualTo(ExportEncoding.UTF_16);
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE)))
        .isEqualTo(ExportEncoding.UTF_16LE);
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE)))
        .isEqualTo(ExportEncoding.UTF_16BE);
  }

  @Test
  void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
    ExportEncoding result =
        scan(gzip(utf8("{\"names\":{\"customfield_1\":\"Sprint\"},\"x\":\"Café\"}")));

    assertThat(result).isEqualTo(ExportEncoding.UTF_8);
  }

  @Test
  void endsQuietlyWhereGzipDataIsCutShort() throws IOException {
    byte[] whole = gzip(utf8("{\"names\":{\"a\":\"b\"}}" + incompressible(100_000)));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    ExportEncoding result = scan(cut);

    assertThat(result).isEqualTo(ExportEncoding.UTF_8);
  }

  /** A JSON object gzip cannot shrink much, so that half the compressed file is half the text. */
  static String incompressible(int length) {
    return "{\"x\":\"" + randomHex(length) + "\"}";
  }

  static String randomHex(int length) {
    java.util.Random random = new java.util.Random(length);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(Long.toHexString(random.nextLong()));
    }
    return text.toString();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}
