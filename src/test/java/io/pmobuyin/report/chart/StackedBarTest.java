package io.pmobuyin.report.chart;

import static io.pmobuyin.report.chart.SvgDocuments.elements;
import static io.pmobuyin.report.chart.SvgDocuments.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class StackedBarTest {

  private static final List<StackedBar.Part> COSTS =
      List.of(
          new StackedBar.Part("Employees", 25, "25K USD"),
          new StackedBar.Part("Customers", 0, "0 USD"),
          new StackedBar.Part("Finances", 50, "50K USD"));

  /** The parts drawn, without the grey background. */
  private static List<Element> parts(Document svg) {
    List<Element> rects = elements(svg, "rect");
    return rects.subList(1, rects.size());
  }

  @Test
  void isWellFormedSvgWhoseLabelListsEveryPartEvenAnEmptyOne() throws Exception {
    Document svg = parse(StackedBar.render("Scope creep", COSTS, 100));

    String label = "Scope creep; Employees: 25K USD; Customers: 0 USD; Finances: 50K USD";
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(label);
    assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo(label);
  }

  @Test
  void drawsEachPartAsWideAsItsShareOfTheTotal() throws Exception {
    List<Element> parts = parts(parse(StackedBar.render("x", COSTS, 100)));

    // 25 and 50 of 100 on a 300 wide bar; the empty part draws nothing
    assertThat(parts).extracting(e -> e.getAttribute("x")).containsExactly("0", "75");
    assertThat(parts).extracting(e -> e.getAttribute("width")).containsExactly("75", "150");
  }

  @Test
  void keepsEachPartsColourByPositionSoTheLegendMatchesWhenAPartIsEmpty() throws Exception {
    List<Element> parts = parts(parse(StackedBar.render("x", COSTS, 100)));

    assertThat(parts)
        .extracting(e -> e.getAttribute("fill"))
        .containsExactly(StackedBar.colour(0), StackedBar.colour(2));
  }

  @Test
  void cutsOffPartsBeyondTheTotal() throws Exception {
    List<Element> parts =
        parts(
            parse(
                StackedBar.render(
                    "x",
                    List.of(
                        new StackedBar.Part("a", 80, "80"),
                        new StackedBar.Part("b", 40, "40"),
                        new StackedBar.Part("c", 10, "10")),
                    100)));

    // 240 for a; b gets the 60 left of 300; c nothing
    assertThat(parts).extracting(e -> e.getAttribute("width")).containsExactly("240", "60");
  }

  @Test
  void drawsOnlyTheBackgroundForAZeroTotal() throws Exception {
    assertThat(parts(parse(StackedBar.render("x", COSTS, 0)))).isEmpty();
  }

  @Test
  void escapesNamesInTheLabel() throws Exception {
    String markup =
        StackedBar.render("<R&D>", List.of(new StackedBar.Part("\"A\"", 1, "1 <USD>")), 1);

    assertThat(parse(markup).getDocumentElement().getAttribute("aria-label"))
        .isEqualTo("<R&D>; \"A\": 1 <USD>");
  }

  @Test
  void cyclesColoursBeyondThePalette() {
    assertThat(StackedBar.colour(StackedBar.COLOURS.size())).isEqualTo(StackedBar.colour(0));
  }

  @Test
  void usesColoursWithAtLeastThreeToOneContrastOnWhite() {
    for (String colour : StackedBar.COLOURS) {
      // WCAG 2: (L1 + 0.05) / (L2 + 0.05), white has luminance 1
      double contrast = 1.05 / (relativeLuminance(colour) + 0.05);
      assertThat(contrast).as(colour).isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void computesContrastAsWcagDoes() {
    // sanity checks of the formula: black on white is 21:1, #777 is about 4.48:1
    assertThat(1.05 / (relativeLuminance("#000000") + 0.05)).isCloseTo(21.0, within());
    assertThat(1.05 / (relativeLuminance("#777777") + 0.05)).isCloseTo(4.48, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  /** WCAG 2 relative luminance of an sRGB colour written #rrggbb. */
  private static double relativeLuminance(String hex) {
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
