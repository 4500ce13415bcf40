package io.pmobuyin.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of one measure by period (e.g. predictability by quarter of project close), with an
 * optional marker where the PMO started, as self-contained SVG: no script, no external resource, a
 * title and a description for screen readers, and gaps where a period has no data.
 */
public final class TrendChart {

  static final int WIDTH = 600;
  static final int HEIGHT = 220;
  static final int LEFT = 40;
  static final int RIGHT = 10;
  static final int TOP = 10;
  static final int BOTTOM = 30;

  private final String id;
  private final String title;
  private final String description;
  private final double max;
  private final String unit;

  /**
   * @param id unique on the page: several charts share a dashboard, and their accessible names
   *     refer to ids
   * @param title short name, also the accessible name
   * @param description the chart in words, for people who cannot see it
   * @param max the top of the value axis (e.g. 100 for an index or a percentage)
   * @param unit written after the numbers of the axis and of each point ("%", " d"); may be empty
   */
  public TrendChart(String id, String title, String description, double max, String unit) {
    if (!(max > 0)) {
      throw new IllegalArgumentException("the value axis needs a positive top");
    }
    if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("not a usable element id: " + id);
    }
    this.id = id;
    this.title = title;
    this.description = description;
    this.max = max;
    this.unit = unit;
  }

  /**
   * @param points in period order
   * @param markerBefore index of the first point from which the marker stands (e.g. the first
   *     quarter since the PMO start); negative for no marker
   * @param markerLabel text beside the marker
   */
  public String render(List<ChartPoint> points, int markerBefore, String markerLabel) {
    StringBuilder svg = new StringBuilder(1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" class=\"pmo-chart pmo-trend\">")
        .append("<title id=\"")
        .append(id)
        .append("-t\">")
        .append(Svg.text(title))
        .append("</title>")
        .append("<desc id=\"")
        .append(id)
        .append("-d\">")
        .append(Svg.text(description))
        .append("</desc>");
    axis(svg);
    if (markerBefore >= 0 && markerBefore < points.size()) {
      double x = (x(markerBefore - 1, points.size()) + x(markerBefore, points.size())) / 2;
      if (markerBefore == 0) {
        x = x(0, points.size());
      }
      svg.append("<line class=\"pmo-marker\" x1=\"")
          .append(Svg.number(x))
          .append("\" x2=\"")
          .append(Svg.number(x))
          .append("\" y1=\"")
          .append(TOP)
          .append("\" y2=\"")
          .append(HEIGHT - BOTTOM)
          .append("\" stroke=\"#5e6c84\" stroke-dasharray=\"4 3\"/>")
          .append("<text x=\"")
          .append(Svg.number(x + 4))
          .append("\" y=\"")
          .append(TOP + 12)
          .append("\" font-size=\"11\" fill=\"#42526e\">")
          .append(Svg.text(markerLabel))
          .append("</text>");
    }
    for (String segment : segments(points)) {
      svg.append("<polyline fill=\"none\" stroke=\"#0052cc\" stroke-width=\"2\" points=\"")
          .append(segment)
          .append("\"/>");
    }
    for (int i = 0; i < points.size(); i++) {
      ChartPoint point = points.get(i);
      String x = Svg.number(x(i, points.size()));
      if (point.known()) {
        boolean clipped = point.value() > max;
        svg.append(clipped ? "<path d=\"M" : "<circle cx=\"");
        if (clipped) {
          // Above the axis: a triangle on the top edge, so one outlier cannot rescale the chart.
          double top = y(max);
          svg.append(x).append(' ').append(Svg.number(top - 5)).append(" l4 7 h-8 z\"");
        } else {
          svg.append(x)
              .append("\" cy=\"")
              .append(Svg.number(y(point.value())))
              .append("\" r=\"3\"");
        }
        svg.append(
                point.thin()
                    ? " fill=\"#ffffff\" stroke=\"#0052cc\" stroke-width=\"1.5\""
                    : " fill=\"#0052cc\"")
            .append(" class=\"")
            .append(point.thin() ? "pmo-point pmo-thin" : "pmo-point")
            .append("\"><title>")
            .append(Svg.text(point.label()))
            .append(": ")
            .append(Svg.number(point.value()))
            .append(Svg.text(unit));
        if (!point.detail().isEmpty()) {
          svg.append(" \u00b7 ").append(Svg.text(point.detail()));
        }
        svg.append(clipped ? "</title></path>" : "</title></circle>");
      }
      if (labelled(i, points.size())) {
        svg.append("<text x=\"")
            .append(x)
            .append("\" y=\"")
            .append(HEIGHT - 10)
            .append("\" font-size=\"10\" text-anchor=\"")
            .append(anchor(i, points.size()))
            .append("\" fill=\"#42526e\">")
            .append(Svg.text(point.label()))
            .append("</text>");
      }
    }
    return svg.append("</svg>").toString();
  }

  private void axis(StringBuilder svg) {
    svg.append("<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(HEIGHT - BOTTOM)
        .append("\" y2=\"")
        .append(HEIGHT - BOTTOM)
        .append("\" stroke=\"#c1c7d0\"/>");
    for (double tick : new double[] {0, max / 2, max}) {
      svg.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(Svg.number(y(tick) + 4))
          .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#42526e\">")
          .append(Svg.number(tick))
          .append(Svg.text(unit))
          .append("</text>");
    }
  }

  /** Runs of consecutive known points; a period without data breaks the line. */
  private List<String> segments(List<ChartPoint> points) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int count = 0;
    for (int i = 0; i <= points.size(); i++) {
      if (i < points.size() && points.get(i).known()) {
        current
            .append(count++ == 0 ? "" : " ")
            .append(Svg.number(x(i, points.size())))
            .append(',')
            .append(Svg.number(y(points.get(i).value())));
      } else {
        if (count > 1) {
          segments.add(current.toString());
        }
        current.setLength(0);
        count = 0;
      }
    }
    return segments;
  }

  /** The first and last labels keep inside the chart; the others centre on their point. */
  private static String anchor(int index, int size) {
    if (size > 1 && index == 0) {
      return "start";
    }
    return size > 1 && index == size - 1 ? "end" : "middle";
  }

  /**
   * Labels thin out on long series so they never overlap: every n-th, and the last, which also
   * drops a thinned label closer to it than n (the last is anchored at its end, so it reaches
   * left).
   */
  static boolean labelled(int index, int size) {
    int every = Math.max(1, (int) Math.ceil(size / 8.0));
    if (index == size - 1) {
      return true;
    }
    return index % every == 0 && size - 1 - index >= every;
  }

  private static double x(int index, int size) {
    double span = WIDTH - LEFT - RIGHT;
    return size <= 1 ? LEFT + span / 2 : LEFT + span * index / (size - 1);
  }

  private double y(double value) {
    double clamped = Math.max(0, Math.min(max, value));
    return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * clamped / max;
  }
}
