package dev.costmodel.core.chart;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.Sweep;
import dev.costmodel.core.analysis.UncertaintyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts a person would rather look at than read, as SVG text (800 × 480 px, no dependency): stacked bars of
 * a {@link Comparison}, lines of a {@link Sweep}, the two lines of a {@link BreakEven} with their crossing
 * marked, and a histogram of a Monte Carlo with P10, P50 and P90 marked. Every axis says its unit.
 *
 * <pre>{@code
 * Files.writeString(Path.of("comparison.svg"), SvgCharts.stackedBars(comparison));
 * }</pre>
 *
 * <p>Bars and points carry {@code data-value} attributes with the numbers they show.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /** One bar per scenario, stacked by cost category, with the total above each bar. */
  public static String stackedBars(Comparison comparison) {
    List<MonthlyEstimate> estimates = comparison.estimates();
    List<CostCategory> categories = comparison.categories();
    double top = 0;
    for (MonthlyEstimate estimate : estimates) {
      top = Math.max(top, estimate.total().amount().doubleValue());
    }
    List<Double> ticks = Svg.ticks(0, top);
    double max = ticks.get(ticks.size() - 1);
    String unit = comparison.currency().getCurrencyCode() + " per month";
    Svg svg = new Svg("Monthly cost by scenario (" + unit + ")")
        .yAxis(ticks, 0, max, "cost (" + unit + ")")
        .xAxisLabel("scenario");
    double slot = Svg.plotWidth() / estimates.size();
    double barWidth = Math.min(90, slot * 0.6);
    for (int s = 0; s < estimates.size(); s++) {
      MonthlyEstimate estimate = estimates.get(s);
      double x = Svg.LEFT + slot * s + (slot - barWidth) / 2;
      double base = 0;
      for (int c = 0; c < categories.size(); c++) {
        double value = estimate.subtotal(categories.get(c)).amount().doubleValue();
        double y0 = Svg.y(base, 0, max);
        double y1 = Svg.y(base + value, 0, max);
        svg.rect(x, y1, barWidth, y0 - y1, Svg.COLORS[c % Svg.COLORS.length], "bar",
            Svg.data("value", value) + " data-category=\"" + categories.get(c).label() + "\" data-scenario=\""
                + Svg.escape(estimate.scenarioName()) + "\"");
        base += value;
      }
      svg.text(x + barWidth / 2, Svg.y(base, 0, max) - 6, amount(estimate.total()), "middle", 13, "bold");
      svg.text(x + barWidth / 2, Svg.TOP + Svg.plotHeight() + 20, estimate.scenarioName(), "middle", 12, "normal");
    }
    List<String> labels = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      labels.add(categories.get(c).label());
      colors.add(Svg.COLORS[c % Svg.COLORS.length]);
    }
    return svg.legend(labels, colors).end();
  }

  /** The total and each category against the swept input. */
  public static String lines(Sweep sweep) {
    List<Sweep.Point> points = sweep.points();
    List<CostCategory> categories = sweep.categories();
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double top = 0;
    for (Sweep.Point point : points) {
      xMin = Math.min(xMin, point.value().doubleValue());
      xMax = Math.max(xMax, point.value().doubleValue());
      top = Math.max(top, point.total().amount().doubleValue());
    }
    if (xMax == xMin) {
      xMax = xMin + 1;
    }
    // a margin on both sides keeps the end points' labels off the axis and the legend
    double pad = (xMax - xMin) * 0.06;
    xMin -= pad;
    xMax += pad;
    List<Double> yTicks = Svg.ticks(0, top);
    double yMax = yTicks.get(yTicks.size() - 1);
    String unit = sweep.currency().getCurrencyCode() + " per month";
    Svg svg = new Svg("Monthly cost as " + sweep.input().name() + " varies")
        .yAxis(yTicks, 0, yMax, "cost (" + unit + ")")
        .xAxisLabel(sweep.input().label());
    xTicks(svg, xMin, xMax);
    List<String> labels = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (int c = 0; c <= categories.size(); c++) {
      List<double[]> line = new ArrayList<>();
      for (Sweep.Point point : points) {
        Money value = c < categories.size() ? point.subtotal(categories.get(c)) : point.total();
        double v = value.amount().doubleValue();
        double px = Svg.x(point.value().doubleValue(), xMin, xMax);
        double py = Svg.y(v, 0, yMax);
        line.add(new double[] {px, py});
      }
      String color = c < categories.size() ? Svg.COLORS[c % Svg.COLORS.length] : "#222222";
      String label = c < categories.size() ? categories.get(c).label() : "total";
      svg.polyline(line, color, "line", " data-series=\"" + label + "\"");
      for (int p = 0; p < line.size(); p++) {
        Money value = c < categories.size() ? points.get(p).subtotal(categories.get(c))
            : points.get(p).total();
        svg.circle(line.get(p)[0], line.get(p)[1], 3.5, color, "point");
        if (c == categories.size()) {
          svg.text(line.get(p)[0], line.get(p)[1] - 9, amount(value), "middle", 12, "bold");
        }
      }
      labels.add(label);
      colors.add(color);
    }
    return svg.legend(labels, colors).end();
  }

  /**
   * Both scenarios' totals from {@code from} to {@code to} of the input, with the crossing marked when it
   * lies in that range.
   */
  public static String breakEven(BreakEven breakEven, BigDecimal from, BigDecimal to) {
    if (from.compareTo(to) >= 0) {
      throw new IllegalArgumentException("SvgCharts.breakEven from must be < to, but from was " + from.toPlainString()
          + " and to " + to.toPlainString());
    }
    BreakEven.Line a = breakEven.lineA();
    BreakEven.Line b = breakEven.lineB();
    double x0 = from.doubleValue();
    double x1 = to.doubleValue();
    double top = Math.max(Math.max(a.at(from).amount().doubleValue(), a.at(to).amount().doubleValue()),
        Math.max(b.at(from).amount().doubleValue(), b.at(to).amount().doubleValue()));
    List<Double> yTicks = Svg.ticks(0, top);
    double yMax = yTicks.get(yTicks.size() - 1);
    String unit = a.intercept().currency().getCurrencyCode() + " per month";
    Svg svg = new Svg("Break-even: " + a.scenario() + " vs " + b.scenario())
        .yAxis(yTicks, 0, yMax, "cost (" + unit + ")")
        .xAxisLabel(breakEven.input().label());
    xTicks(svg, x0, x1);
    BreakEven.Line[] lines = {a, b};
    List<String> labels = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      List<double[]> line = List.of(
          new double[] {Svg.x(x0, x0, x1), Svg.y(lines[i].at(from).amount().doubleValue(), 0, yMax)},
          new double[] {Svg.x(x1, x0, x1), Svg.y(lines[i].at(to).amount().doubleValue(), 0, yMax)});
      svg.polyline(line, Svg.COLORS[i], "line", " data-series=\"" + Svg.escape(lines[i].scenario()) + "\"");
      labels.add(lines[i].scenario());
      colors.add(Svg.COLORS[i]);
    }
    breakEven.value().filter(x -> x.compareTo(from) >= 0 && x.compareTo(to) <= 0).ifPresent(x -> {
      double px = Svg.x(x.doubleValue(), x0, x1);
      double py = Svg.y(a.at(x).amount().doubleValue(), 0, yMax);
      svg.dashed(px, py, px, Svg.TOP + Svg.plotHeight(), "#555555");
      svg.circle(px, py, 6, "#d62728", "crossing");
      svg.text(px + 10, py - 10, "break-even at " + Svg.number(x.doubleValue()) + " (" + amount(a.at(x)) + ")",
          px > Svg.LEFT + Svg.plotWidth() * 0.6 ? "end" : "start", 13, "bold");
    });
    return svg.legend(labels, colors).end();
  }

  /** A histogram of the sampled totals, with P10, P50 and P90 marked. */
  public static String histogram(UncertaintyResult result, int bins) {
    UncertaintyResult.Histogram histogram = result.histogram(bins);
    long[] counts = histogram.counts();
    long highest = 0;
    for (long count : counts) {
      highest = Math.max(highest, count);
    }
    double xMin = histogram.start();
    double xMax = histogram.start() + histogram.width() * counts.length;
    List<Double> yTicks = Svg.ticks(0, highest * 100.0 / result.samples());
    double yMax = yTicks.get(yTicks.size() - 1);
    String currency = result.currency().getCurrencyCode();
    Svg svg = new Svg("Monthly total over " + String.format(java.util.Locale.ROOT, "%,d", result.samples())
        + " samples (seed " + result.seed() + ")")
        .yAxis(yTicks, 0, yMax, "share of samples (%)")
        .xAxisLabel("total (" + currency + " per month)");
    xTicks(svg, xMin, xMax);
    for (int i = 0; i < counts.length; i++) {
      double share = counts[i] * 100.0 / result.samples();
      double left = Svg.x(xMin + histogram.width() * i, xMin, xMax);
      double right = Svg.x(xMin + histogram.width() * (i + 1), xMin, xMax);
      double y = Svg.y(share, 0, yMax);
      svg.rect(left + 0.5, y, Math.max(0, right - left - 1), Svg.TOP + Svg.plotHeight() - y, Svg.COLORS[0], "bar",
          Svg.data("value", share) + Svg.data("count", counts[i]));
    }
    Money[] marks = {result.p10(), result.p50(), result.p90()};
    String[] names = {"P10", "P50", "P90"};
    for (int i = 0; i < 3; i++) {
      double px = Svg.x(marks[i].amount().doubleValue(), xMin, xMax);
      svg.dashed(px, Svg.TOP, px, Svg.TOP + Svg.plotHeight(), "#d62728");
      svg.text(px + 4, Svg.TOP + 16 + i * 16, names[i] + " " + amount(marks[i]), "start", 12, "bold");
    }
    return svg.end();
  }

  private static void xTicks(Svg svg, double min, double max) {
    for (double t : Svg.ticks(min, max)) {
      if (t < min - 1e-9 || t > max + 1e-9) {
        continue;
      }
      double x = Svg.x(t, min, max);
      svg.line(x, Svg.TOP + Svg.plotHeight(), x, Svg.TOP + Svg.plotHeight() + 5, "#333333", 1);
      svg.text(x, Svg.TOP + Svg.plotHeight() + 22, Svg.number(t), "middle", 13, "normal");
    }
  }

  private static String amount(Money money) {
    return money.rounded().toString();
  }
}
