package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Html;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a scenario costs per month, line by line: its {@link LineItem}s, their exact {@link #total()},
 * {@link #subtotal(CostCategory) subtotals} by category, the prices used with their sources, and
 * {@link Finding}s about the design.
 *
 * <p>Everything is exact. The total is the sum of the unrounded lines; round it once for display with
 * {@code total().rounded()}. That is why the seed's pattern C / serverless totals USD 18.19 while its parts,
 * rounded, add up to 18.18.
 *
 * <pre>{@code
 * estimate.total().rounded();                      // USD 25,587.46
 * estimate.subtotal(CostCategory.RETRAIN);         // USD 25,300.00
 * estimate.lineItems().forEach(System.out::println);
 * System.out.println(estimate);                    // a table: lines, subtotals, total, findings
 * estimate.summary();                              // one line
 * estimate.toHtml();                               // the table as HTML, for notebook front-ends
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlyEstimate {
  MonthlyEstimate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name of the scenario estimated. */
  public abstract String scenarioName();

  /** The currency of every line. */
  public abstract Currency currency();

  /** The lines, in the order of the scenario's components. */
  public abstract List<LineItem> lineItems();

  /** Doubts about the design; the estimate stands regardless. */
  public abstract List<Finding> findings();

  /** The exact monthly total: the sum of every line's unrounded cost. */
  @Value.Lazy
  public Money total() {
    Money total = Money.zero(currency());
    for (LineItem item : lineItems()) {
      total = total.plus(item.cost());
    }
    return total;
  }

  /** The exact sum of the lines of one category; zero if there are none. */
  public Money subtotal(CostCategory category) {
    Money total = Money.zero(currency());
    for (LineItem item : lineItems()) {
      if (item.category() == category) {
        total = total.plus(item.cost());
      }
    }
    return total;
  }

  /** Subtotals of the categories that have lines, in {@link CostCategory} order. */
  @Value.Lazy
  public Map<CostCategory, Money> subtotals() {
    Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
    for (LineItem item : lineItems()) {
      sums.merge(item.category(), item.cost(), Money::plus);
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(sums));
  }

  /** The catalog prices the lines used, each once, with their sources, in order of first use. */
  @Value.Lazy
  public List<Price> pricesUsed() {
    Map<PriceKey, Price> used = new LinkedHashMap<>();
    for (LineItem item : lineItems()) {
      item.price().ifPresent(price -> used.putIfAbsent(price.key(), price));
    }
    return List.copyOf(new ArrayList<>(used.values()));
  }

  /**
   * Returns a copy of this estimate in another currency, at {@code rate} units of {@code target} per unit of
   * this estimate's currency, exactly (nothing is rounded).
   *
   * <p>Every line's cost and unit price is converted at full precision, so the converted total is the exact
   * total times the rate, rounded once for display. Each line's formula keeps its calculation in this
   * currency and ends with the conversion, naming the rate:
   * {@code 400,000 seconds × USD 0.00004/second = USD 16.00 × 150 JPY/USD = JPY 2,400}.
   * {@link #pricesUsed()} still lists the catalog's prices, in the catalog's currency, with their sources.
   *
   * <pre>{@code
   * estimate.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150")).total().rounded();   // JPY 10,361
   * }</pre>
   *
   * @param target the currency to convert to
   * @param rate units of {@code target} per unit of {@link #currency()}, such as 150 for JPY per USD
   * @return the converted estimate, never null
   * @throws IllegalArgumentException if {@code rate} is not above zero
   */
  public MonthlyEstimate convertedTo(Currency target, BigDecimal rate) {
    Checks.positive("MonthlyEstimate.convertedTo rate", rate);
    String rateText = Formats.exact(rate) + " " + target.getCurrencyCode() + "/" + currency().getCurrencyCode();
    List<LineItem> converted = new ArrayList<>();
    for (LineItem item : lineItems()) {
      Money cost = item.cost().convertedTo(target, rate);
      converted.add(LineItem.builder().from(item)
          .unitPrice(UnitPrice.of(item.unitPrice().price().convertedTo(target, rate), item.unitPrice().unit()))
          .cost(cost)
          .formula(() -> item.formula() + " × " + rateText + " = " + cost)
          .build());
    }
    return builder().from(this).currency(target).lineItems(converted).build();
  }

  /**
   * One line: the scenario, its total and its subtotals, each rounded for display:
   * {@code B / serverless: USD 69.07 (retrain USD 50.60, storage USD 0.54, inference USD 17.34, monitoring USD 0.59)}.
   *
   * <pre>{@code
   * System.out.println(estimate.summary());
   * }</pre>
   *
   * @return the summary, never null
   */
  public String summary() {
    StringBuilder text = new StringBuilder(scenarioName()).append(": ").append(total()).append(" (");
    String separator = "";
    for (Map.Entry<CostCategory, Money> entry : subtotals().entrySet()) {
      text.append(separator).append(entry.getKey().label()).append(' ').append(entry.getValue());
      separator = ", ";
    }
    return text.append(')').toString();
  }

  /**
   * A plain-text table for a console or a notebook cell: a heading with the total, then one row per line
   * (category, cost rounded for display, description and formula), the subtotals, the total and the findings.
   * {@link #summary()} is the one-line form.
   *
   * <pre>{@code
   * System.out.println(estimate);   // the seed's pattern B on serverless (the README's quick start)
   * // B / serverless: USD 69.07 a month
   * // category    cost (USD)  line
   * // retrain          13.80  preprocess (Processing, ml.m5.xlarge): 200 models × 1.2 runs × 0.25 h = …
   * // …
   * // total            69.07  9 lines, summed exactly, rounded once
   * // findings:
   * //   WARNING serverless-many-models: one serverless endpoint cannot serve 200 models: …
   * }</pre>
   */
  @Override
  public String toString() {
    String costHeader = "cost (" + currency().getCurrencyCode() + ")";
    int categoryWidth = Math.max("category".length(), "total".length());
    int costWidth = Math.max(costHeader.length(), amount(total()).length());
    for (LineItem item : lineItems()) {
      categoryWidth = Math.max(categoryWidth, item.category().label().length());
      costWidth = Math.max(costWidth, amount(item.cost()).length());
    }
    StringBuilder text = new StringBuilder(scenarioName()).append(": ").append(total()).append(" a month\n");
    row(text, categoryWidth, "category", costWidth, costHeader, "line");
    for (LineItem item : lineItems()) {
      row(text, categoryWidth, item.category().label(), costWidth, amount(item.cost()),
          item.description() + item.note().map(note -> " (" + note + ")").orElse("") + ": " + item.formula());
    }
    for (Map.Entry<CostCategory, Money> entry : subtotals().entrySet()) {
      row(text, categoryWidth, entry.getKey().label(), costWidth, amount(entry.getValue()), "subtotal");
    }
    int lines = lineItems().size();
    row(text, categoryWidth, "total", costWidth, amount(total()),
        lines + (lines == 1 ? " line" : " lines") + ", summed exactly, rounded once");
    if (findings().isEmpty()) {
      return text.append("findings: none").toString();
    }
    text.append("findings:");
    for (Finding finding : findings()) {
      text.append("\n  ").append(finding);
    }
    return text.toString();
  }

  /**
   * An HTML table for notebook front-ends that render HTML: a caption with the scenario and its total, one row
   * per line (category, item, formula, cost), the subtotals and the total in the footer, and the findings as a
   * list. Every text is escaped ({@code <}, {@code &}, quotes), so a scenario named {@code A <b> & "c"} shows
   * as written. No style sheet or script is needed.
   *
   * <pre>{@code
   * Files.writeString(Path.of("estimate.html"), estimate.toHtml());
   * }</pre>
   *
   * @return a {@code <div class="costmodel-estimate">} element, never null
   */
  public String toHtml() {
    String right = "<td style=\"text-align:right\">";
    StringBuilder html = new StringBuilder("<div class=\"costmodel-estimate\">\n<table>\n<caption>")
        .append(Html.escape(scenarioName())).append(": ").append(total()).append(" a month</caption>\n")
        .append("<thead><tr><th>category</th><th>item</th><th>formula</th><th>cost (")
        .append(currency().getCurrencyCode()).append(")</th></tr></thead>\n<tbody>\n");
    for (LineItem item : lineItems()) {
      html.append("<tr><td>").append(Html.escape(item.category().label())).append("</td><td>")
          .append(Html.escape(item.description()))
          .append(item.note().map(note -> "<br><small>" + Html.escape(note) + "</small>").orElse(""))
          .append("</td><td>").append(Html.escape(item.formula())).append("</td>").append(right)
          .append(amount(item.cost())).append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot>\n");
    for (Map.Entry<CostCategory, Money> entry : subtotals().entrySet()) {
      html.append("<tr><th>").append(Html.escape(entry.getKey().label())).append("</th><td colspan=\"2\">subtotal</td>")
          .append(right).append(amount(entry.getValue())).append("</td></tr>\n");
    }
    html.append("<tr><th>total</th><td colspan=\"2\"></td>").append(right).append("<b>").append(amount(total()))
        .append("</b></td></tr>\n</tfoot>\n</table>\n");
    if (!findings().isEmpty()) {
      html.append("<p>Findings:</p>\n<ul>\n");
      for (Finding finding : findings()) {
        html.append("<li>").append(finding.severity()).append(" <code>").append(Html.escape(finding.code()))
            .append("</code>: ").append(Html.escape(finding.message())).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    return html.append("</div>\n").toString();
  }

  private static void row(StringBuilder text, int categoryWidth, String category, int costWidth, String cost,
      String line) {
    text.append(category).append(" ".repeat(categoryWidth - category.length() + 2 + costWidth - cost.length()))
        .append(cost).append("  ").append(line).append('\n');
  }

  private static String amount(Money money) {
    return Formats.fixed(money.amount(), Math.max(money.currency().getDefaultFractionDigits(), 0));
  }

  @Value.Check
  void check() {
    for (LineItem item : lineItems()) {
      if (!item.cost().currency().equals(currency())) {
        throw new IllegalArgumentException(
            "MonthlyEstimate.lineItems must all be in " + currency() + ", but '" + item.description()
                + "' is in " + item.cost().currency() + ": convert prices to one currency before estimating");
      }
    }
  }

  /** Builds a {@link MonthlyEstimate}; used by {@link CostScenario} and by converters. */
  public static final class Builder extends ImmutableMonthlyEstimate.Builder {
    Builder() {}
  }
}
