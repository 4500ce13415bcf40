package io.pmobuyin.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-sized trend line for a table cell: no axis, a gap where a period has no data, the last
 * known point marked, and its whole story in an accessible label.
 */
public final class Sparkline {

  static final int WIDTH = 120;
  static final int HEIGHT = 28;
  private static final int PAD = 3;

  private Sparkline() {}

  /**
   * @param label what the line shows, in words (e.g. "Share by quarter: 19% to 12%")
   * @param max the top of the scale; values above are drawn at the top
   */
  public static String render(String label, List<ChartPoint> points, double max) {
    StringBuilder svg = new StringBuilder(512);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"pmo-spark\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-label=\"")
        .append(Svg.text(label))
        .append("\"><title>")
        .append(Svg.text(label))
        .append("</title>");
    StringBuilder line = new StringBuilder();
    int lastKnown = -1;
    List<Integer> alone = new ArrayList<>();
    for (int i = 0; i <= points.size(); i++) {
      boolean known = i < points.size() && points.get(i).known();
      if (known) {
        line.append(line.isEmpty() ? "" : " ")
            .append(Svg.number(x(i, points.size())))
            .append(',')
            .append(Svg.number(y(points.get(i).value(), max)));
        lastKnown = i;
      } else {
        if (line.indexOf(" ") > 0) {
          svg.append("<polyline fill=\"none\" stroke=\"#0052cc\" stroke-width=\"1.5\" points=\"")
              .append(line)
              .append("\"/>");
        } else if (!line.isEmpty()) {
          // a known point between gaps has no line to be part of: it gets a dot of its own
          alone.add(lastKnown);
        }
        line.setLength(0);
      }
    }
    for (int i : alone) {
      if (i != lastKnown) {
        svg.append("<circle r=\"1.5\" fill=\"#0052cc\" cx=\"")
            .append(Svg.number(x(i, points.size())))
            .append("\" cy=\"")
            .append(Svg.number(y(points.get(i).value(), max)))
            .append("\"/>");
      }
    }
    if (lastKnown >= 0) {
      svg.append("<circle r=\"2.5\" fill=\"#0052cc\" cx=\"")
          .append(Svg.number(x(lastKnown, points.size())))
          .append("\" cy=\"")
          .append(Svg.number(y(points.get(lastKnown).value(), max)))
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static double x(int index, int size) {
    double span = WIDTH - 2.0 * PAD;
    return size <= 1 ? WIDTH / 2.0 : PAD + span * index / (size - 1);
  }

  private static double y(double value, double max) {
    double top = max > 0 ? max : 1;
    double clamped = Math.max(0, Math.min(top, value));
    return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * clamped / top;
  }
}
