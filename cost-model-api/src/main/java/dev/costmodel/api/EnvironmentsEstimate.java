package dev.costmodel.api;

import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a system costs per month in each of its {@link Environments} and in all of them: each environment's
 * {@link MonthlyEstimate}, the exact {@link #total()} across environments, {@link #subtotal(CostCategory)
 * subtotals} by category across environments, and every line tagged with its environment.
 *
 * <p>The total is the exact sum of the environments' exact totals, rounded once for display, so it can
 * differ by a cent from the sum of the environments' rounded totals. {@link #toString()} is a Markdown table:
 * one row per environment, one column per category, and a total row.
 *
 * <pre>{@code
 * EnvironmentsEstimate estimate = environments.estimate();
 * estimate.estimate("prod").total().rounded();     // one environment
 * estimate.total().rounded();                      // all of them
 * estimate.subtotal(CostCategory.INFERENCE);       // one category, all environments
 * System.out.println(estimate);                    // Markdown
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvironmentsEstimate {
  private final String name;
  private final Currency currency;
  private final Map<String, MonthlyEstimate> estimates;

  EnvironmentsEstimate(String name, Currency currency, Map<String, MonthlyEstimate> estimates) {
    this.name = Objects.requireNonNull(name, "name");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.estimates = Collections.unmodifiableMap(new LinkedHashMap<>(estimates));
  }

  /** The base scenario's name. */
  public String name() {
    return name;
  }

  /** The currency of every environment's estimate. */
  public Currency currency() {
    return currency;
  }

  /** The environments' names, in the order they were added. */
  public List<String> names() {
    return List.copyOf(estimates.keySet());
  }

  /**
   * The estimate of the environment {@code name}.
   *
   * @throws IllegalArgumentException if there is no such environment (with the nearest names)
   */
  public MonthlyEstimate estimate(String environment) {
    MonthlyEstimate estimate = estimates.get(environment);
    if (estimate == null) {
      throw unknown(environment, estimates.keySet());
    }
    return estimate;
  }

  /** Every environment's estimate by name, in order. */
  public Map<String, MonthlyEstimate> estimates() {
    return estimates;
  }

  /** The exact monthly total of every environment: the sum of their exact totals. */
  public Money total() {
    Money total = Money.zero(currency);
    for (MonthlyEstimate estimate : estimates.values()) {
      total = total.plus(estimate.total());
    }
    return total;
  }

  /** The exact sum of one category across every environment; zero if none has it. */
  public Money subtotal(CostCategory category) {
    Money total = Money.zero(currency);
    for (MonthlyEstimate estimate : estimates.values()) {
      total = total.plus(estimate.subtotal(category));
    }
    return total;
  }

  /** Subtotals across environments of the categories that have lines, in {@link CostCategory} order. */
  public Map<CostCategory, Money> subtotals() {
    Map<CostCategory, Money> sums = new EnumMap<>(CostCategory.class);
    for (MonthlyEstimate estimate : estimates.values()) {
      estimate.subtotals().forEach((category, money) -> sums.merge(category, money, Money::plus));
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(sums));
  }

  /** Every line of every environment, tagged with its environment, in environment order. */
  public List<Line> lineItems() {
    List<Line> lines = new ArrayList<>();
    estimates.forEach((environment, estimate) ->
        estimate.lineItems().forEach(item -> lines.add(new Line(environment, item))));
    return List.copyOf(lines);
  }

  /** Every environment's findings, tagged with its environment: {@code dev: WARNING single-instance-endpoint: …}. */
  public List<String> findings() {
    List<String> findings = new ArrayList<>();
    estimates.forEach((environment, estimate) ->
        estimate.findings().forEach(finding -> findings.add(environment + ": " + finding)));
    return List.copyOf(findings);
  }

  /**
   * A Markdown table: one row per environment with its subtotals and total, then a total row; amounts in
   * the currency, rounded to cents for display.
   */
  @Override
  public String toString() {
    Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
    estimates.values().forEach(estimate -> categories.addAll(estimate.subtotals().keySet()));
    StringBuilder text = new StringBuilder("| environment |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CostCategory category : categories) {
      text.append(' ').append(category.label()).append(" |");
      rule.append("---:|");
    }
    text.append(" total (").append(currency.getCurrencyCode()).append("/month) |\n").append(rule).append("---:|\n");
    estimates.forEach((environment, estimate) -> {
      text.append("| ").append(environment).append(" |");
      for (CostCategory category : categories) {
        text.append(' ').append(cents(estimate.subtotal(category))).append(" |");
      }
      text.append(' ').append(cents(estimate.total())).append(" |\n");
    });
    text.append("| **total** |");
    for (CostCategory category : categories) {
      text.append(' ').append(cents(subtotal(category))).append(" |");
    }
    return text.append(" **").append(cents(total())).append("** |").toString();
  }

  private static String cents(Money money) {
    return Formats.fixed(money.amount(), 2);
  }

  static IllegalArgumentException unknown(String environment, Collection<String> names) {
    return new IllegalArgumentException("unknown environment '" + environment + "'; the environments are "
        + String.join(", ", names) + Suggestions.didYouMean(environment, names));
  }

  /**
   * One line of one environment's estimate: {@code prod: real-time endpoint (2 × ml.m5.xlarge): …}.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Line {
    private final String environment;
    private final LineItem item;

    Line(String environment, LineItem item) {
      this.environment = Objects.requireNonNull(environment, "environment");
      this.item = Objects.requireNonNull(item, "item");
    }

    /** The environment the line belongs to, such as {@code prod}. */
    public String environment() {
      return environment;
    }

    /** The line itself. */
    public LineItem item() {
      return item;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Line && ((Line) other).environment.equals(environment)
          && ((Line) other).item.equals(item);
    }

    @Override
    public int hashCode() {
      return environment.hashCode() * 31 + item.hashCode();
    }

    /** {@code environment: description: formula}. */
    @Override
    public String toString() {
      return environment + ": " + item;
    }
  }
}
