package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Money;
import dev.costmodel.core.chart.SvgCharts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The outcome of a {@link MonteCarlo}: percentiles of the monthly total and of each category over the samples.
 *
 * <p>Percentiles follow numpy's default (linear interpolation between order statistics). Amounts are computed
 * in double precision (the samples are statistical, not a bill) and returned as {@link Money}. Immutable and
 * thread-safe.
 */
public final class UncertaintyResult {
  private final List<CostCategory> categories;
  private final double[][] values;
  private final int samples;
  private final long seed;
  private final String method;
  private final Currency currency;
  private final double[][] percentiles;
  private final double[] min;
  private final double[] max;
  private final double[] mean;

  UncertaintyResult(List<CostCategory> categories, double[][] values, int samples, long seed, String method,
      Currency currency, boolean parallel) {
    this.categories = List.copyOf(categories);
    this.samples = samples;
    this.seed = seed;
    this.method = method;
    this.currency = currency;
    int rows = values.length;
    this.percentiles = new double[rows][3];
    this.min = new double[rows];
    this.max = new double[rows];
    this.mean = new double[rows];
    IntStream rowIndexes = IntStream.range(0, rows);
    (parallel ? rowIndexes.parallel() : rowIndexes).forEach(r -> summarize(r, values[r]));
    this.values = values;
  }

  private void summarize(int r, double[] v) {
    // plain comparisons (a sample is never NaN) rarely change the extremes, so they predict well; four partial
    // sums keep each add from waiting on the one before
    double low = v[0];
    double high = v[0];
    double[] sums = new double[4];
    int n = v.length;
    for (int j = 0; j < n; j++) {
      double x = v[j];
      sums[j & 3] += x;
      if (x < low) {
        low = x;
      }
      if (x > high) {
        high = x;
      }
    }
    min[r] = low;
    max[r] = high;
    mean[r] = ((sums[0] + sums[1]) + (sums[2] + sums[3])) / n;
    percentiles[r] = low == high ? new double[] {low, low, low} : Percentiles.tenFiftyNinety(v, low, high);
  }

  /** Sample {@code i} of row {@code row} (a category, or the total last): for tests that compare paths. */
  double sample(int row, int i) {
    double[] v = values[row];
    return v.length == 1 ? v[0] : v[i];
  }

  /** How many samples were drawn. */
  public int samples() {
    return samples;
  }

  /** The seed they were drawn with. */
  public long seed() {
    return seed;
  }

  /**
   * {@code multilinear} if the samples were priced by one multilinear polynomial per category (valid because no
   * sample could cross a tier bound or free allowance), {@code exact} if each sample's lines were priced with
   * their tiers and allowances applied to that sample ({@link MonteCarlo.Method#EXACT}), or, for a scenario
   * that does not compile (a component of your own), by a full estimate each.
   */
  public String method() {
    return method;
  }

  /** The categories with a cost, in {@link CostCategory} order. */
  public List<CostCategory> categories() {
    return categories;
  }

  /** The 10th percentile of the total: 90% of the samples cost more. */
  public Money p10() {
    return money(percentiles[categories.size()][0]);
  }

  /** The median of the total. */
  public Money p50() {
    return money(percentiles[categories.size()][1]);
  }

  /** The 90th percentile of the total: 10% of the samples cost more. */
  public Money p90() {
    return money(percentiles[categories.size()][2]);
  }

  /** The P10, P50 or P90 ({@code percentile} = 10, 50 or 90) of one category. */
  public Money percentile(CostCategory category, int percentile) {
    int row = categories.indexOf(category);
    if (row < 0) {
      throw new IllegalArgumentException("UncertaintyResult has no " + category.label() + " cost; its categories are "
          + categories);
    }
    return money(percentiles[row][column(percentile)]);
  }

  /** The smallest total drawn. */
  public Money min() {
    return money(min[categories.size()]);
  }

  /** The largest total drawn. */
  public Money max() {
    return money(max[categories.size()]);
  }

  /** The mean total. */
  public Money mean() {
    return money(mean[categories.size()]);
  }

