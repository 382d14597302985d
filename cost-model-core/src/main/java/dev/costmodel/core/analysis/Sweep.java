package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.chart.SvgCharts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One input varied over values: the scenario estimated at each, with every category and the total. The
 * seed report's section 10 (retraining monthly vs weekly) is a sweep of retrain runs per month over 1.2 and
 * 52/12 × 1.2.
 *
 * <p>A sweep keeps each point's total and subtotals, not its whole estimate: a sweep of 10,000 values holds
 * 10,000 totals, and the line items and formulas of every value are dropped once summed.
 * {@link Point#estimate()} prices the point again when a caller wants its lines.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(scenario, ScenarioInput.retrainRunsPerMonth(),
 *     List.of(new BigDecimal("1.2"), new BigDecimal("5.2"), new BigDecimal("36.5")),
 *     List.of("monthly", "weekly", "daily"));
 * sweep.toMarkdown();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Sweep {
  /** One value of the input, its label, and the scenario's total and subtotals there. */
  public static final class Point {
    private final CostScenario base;
    private final ScenarioInput input;
    private final String label;
    private final BigDecimal value;
    private final Money total;
    private final Map<CostCategory, Money> subtotals;

    Point(CostScenario base, ScenarioInput input, String label, BigDecimal value, MonthlyEstimate estimate) {
      this.base = base;
      this.input = input;
      this.label = label;
      this.value = value;
      this.total = estimate.total();
      this.subtotals = estimate.subtotals();
    }

    /** The label of the value, such as {@code weekly}; the value itself when none was given. */
    public String label() {
      return label;
    }

    /** The input's value. */
    public BigDecimal value() {
      return value;
    }

    /** The exact monthly total at this value ({@code estimate().total()}). */
    public Money total() {
      return total;
    }

    /** The exact sum of one category's lines at this value; zero if there are none. */
    public Money subtotal(CostCategory category) {
      Money sum = subtotals.get(category);
      return sum != null ? sum : Money.zero(total.currency());
    }

    /** Subtotals of the categories that have lines, in {@link CostCategory} order. */
    public Map<CostCategory, Money> subtotals() {
      return subtotals;
    }

    /**
     * The estimate at this value, with its lines and findings: the base scenario with the input set to
     * {@link #value()}, priced again (a sweep does not keep every point's lines).
     */
    public MonthlyEstimate estimate() {
      return input.apply(base, value).estimate();
    }
  }

  private final CostScenario base;
  private final ScenarioInput input;
  private final List<Point> points;
  private final List<CostCategory> categories;

  private Sweep(CostScenario base, ScenarioInput input, List<Point> points) {
    this.base = base;
    this.input = input;
    this.points = List.copyOf(points);
    Set<CostCategory> used = EnumSet.noneOf(CostCategory.class);
    for (Point point : points) {
      used.addAll(point.subtotals.keySet());
    }
    this.categories = List.copyOf(used);
  }

  /** Sweeps {@code input} of {@code base} over {@code values}, labelled by the values themselves. */
  public static Sweep of(CostScenario base, ScenarioInput input, List<BigDecimal> values) {
    List<String> labels = new ArrayList<>();
    for (BigDecimal value : values) {
      labels.add(Text.number(value));
    }
    return of(base, input, values, labels);
  }

  /**
   * Sweeps {@code input} of {@code base} over {@code values}, with a label for each.
   *
   * @throws IllegalArgumentException if there are no values, or not one label per value
   */
  public static Sweep of(CostScenario base, ScenarioInput input, List<BigDecimal> values, List<String> labels) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(input, "input");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Sweep.values must hold at least one value of " + input.name()
          + ", but was empty");
    }
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("Sweep.labels must hold one label per value (" + values.size()
          + "), but holds " + labels.size());
    }
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      CostScenario varied = input.apply(base, values.get(i));
      points.add(new Point(base, input, labels.get(i), values.get(i), varied.estimate()));
    }
    return new Sweep(base, input, points);
  }

  /** The scenario the sweep starts from. */
  public CostScenario base() {
    return base;
  }

  /** The input varied. */
  public ScenarioInput input() {
    return input;
  }

  /** The points, in the order of the values. */
  public List<Point> points() {
    return points;
  }

  /** The categories any point has. */
  public List<CostCategory> categories() {
    return categories;
  }

  /** The currency of the estimates. */
  public Currency currency() {
    return points.get(0).total.currency();
  }

  /** A Markdown table: one row per value, one column per category, and the total. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| ").append(Text.markdown(input.label())).append(" |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CostCategory category : categories) {
      md.append(' ').append(category.label()).append(" |");
      rule.append("---:|");
    }
    md.append(" total (").append(currency().getCurrencyCode()).append("/month) |\n").append(rule).append("---:|\n");
    for (Point point : points) {
      md.append("| ").append(Text.markdown(point.label)).append(" |");
      for (CostCategory category : categories) {
        md.append(' ').append(Text.amount(point.subtotal(category))).append(" |");
      }
      md.append(" **").append(Text.amount(point.total())).append("** |\n");
    }
    return md.toString();
  }

  /** CSV: {@code label,value,<categories>,total,currency}; amounts rounded to the cent. */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("label,").append(Text.csv(input.label()));
    for (CostCategory category : categories) {
      csv.append(',').append(Text.csv(category.label()));
    }
    csv.append(",total,currency\n");
    for (Point point : points) {
      csv.append(Text.csv(point.label)).append(',').append(point.value.toPlainString());
      for (CostCategory category : categories) {
        csv.append(',').append(Text.plainAmount(point.subtotal(category)));
      }
      csv.append(',').append(Text.plainAmount(point.total())).append(',')
          .append(currency().getCurrencyCode()).append('\n');
    }
    return csv.toString();
  }

  /** JSON: {@code {"input": …, "unit": …, "currency": …, "points": [{"label", "value", "subtotals", "total"}]}}. */
  public String toJson() {
    StringBuilder json = new StringBuilder("{\"input\":").append(Text.json(input.name())).append(",\"unit\":")
        .append(Text.json(input.unit())).append(",\"currency\":").append(Text.json(currency().getCurrencyCode()))
        .append(",\"points\":[");
    for (int p = 0; p < points.size(); p++) {
      Point point = points.get(p);
      json.append(p == 0 ? "" : ",").append("{\"label\":").append(Text.json(point.label)).append(",\"value\":")
          .append(Text.json(point.value.toPlainString())).append(",\"subtotals\":{");
      for (int i = 0; i < categories.size(); i++) {
        json.append(i == 0 ? "" : ",").append(Text.json(categories.get(i).label())).append(':')
            .append(Text.json(Text.plainAmount(point.subtotal(categories.get(i)))));
      }
      json.append("},\"total\":").append(Text.json(Text.plainAmount(point.total()))).append('}');
    }
    return json.append("]}").toString();
  }

  /**
   * HTML for a notebook front-end: the table of {@link #toMarkdown()} (labels escaped) and the lines of
   * {@link SvgCharts#lines(Sweep)} inline.
   *
   * <pre>{@code
   * Files.writeString(Path.of("sweep.html"), sweep.toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-sweep">} element, never null
   */
  public String toHtml() {
    List<String> header = new ArrayList<>(List.of(input.label()));
    for (CostCategory category : categories) {
      header.add(category.label());
    }
    header.add("total (" + currency().getCurrencyCode() + "/month)");
    List<List<String>> rows = new ArrayList<>();
    for (Point point : points) {
      List<String> row = new ArrayList<>(List.of(point.label));
      for (CostCategory category : categories) {
        row.add(Text.amount(point.subtotal(category)));
      }
      row.add(Text.amount(point.total()));
      rows.add(row);
    }
    return Text.htmlTable("sweep", "Monthly cost as " + input.name() + " varies (" + currency().getCurrencyCode()
        + ")", header, rows, false, Text.inlineSvg(SvgCharts.lines(this)));
  }

  /**
   * The Markdown table of {@link #toMarkdown()}, readable as plain text in a console or a notebook cell.
   *
   * <pre>{@code
   * System.out.println(sweep);
   * }</pre>
   */
  @Override
  public String toString() {
    return toMarkdown();
  }
}
