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

  private ExportByteScan.Result scan(byte[] content) throws IOException {
    Path file = Files.write(folder.resolve("export.json"), content);
    return ExportByteScan.scan(new ExportSource(file));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String map(ExportByteScan.Result result, int index) {
    return new String(result.namesMaps().get(index), StandardCharsets.UTF_8);
  }

  @Test
  void takesValidUtf8WithUmlautsAsUtf8() throws IOException {
    ExportByteScan.Result result = scan(utf8("{\"name\": \"Café Müller 🚀\"}"));

    assertThat(result.encoding()).isEqualTo(ExportEncoding.UTF_8);
  }

  @Test
  void takesBytesThatAreNotUtf8AsWindows1252() throws IOException {
    ExportByteScan.Result result =
        scan("{\"name\": \"Café Müller\"}".getBytes(Charset.forName("windows-1252")));

    assertThat(result.encoding()).isEqualTo(ExportEncoding.WINDOWS_1252);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndSequencesCutOffAtTheEnd() throws IOException {
    assertThat(scan(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}).encoding())
        .isEqualTo(ExportEncoding.WINDOWS_1252);
    assertThat(scan(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}).encoding())
        .isEqualTo(ExportEncoding.WINDOWS_1252);
    assertThat(scan(new byte[] {'"', 'x', (byte) 0xE2, (byte) 0x82}).encoding())
        .isEqualTo(ExportEncoding.WINDOWS_1252);
  }

  @Test
  void recognisesUtf16WithAndWithoutByteOrderMark() throws IOException {
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16)).encoding())
        .isEqualTo(ExportEncoding.UTF_16);
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE)).encoding())
        .isEqualTo(ExportEncoding.UTF_16LE);
    assertThat(scan("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE)).encoding())
        .isEqualTo(ExportEncoding.UTF_16BE);
  }

  @Test
  void picksTheNamesMapThatFollowsTheIssues() throws IOException {
    ExportByteScan.Result result =
        scan(utf8("{\"issues\":[{\"key\":\"A-1\"}],\"names\":{\"customfield_1\":\"Sprint\"}}"));

    assertThat(result.namesMaps()).hasSize(1);
    assertThat(map(result, 0)).isEqualTo("{\"customfield_1\":\"Sprint\"}");
  }

  @Test
  void findsANamesKeySplitAcrossReadBuffers() throws IOException {
    for (int shift = 1; shift < 8; shift++) {
      byte[] padding = new byte[(1 << 16) - shift];
      Arrays.fill(padding, (byte) ' ');
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      content.write('{');
      content.write(padding);
      content.write(utf8("\"names\":{\"customfield_1\":\"Flagged\"}}"));

      ExportByteScan.Result result = scan(content.toByteArray());

      assertThat(result.namesMaps()).as("shift %d", shift).hasSize(1);
      assertThat(map(result, 0)).isEqualTo("{\"customfield_1\":\"Flagged\"}");
    }
  }

  @Test
  void findsANamesKeyAtEveryPositionWithinAWordBesideNameKeys() throws IOException {
    for (int shift = 0; shift < 16; shift++) {
      String json =
          "{\"name\":\"n\",\"x\":\"" + "a".repeat(shift) + "\",\"names\":{\"cf\":\"Sprint\"}}";

      ExportByteScan.Result result = scan(utf8(json + " ".repeat(40)));

      assertThat(result.namesMaps()).as("shift %d", shift).hasSize(1);
      assertThat(map(result, 0)).isEqualTo("{\"cf\":\"Sprint\"}");
    }
  }

  @Test
  void findsANamesKeyRightAfterNonAsciiText() throws IOException {
    ExportByteScan.Result result =
        scan(utf8("{\"summary\":\"Küche\",\"names\":{\"customfield_2\":\"PMO Scope\"}}"));

    assertThat(result.encoding()).isEqualTo(ExportEncoding.UTF_8);
    assertThat(map(result, 0)).isEqualTo("{\"customfield_2\":\"PMO Scope\"}");
  }

  @Test
  void findsNoMapWhereNamesIsOnlyAValue() throws IOException {
    ExportByteScan.Result result = scan(utf8("{\"labels\":[\"names\"],\"name\":\"names\"}"));

    assertThat(result.namesMaps()).isEmpty();
  }

  @Test
  void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
    ExportByteScan.Result result =
        scan(gzip(utf8("{\"names\":{\"customfield_1\":\"Sprint\"},\"x\":\"Café\"}")));

    assertThat(result.encoding()).isEqualTo(ExportEncoding.UTF_8);
    assertThat(result.namesMaps()).hasSize(1);
  }

  @Test
  void endsQuietlyWhereGzipDataIsCutShort() throws IOException {
    byte[] whole = gzip(utf8("{\"names\":{\"a\":\"b\"}}" + incompressible(100_000)));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    ExportByteScan.Result result = scan(cut);

    assertThat(result.encoding()).isEqualTo(ExportEncoding.UTF_8);
    assertThat(result.namesMaps()).hasSize(1);
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
