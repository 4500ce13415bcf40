package io.pmobuyin.report.chart;

import static io.pmobuyin.report.chart.SvgDocuments.SVG_NS;
import static io.pmobuyin.report.chart.SvgDocuments.elements;
import static io.pmobuyin.report.chart.SvgDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SparklineTest {

  private static List<ChartPoint> quarters(double... values) {
    return IntStream.range(0, values.length)
        .mapToObj(i -> new ChartPoint("Q" + (i + 1), values[i]))
        .toList();
  }

  @Test
  void isWellFormedSvgNamedByItsLabel() throws Exception {
    Document svg = parse(Sparkline.render("Rework: 19% to 12%", quarters(19, 15, 12), 20));

    Element root = svg.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Rework: 19% to 12%");
    assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Rework: 19% to 12%");
  }

  @Test
  void escapesTheLabel() throws Exception {
    String markup = Sparkline.render("<b>\"R&D\"</b>", quarters(1, 2), 2);

    assertThat(parse(markup).getDocumentElement().getAttribute("aria-label"))
        .isEqualTo("<b>\"R&D\"</b>");
    assertThat(markup).doesNotContain("<b>");
  }

  @Test
  void drawsOneLineThroughKnownPointsAndMarksTheLastOne() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(0, 10, 20), 20));

    List<Element> lines = elements(svg, "polyline");
    assertThat(lines).hasSize(1);
    // x from 3 to 117 over 3 points; y from 25 (0) to 3 (the top, 20)
    assertThat(lines.get(0).getAttribute("points")).isEqualTo("3,25 60,14 117,3");
    List<Element> dots = elements(svg, "circle");
    assertThat(dots).hasSize(1);
    assertThat(dots.get(0).getAttribute("cx")).isEqualTo("117");
    assertThat(dots.get(0).getAttribute("cy")).isEqualTo("3");
  }

  @Test
  void breaksTheLineWhereAPeriodHasNoData() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(5, 6, Double.NaN, 7, 8), 10));

    assertThat(elements(svg, "polyline")).hasSize(2);
  }

  @Test
  void marksTheLastKnownPointEvenWhenTheLastPeriodHasNoData() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(5, 6, Double.NaN), 10));

    // the second of three points: x = 3 + 114 × 1 / 2 = 60
    assertThat(elements(svg, "circle").get(0).getAttribute("cx")).isEqualTo("60");
  }

  @Test
  void showsAPointBetweenTwoGapsRatherThanDroppingIt() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(5, Double.NaN, 7, Double.NaN, 8, 9), 10));

    // 7 at Q3 has no neighbour to draw a line to; it must still show, as a dot
    List<String> dotsX = elements(svg, "circle").stream().map(e -> e.getAttribute("cx")).toList();
    // Q1 (x 3) and Q3 (x 3 + 114 × 2 / 5 = 48.6) stand alone; Q6 (x 117) is the last point
    assertThat(dotsX).contains("3", "48.6", "117");
    assertThat(elements(svg, "polyline")).hasSize(1);
  }

  @Test
  void drawsNothingButTheFrameWithoutData() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(Double.NaN, Double.NaN), 10));

    assertThat(elements(svg, "polyline")).isEmpty();
    assertThat(elements(svg, "circle")).isEmpty();
    assertThat(parse(Sparkline.render("x", List.of(), 10)).getDocumentElement()).isNotNull();
  }

  @Test
  void centresASinglePointAndKeepsValuesAboveTheTopAtTheTop() throws Exception {
    Document svg = parse(Sparkline.render("x", quarters(50), 20));

    Element dot = elements(svg, "circle").get(0);
    assertThat(dot.getAttribute("cx")).isEqualTo("60");
    assertThat(dot.getAttribute("cy")).isEqualTo("3");
  }
}
