package io.pmobuyin.report.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmobuyin.report.view.common.CsvTable;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(List<String> header, List<List<String>> rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter.write(new CsvTable("t", header, rows), out);
    return out.toString();
  }

  private static String cell(String value) throws IOException {
    return csv(List.of("x"), List.of(List.of(value))).split("\r\n", -1)[1];
  }

  @Test
  void endsEveryLineWithCrLfHeaderFirst() throws IOException {
    assertThat(csv(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "4"))))
        .isEqualTo("a,b\r\n1,2\r\n3,4\r\n");
  }

  @Test
  void writesOnlyTheHeaderForATableWithoutRows() throws IOException {
    assertThat(csv(List.of("pattern_id", "share"), List.of())).isEqualTo("pattern_id,share\r\n");
  }

  @Test
  void quotesCellsWithACommaAQuoteOrALineBreakDoublingQuotes() throws IOException {
    assertThat(cell("Apps, Web")).isEqualTo("\"Apps, Web\"");
    assertThat(cell("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
    String withNewline = csv(List.of("x"), List.of(List.of("line 1\nline 2")));
    assertThat(withNewline).isEqualTo("x\r\n\"line 1\nline 2\"\r\n");
    String withCr = csv(List.of("x"), List.of(List.of("a\rb")));
    assertThat(withCr).isEqualTo("x\r\n\"a\rb\"\r\n");
  }

  @Test
  void leavesPlainCellsAsTheyAre() throws IOException {
    assertThat(cell("Scope creep")).isEqualTo("Scope creep");
    assertThat(cell("0.1667")).isEqualTo("0.1667");
    assertThat(cell("")).isEmpty();
  }

  @Test
  void putsAnApostropheBeforeCellsASpreadsheetWouldRunAsAFormula() throws IOException {
    assertThat(cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(cell("+1+2")).isEqualTo("'+1+2");
    assertThat(cell("-1+2")).isEqualTo("'-1+2");
    assertThat(cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(cell("\tcmd")).isEqualTo("'\tcmd");
    // the apostrophe goes in before quoting, so it stays the first character of the value
    assertThat(cell("=1,2")).isEqualTo("\"'=1,2\"");
  }

  @Test
  void keepsNegativeNumbersNumbers() throws IOException {
    assertThat(cell("-1.5")).isEqualTo("-1.5");
    assertThat(cell("-42")).isEqualTo("-42");
    assertThat(cell("-0.0001")).isEqualTo("-0.0001");
    // a lone minus or a minus before text is no number
    assertThat(cell("-")).isEqualTo("'-");
    assertThat(cell("-x")).isEqualTo("'-x");
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    assertThatThrownBy(
            () -> new CsvTable("lessons", List.of("a", "b"), List.of(List.of("1", "2", "3"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lessons: a row has 3 cells");
    assertThatThrownBy(() -> new CsvTable("lessons", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesItsRowsSoALaterChangeToTheListDoesNotLeakIn() {
    java.util.ArrayList<String> row = new java.util.ArrayList<>(List.of("1", "2"));
    CsvTable table = new CsvTable("t", List.of("a", "b"), List.of(row));

    row.set(0, "changed");

    assertThat(table.rows().get(0)).containsExactly("1", "2");
  }
}
