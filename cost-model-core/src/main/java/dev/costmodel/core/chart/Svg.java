package dev.costmodel.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small SVG writer: a plot area with nice axes, and the escaping XML needs. */
final class Svg {
  static final int WIDTH = 800;
  static final int HEIGHT = 480;
  static final int LEFT = 90;
  static final int RIGHT = 190;
  static final int TOP = 50;
  static final int BOTTOM = 70;
  static final String[] COLORS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
      "#9c755f"};

  private final StringBuilder svg = new StringBuilder(8192);

  Svg(String title) {
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"14\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(WIDTH / 2.0, 28, title, "middle", 17, "bold");
  }

  static double plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  static double plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  /** Ticks 1, 2 or 5 × 10^k from 0 (or {@code low}) past {@code high}: about five of them. */
  static List<Double> ticks(double low, double high) {
    double span = high - low;
    if (!(span > 0)) {
      span = Math.abs(high) > 0 ? Math.abs(high) : 1;
      // an empty range (every cost zero) still needs an axis that ends above its start, or y() divides by zero
      high = low + span;
    }
    double raw = span / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
        : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
    List<Double> ticks = new ArrayList<>();
    double first = Math.floor(low / step) * step;
    for (double t = first; t <= high + step * 0.999; t += step) {
      ticks.add(t);
      if (ticks.size() > 12) {
        break;
      }
    }
    return ticks;
  }

  static String number(double value) {
    double abs = Math.abs(value);
    if (abs >= 1e9) {
      return trim(value / 1e9) + "G";
    }
    if (abs >= 1e6) {
      return trim(value / 1e6) + "M";
    }
    if (abs >= 1e4) {
      return trim(value / 1e3) + "k";
    }
    return trim(value);
  }

  private static String trim(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    return text.equals("-0") ? "0" : text;
  }

  Svg yAxis(List<Double> ticks, double min, double max, String label) {
    for (double t : ticks) {
      double y = y(t, min, max);
      line(LEFT, y, LEFT + plotWidth(), y, "#e0e0e0", 1);
      text(LEFT - 8, y + 5, number(t), "end", 13, "normal");
    }
    line(LEFT, TOP, LEFT, TOP + plotHeight(), "#333333", 1);
    svg.append("<text transform=\"translate(22,").append(fmt(TOP + plotHeight() / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"14\">").append(escape(label)).append("</text>\n");
    return this;
  }

  Svg xAxisLabel(String label) {
    line(LEFT, TOP + plotHeight(), LEFT + plotWidth(), TOP + plotHeight(), "#333333", 1);
    text(LEFT + plotWidth() / 2, HEIGHT - 18, label, "middle", 14, "normal");
    return this;
  }

  static double y(double value, double min, double max) {
    return TOP + plotHeight() - (value - min) / (max - min) * plotHeight();
  }

  static double x(double value, double min, double max) {
    return LEFT + (value - min) / (max - min) * plotWidth();
  }

  Svg rect(double x, double y, double width, double height, String fill, String cssClass, String data) {
    svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
        .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height)).append("\" fill=\"")
        .append(fill).append('"').append(data).append("/>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
    svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
        .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(fmt(width)).append("\"/>\n");
    return this;
  }

  Svg dashed(double x1, double y1, double x2, double y2, String stroke) {
    svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
        .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
    return this;
  }

  Svg polyline(List<double[]> points, String stroke, String cssClass, String data) {
    svg.append("<polyline class=\"").append(cssClass).append("\" fill=\"none\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"2.5\" points=\"");
    for (double[] p : points) {
      svg.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
    }
    svg.append('"').append(data).append("/>\n");
    return this;
  }

  Svg circle(double x, double y, double r, String fill, String cssClass) {
    svg.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
        .append("\" r=\"").append(fmt(r)).append("\" fill=\"").append(fill).append("\"/>\n");
    return this;
  }

  Svg text(double x, double y, String text, String anchor, int size, String weight) {
    svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" font-size=\"").append(size).append("\" font-weight=\"").append(weight)
        .append("\">").append(escape(text)).append("</text>\n");
    return this;
  }

  Svg legend(List<String> labels, List<String> colors) {
    double x = WIDTH - RIGHT + 20;
    double y = TOP + 10;
    for (int i = 0; i < labels.size(); i++) {
      rect(x, y + i * 24 - 11, 14, 14, colors.get(i), "legend", "");
      text(x + 22, y + i * 24 + 1, labels.get(i), "start", 13, "normal");
    }
    return this;
  }

  static String data(String name, double value) {
    return " data-" + name + "=\"" + value + "\"";
  }

  static String data(String name, long value) {
    return " data-" + name + "=\"" + value + "\"";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  String end() {
    return svg.append("</svg>\n").toString();
  }
}