  /** The currency of every amount. */
  public Currency currency() {
    return currency;
  }

  /**
   * Counts of the totals in {@code bins} equal-width bins from the smallest to the largest total.
   *
   * @throws IllegalArgumentException unless {@code bins >= 1}
   */
  public Histogram histogram(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("UncertaintyResult.histogram bins must be >= 1, but was " + bins);
    }
    double[] totals = values[categories.size()];
    double low = min[categories.size()];
    double high = max[categories.size()];
    double width = high > low ? (high - low) / bins : 1;
    long[] counts = new long[bins];
    for (double total : totals) {
      counts[Math.min(bins - 1, (int) ((total - low) / width))]++;
    }
    return new Histogram(low, width, counts);
  }

  /** A Markdown table: the total and each category, by P10, P50 and P90. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| " + currency.getCurrencyCode() + "/month | P10 | P50 | P90 |\n"
        + "|---|---:|---:|---:|\n");
    List<String> labels = new ArrayList<>();
    for (CostCategory category : categories) {
      labels.add(category.label());
    }
    labels.add("**total**");
    for (int r = 0; r < labels.size(); r++) {
      md.append("| ").append(labels.get(r));
      for (int p = 0; p < 3; p++) {
        md.append(" | ").append(Text.amount(money(percentiles[r][p])));
      }
      md.append(" |\n");
    }
    return md.toString();
  }

  /**
   * One line: {@code P10 USD 71.53, P50 USD 89.27, P90 USD 112.18 (100000 samples, seed 42, multilinear)}.
   *
   * <pre>{@code
   * System.out.println(spread.summary());
   * }</pre>
   *
   * @return the summary, never null
   */
  public String summary() {
    return "P10 " + p10() + ", P50 " + p50() + ", P90 " + p90() + " (" + samples + " samples, seed " + seed + ", "
        + method + ")";
  }

  /**
   * HTML for a notebook front-end: the table of {@link #toMarkdown()}, the summary, and the histogram of
   * {@link SvgCharts#histogram(UncertaintyResult, int)} (40 bins) inline.
   *
   * <pre>{@code
   * Files.writeString(Path.of("uncertainty.html"), spread.toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-uncertainty">} element, never null
   */
  public String toHtml() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= categories.size(); r++) {
      rows.add(List.of(r < categories.size() ? categories.get(r).label() : "total",
          Text.amount(money(percentiles[r][0])), Text.amount(money(percentiles[r][1])),
          Text.amount(money(percentiles[r][2]))));
    }
    return Text.htmlTable("uncertainty", "Monthly cost over " + samples + " samples (" + currency.getCurrencyCode()
        + ")", List.of(currency.getCurrencyCode() + "/month", "P10", "P50", "P90"), rows, true,
        "<p>" + Text.html(summary()) + "</p>\n" + Text.inlineSvg(SvgCharts.histogram(this, 40)));
  }

  /**
   * The {@link #summary()} line and the table of {@link #toMarkdown()}, readable as plain text in a console or
   * a notebook cell.
   *
   * <pre>{@code
   * System.out.println(spread);
   * }</pre>
   */
  @Override
  public String toString() {
    return summary() + "\n" + toMarkdown();
  }

  private Money money(double value) {
    return Money.of(BigDecimal.valueOf(value), currency);
  }

  private static int column(int percentile) {
    switch (percentile) {
      case 10:
        return 0;
      case 50:
        return 1;
      case 90:
        return 2;
      default:
        throw new IllegalArgumentException("UncertaintyResult percentile must be 10, 50 or 90, but was " + percentile);
    }
  }

  /** Equal-width bins of the sampled totals. */
  public static final class Histogram {
    private final double start;
    private final double width;
    private final long[] counts;

    Histogram(double start, double width, long[] counts) {
      this.start = start;
      this.width = width;
      this.counts = counts;
    }

    /** The lower edge of the first bin. */
    public double start() {
      return start;
    }

    /** The width of every bin. */
    public double width() {
      return width;
    }

    /** The number of totals in each bin. */
    public long[] counts() {
      return Arrays.copyOf(counts, counts.length);
    }
  }
}
