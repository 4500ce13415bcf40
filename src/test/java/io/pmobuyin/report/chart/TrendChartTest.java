package io.pmobuyin.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TrendChartTest {

  private final TrendChart chart =
      new TrendChart(
          "pred", "Predictability", "Rose from 58 to 84 after the PMO started.", 100, "");

  private static List<ChartPoint> quarters(double... values) {
    return java.util.stream.IntStream.range(0, values.length)
        .mapToObj(i -> new ChartPoint("2024-Q" + (i % 4 + 1), values[i]))
        .toList();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isWellFormedSvgWithATitleAndADescriptionForScreenReaders() throws Exception {
    Document svg = parse(chart.render(quarters(58, 60, 75, 84), 2, "PMO start"));

    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Predictability");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .contains("Rose from 58 to 84");
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
  }

  @Test
  void breaksTheLineWhereAPeriodHasNoDataInsteadOfDrawingZero() throws Exception {
    Document svg = parse(chart.render(quarters(50, 55, Double.NaN, 70, 72), -1, ""));

    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
  }

  @Test
  void marksThePmoStartBetweenTheLastPeriodBeforeAndTheFirstSince() throws Exception {
    String svg = chart.render(quarters(10, 20, 30, 40, 50), 2, "Start of the PMO");
    Document doc = parse(svg);

    double marker =
        Double.parseDouble(
            ((org.w3c.dom.Element) doc.getElementsByTagName("line").item(1)).getAttribute("x1"));
    assertThat(marker).isBetween(40 + 550 * 1 / 4.0, 40 + 550 * 2 / 4.0);
    assertThat(svg).contains("Start of the PMO");
    assertThat(chart.render(quarters(10, 20), -1, "Start of the PMO"))
        .doesNotContain("Start of the PMO");
  }

  @Test
  void escapesLabelsAndCarriesNoScript() {
    String svg =
        new TrendChart("x", "<b>x</b>", "a & b", 1, "<%>")
            .render(List.of(new ChartPoint("<script>", 0.5)), -1, "");

    assertThat(svg)
        .contains("&lt;b&gt;x&lt;/b&gt;", "a &amp; b", "&lt;script&gt;", "&lt;%&gt;")
        .doesNotContain("<script");
  }

  @Test
  void keepsValuesInsideThePlotAndMarksOneAboveTheTopAtItsEdge() throws Exception {
    Document svg = parse(chart.render(quarters(-20, 150), -1, ""));

    double y =
        Double.parseDouble(
            ((org.w3c.dom.Element) svg.getElementsByTagName("circle").item(0)).getAttribute("cy"));
    assertThat(y)
        .isBetween((double) TrendChart.TOP, (double) TrendChart.HEIGHT - TrendChart.BOTTOM);
    org.w3c.dom.Element clipped = (org.w3c.dom.Element) svg.getElementsByTagName("path").item(0);
    assertThat(clipped.getTextContent()).contains("150");
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(1);
  }

  @Test
  void needsAPositiveTopOfScale() {
    assertThatThrownBy(() -> new TrendChart("c", "t", "d", 0, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesItselfByIdsOfItsOwnSoThatChartsCanShareAPage() throws Exception {
    Document first = parse(chart.render(quarters(1, 2), -1, ""));
    String other = new TrendChart("rework", "Rework", "d", 100, "%").render(quarters(1), -1, "");

    assertThat(first.getDocumentElement().getAttribute("aria-labelledby"))
        .isEqualTo("pred-t pred-d");
    assertThat(other).contains("id=\"rework-t\"", "id=\"rework-d\"", "1%</title>");
    assertThatThrownBy(() -> new TrendChart("a b", "t", "d", 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void axisLabelsKeepTheirDistanceAtTheEndOfAnySeries() {
    for (int size = 1; size <= 60; size++) {
      int every = Math.max(1, (int) Math.ceil(size / 8.0));
      List<Integer> shown = new java.util.ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (TrendChart.labelled(i, size)) {
          shown.add(i);
        }
      }
      assertThat(shown).as("size %d", size).startsWith(0).endsWith(size - 1);
      assertThat(shown.size()).as("size %d", size).isLessThanOrEqualTo(9);
      for (int k = 1; k < shown.size(); k++) {
        assertThat(shown.get(k) - shown.get(k - 1))
            .as("size %d", size)
            .isGreaterThanOrEqualTo(every);
      }
    }
  }
}
