package dev.costmodel.core.report;

import dev.costmodel.api.Finding;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.Price;
import dev.costmodel.core.analysis.Comparison;
import java.util.Currency;
import java.util.List;

/**
 * Markdown tables of estimates: one estimate line by line, or several side by side in the shape of the seed
 * report's section 7-3 (rows = scenarios, columns = cost categories and the total).
 *
 * <p>Amounts are rounded to the currency's minor unit for display only; each total is the rounded exact sum,
 * so a row's parts may not add up to its total by a cent (seed pattern C: 18.19, not 18.18).
 *
 * <pre>{@code
 * System.out.println(MarkdownReport.comparison(List.of(a, b, c)));
 * }</pre>
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * One estimate: a table of its line items (category, description, formula, cost), its total, the
   * findings, and the prices used with their sources.
   */
  public static String estimate(MonthlyEstimate estimate) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(escape(estimate.scenarioName())).append("\n\n");
    md.append("| category | item | formula | cost (").append(code(estimate.currency())).append(") |\n");
    md.append("|---|---|---|---:|\n");
    for (LineItem item : estimate.lineItems()) {
      md.append("| ").append(item.category().label())
          .append(" | ").append(escape(item.description()))
          .append(item.note().map(note -> " (" + escape(note) + ")").orElse(""))
          .append(" | ").append(escape(item.formula()))
          .append(" | ").append(amount(item.cost())).append(" |\n");
    }
    md.append("| **total** | | | **").append(amount(estimate.total())).append("** |\n");
    if (!estimate.findings().isEmpty()) {
      md.append("\nFindings:\n\n");
      for (Finding finding : estimate.findings()) {
        md.append("- ").append(finding.severity()).append(" `").append(finding.code()).append("`: ")
            .append(escape(finding.message())).append('\n');
      }
    }
    if (!estimate.pricesUsed().isEmpty()) {
      md.append("\nPrices used:\n\n");
      for (Price price : estimate.pricesUsed()) {
        md.append("- ").append(escape(price.toString())).append(" (").append(escape(price.source().toString()))
            .append(")\n");
      }
    }
    return md.toString();
  }

  /**
   * Several estimates side by side: one row per estimate, one column per cost category that any of them
   * has (in {@link dev.costmodel.api.CostCategory} order), and the total in bold. The same as
   * {@code Comparison.of(estimates).toMarkdown()}.
   *
   * @throws IllegalArgumentException if the list is empty or mixes currencies
   */
  public static String comparison(List<MonthlyEstimate> estimates) {
    return Comparison.of(estimates).toMarkdown();
  }

  private static String amount(Money money) {
    return Formats.fixed(money.amount(), Math.max(money.currency().getDefaultFractionDigits(), 0));
  }

  private static String code(Currency currency) {
    return currency.getCurrencyCode();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
