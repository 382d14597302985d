package dev.costmodel.core.analysis;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.core.chart.SvgCharts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Several estimates side by side: one row per scenario, one column per cost category that any of them has
 * (in {@link CostCategory} order), and the total. This is the shape of the seed report's section 7-3.
 *
 * <pre>{@code
 * Comparison table = Comparison.ofScenarios(List.of(a, b, c));
 * table.toMarkdown();   // | scenario | retrain | storage | inference | monitoring | total (USD/month) |
 * table.toCsv();
 * table.toJson();
 * table.toHtml();       // the table and its stacked-bar chart, for a notebook
 * }</pre>
 *
 * <p>Amounts are shown rounded to the cent; each total is the rounded exact sum. Immutable and thread-safe.
 */
public final class Comparison {
  private final List<MonthlyEstimate> estimates;
  private final List<CostCategory> categories;
  private final Currency currency;

  private Comparison(List<MonthlyEstimate> estimates) {
    if (estimates.isEmpty()) {
      throw new IllegalArgumentException("Comparison.estimates must hold at least one estimate, but was empty");
    }
    this.estimates = List.copyOf(estimates);
    this.currency = estimates.get(0).currency();
    Set<CostCategory> used = EnumSet.noneOf(CostCategory.class);
    for (MonthlyEstimate estimate : estimates) {
      if (!estimate.currency().equals(currency)) {
        throw new IllegalArgumentException("Comparison.estimates must share one currency, but '"
            + estimate.scenarioName() + "' is in " + estimate.currency().getCurrencyCode() + " and others in "
            + currency.getCurrencyCode() + ": convert with MonthlyEstimate.convertedTo first");
      }
      used.addAll(estimate.subtotals().keySet());
    }
    this.categories = List.copyOf(used);
  }

  /** Compares estimates, in the given order. */
  public static Comparison of(List<MonthlyEstimate> estimates) {
    return new Comparison(estimates);
  }

  /** Compares the estimates of scenarios, in the given order. */
  public static Comparison ofScenarios(List<CostScenario> scenarios) {
    List<MonthlyEstimate> estimates = new ArrayList<>();
    for (CostScenario scenario : scenarios) {
      estimates.add(scenario.estimate());
    }
    return new Comparison(estimates);
  }

  /** The estimates, one per row. */
  public List<MonthlyEstimate> estimates() {
    return estimates;
  }

  /** The categories that any estimate has, one per column. */
  public List<CostCategory> categories() {
    return categories;
  }

  /** The one currency of every estimate. */
  public Currency currency() {
    return currency;
  }

  /** A Markdown table: scenarios as rows, categories and the total (bold) as columns. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("| scenario |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CostCategory category : categories) {
      md.append(' ').append(category.label()).append(" |");
      rule.append("---:|");
    }
    md.append(" total (").append(currency.getCurrencyCode()).append("/month) |\n").append(rule).append("---:|\n");
    for (MonthlyEstimate estimate : estimates) {
      md.append("| ").append(Text.markdown(estimate.scenarioName())).append(" |");
      for (CostCategory category : categories) {
        md.append(' ').append(Text.amount(estimate.subtotal(category))).append(" |");
      }
      md.append(" **").append(Text.amount(estimate.total())).append("** |\n");
    }
    return md.toString();
  }

  /** CSV with a header row: {@code scenario,retrain,…,total,currency}; amounts rounded to the cent. */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("scenario");
    for (CostCategory category : categories) {
      csv.append(',').append(Text.csv(category.label()));
    }
    csv.append(",total,currency\n");
    for (MonthlyEstimate estimate : estimates) {
      csv.append(Text.csv(estimate.scenarioName()));
      for (CostCategory category : categories) {
        csv.append(',').append(Text.plainAmount(estimate.subtotal(category)));
      }
      csv.append(',').append(Text.plainAmount(estimate.total())).append(',').append(currency.getCurrencyCode())
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * JSON: {@code {"currency": "USD", "categories": [...], "rows": [{"scenario": …, "subtotals": {…}, "total":
   * "25587.46", "exactTotal": "25587.462…"}]}}; amounts are strings, so no precision is lost.
   */
  public String toJson() {
    StringBuilder json = new StringBuilder("{\"currency\":").append(Text.json(currency.getCurrencyCode()))
        .append(",\"categories\":[");
    for (int i = 0; i < categories.size(); i++) {
      json.append(i == 0 ? "" : ",").append(Text.json(categories.get(i).label()));
    }
    json.append("],\"rows\":[");
    for (int r = 0; r < estimates.size(); r++) {
      MonthlyEstimate estimate = estimates.get(r);
      json.append(r == 0 ? "" : ",").append("{\"scenario\":").append(Text.json(estimate.scenarioName()))
          .append(",\"subtotals\":{");
      for (int i = 0; i < categories.size(); i++) {
        json.append(i == 0 ? "" : ",").append(Text.json(categories.get(i).label())).append(':')
            .append(Text.json(Text.plainAmount(estimate.subtotal(categories.get(i)))));
      }
      BigDecimal exact = estimate.total().amount();
      json.append("},\"total\":").append(Text.json(Text.plainAmount(estimate.total())))
          .append(",\"exactTotal\":").append(Text.json(exact.toPlainString())).append('}');
    }
    return json.append("]}").toString();
  }

  /**
   * HTML for a notebook front-end: the table of {@link #toMarkdown()} (scenario names escaped) and the stacked
   * bars of {@link SvgCharts#stackedBars(Comparison)} inline.
   *
   * <pre>{@code
   * Files.writeString(Path.of("comparison.html"), Comparison.ofScenarios(List.of(a, b)).toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-comparison">} element, never null
   */
  public String toHtml() {
    List<String> header = new ArrayList<>(List.of("scenario"));
    for (CostCategory category : categories) {
      header.add(category.label());
    }
    header.add("total (" + currency.getCurrencyCode() + "/month)");
    List<List<String>> rows = new ArrayList<>();
    for (MonthlyEstimate estimate : estimates) {
      List<String> row = new ArrayList<>(List.of(estimate.scenarioName()));
      for (CostCategory category : categories) {
        row.add(Text.amount(estimate.subtotal(category)));
      }
      row.add(Text.amount(estimate.total()));
      rows.add(row);
    }
    return Text.htmlTable("comparison", "Monthly cost by scenario (" + currency.getCurrencyCode() + ")", header,
        rows, false, Text.inlineSvg(SvgCharts.stackedBars(this)));
  }

  /**
   * The Markdown table of {@link #toMarkdown()}, readable as plain text in a console or a notebook cell.
   *
   * <pre>{@code
   * System.out.println(Comparison.ofScenarios(List.of(a, b)));
   * }</pre>
   */
  @Override
  public String toString() {
    return toMarkdown();
  }
}
