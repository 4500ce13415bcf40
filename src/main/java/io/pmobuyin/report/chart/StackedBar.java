package io.pmobuyin.report.chart;

import java.util.List;

/**
 * One horizontal bar split into parts (e.g. a cost split over employees, customers and finances).
 * Each part has its own colour and a pattern-free fill of at least 3:1 contrast on white; the
 * accessible label lists every part, since colour alone tells nothing to some readers.
 */
public final class StackedBar {

  /** Dark enough on white for graphics (WCAG 1.4.11), and told apart without red and green. */
  static final List<String> COLOURS = List.of("#0052cc", "#a54800", "#006644", "#5e4db2");

  static final int WIDTH = 300;
  static final int HEIGHT = 16;

  /** One part: its name for the label, its value, and its text for the label ("12.1M USD"). */
  public record Part(String name, double value, String valueText) {}

  private StackedBar() {}

  /**
   * @param total the value of a full-width bar; parts beyond it are cut off
   */
  public static String render(String label, List<Part> parts, double total) {
    StringBuilder words = new StringBuilder(label);
    for (Part part : parts) {
      words
          .append(words.isEmpty() ? "" : "; ")
          .append(part.name())
          .append(": ")
          .append(part.valueText());
    }
    StringBuilder svg = new StringBuilder(512);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"pmo-bar\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" preserveAspectRatio=\"none\" aria-label=\"")
        .append(Svg.text(words.toString()))
        .append("\"><title>")
        .append(Svg.text(words.toString()))
        .append("</title>")
        .append("<rect width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"#f4f5f7\"/>");
    double x = 0;
    for (int i = 0; i < parts.size(); i++) {
      double value = parts.get(i).value();
      if (!(value > 0) || !(total > 0)) {
        continue;
      }
      double width = Math.min(WIDTH - x, WIDTH * value / total);
      if (width <= 0) {
        break;
      }
      svg.append("<rect x=\"")
          .append(Svg.number(x))
          .append("\" width=\"")
          .append(Svg.number(width))
          .append("\" height=\"")
          .append(HEIGHT)
          .append("\" fill=\"")
          .append(colour(i))
          .append("\"/>");
      x += width;
    }
    return svg.append("</svg>").toString();
  }

  /** The colour of the part at this position, for legends drawn beside the bar. */
  public static String colour(int index) {
    return COLOURS.get(index % COLOURS.size());
  }
}
