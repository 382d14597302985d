package dev.costmodel.api;

import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.UnitPrice;
import dev.costmodel.api.price.UnknownPriceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import javax.annotation.Nullable;

/**
 * What a {@link CostComponent} prices itself with: the catalog, the workload, the topology and its model
 * count, and the scenario's other components. {@link CostScenario} makes one per estimate.
 *
 * <p>{@link #lineItem} is the one way a component turns a quantity into a {@link LineItem}: it looks the
 * price up (with a clear error for an unknown instance type), applies its tiers, and writes the formula from
 * the terms it is given.
 *
 * <pre>{@code
 * // inside a user-written component:
 * public List<LineItem> lineItems(PricingContext context) {
 *   BigDecimal gib = context.workload().inferenceGibibytesPerMonth();
 *   return List.of(context.lineItem("MyQueue", CostCategory.OTHER, "queue traffic",
 *       PriceKey.of("SageMaker", "DataProcessedIn", "endpoint"), "resource", gib,
 *       List.of(PricingContext.term(gib, "GiB"))));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PricingContext {
  /** Hours in the billing month every monthly figure uses: 730 (AWS's convention, 8,760 h ÷ 12). */
  public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private final PriceCatalog prices;
  private final Workload workload;
  private final ModelTopology topology;
  private final List<CostComponent> components;

  PricingContext(PriceCatalog prices, Workload workload, ModelTopology topology, List<CostComponent> components) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.workload = Objects.requireNonNull(workload, "workload");
    this.topology = Objects.requireNonNull(topology, "topology");
    this.components = List.copyOf(components);
  }

  /** The catalog prices come from. */
  public PriceCatalog prices() {
    return prices;
  }

  /** The workload being served. */
  public Workload workload() {
    return workload;
  }

  /** The topology of models. */
  public ModelTopology topology() {
    return topology;
  }

  /**
   * Every component of the scenario, the one being priced included, in the scenario's order: what a component
   * checks its design against (Model Monitor needs a single-model endpoint to watch).
   */
  public List<CostComponent> components() {
    return components;
  }

  /** How many models the topology needs for the workload. */
  public long modelCount() {
    return topology.modelCount(workload);
  }

  /**
   * Returns the price for {@code key}.
   *
   * @param noun what the key's resource is, for the error message: "instance type", "memory size"…
   * @throws UnknownPriceException naming the catalog and the nearest known names
   */
  public Price price(PriceKey key, String noun) {
    return prices.find(key).orElseThrow(() -> UnknownPriceException.of(prices, key, noun));
  }

  /** A term of a formula: a number and what it counts, such as {@code 1.2 runs}. */
  public static Term term(BigDecimal value, String label) {
    return new Term(Objects.requireNonNull(value, "value"), null, Objects.requireNonNull(label, "label"));
  }

  /** A term of a formula: a whole number and what it counts, such as {@code 100,000 models}. */
  public static Term term(long value, String label) {
    return term(BigDecimal.valueOf(value), label);
  }

  /**
   * A term of a formula that counts things, in the singular for exactly one and the plural otherwise:
   * {@code 1 run}, {@code 1.2 runs}, {@code 0 runs}.
   */
  public static Term term(BigDecimal value, String singular, String plural) {
    return term(value, value.compareTo(BigDecimal.ONE) == 0 ? singular : plural);
  }

  /** A term of a formula that counts whole things: {@code 1 model}, {@code 200 models}. */
  public static Term term(long value, String singular, String plural) {
    return term(BigDecimal.valueOf(value), value == 1 ? singular : plural);
  }

  /**
   * A term of a formula: a duration in exact hours (seconds and nanos ÷ 3600), shown to four decimals:
   * {@code 0.25 h} for 15 minutes, {@code 0.1667 h} for 10. The division is done only if the formula is
   * written.
   */
  public static Term term(Duration duration) {
    return new Term(null, Objects.requireNonNull(duration, "duration"), "h");
  }

  /** A term of a formula written as it should read, such as {@code 20 MiB}. */
  public static Term term(String text) {
    return new Term(null, null, Objects.requireNonNull(text, "text"));
  }

  /**
   * Prices {@code quantity} units of the price at {@code key} and returns the line, with a formula made of
   * {@code terms} (whose product should be the quantity), the rate and the cost. The formula is written the
   * first time the line's {@link LineItem#formula()} is asked for, not here: pricing formats no number.
   */
  public LineItem lineItem(String component, CostCategory category, String description, PriceKey key,
      String noun, BigDecimal quantity, List<Term> terms) {
    Price price = price(key, noun);
    Money cost = price.costOf(quantity);
    // the effective rate of a tiered price; inside the first tier, cost ÷ quantity is that tier's rate
    boolean beyondFirstTier = price.isTiered() && price.tiers().get(1).portionOf(quantity).signum() > 0;
    UnitPrice unitPrice = beyondFirstTier
        ? UnitPrice.of(cost.dividedBy(quantity, dev.costmodel.api.internal.Maths.CONTEXT), price.unit())
        : price.unitPrice();
    List<Term> factors = List.copyOf(terms);
    return LineItem.builder()
        .component(component)
        .category(category)
        .description(description)
        .quantity(quantity)
        .unit(price.unit())
        .unitPrice(unitPrice)
        .cost(cost)
        .formula(() -> formula(factors, price, quantity, cost))
        .price(price)
        .note(price.adjustments().isEmpty()
            ? Optional.empty() : Optional.of("after " + String.join(", then ", price.adjustments())))
        .build();
  }

  private static String formula(List<Term> terms, Price price, BigDecimal quantity, Money cost) {
    StringJoiner product = new StringJoiner(" × ");
    terms.forEach(term -> product.add(term.text()));
    String total = Formats.number(quantity) + " " + price.unit().quantityLabel(quantity);
    StringBuilder text = new StringBuilder();
    if (product.length() > 0 && !product.toString().equals(total)) {
      text.append(product).append(" = ");
    }
    text.append(total);
    if (!price.isTiered()) {
      text.append(" × ").append(price.unitPrice());
    } else {
      String separator = ", tiered: ";
      for (PriceTier tier : price.tiers()) {
        BigDecimal portion = tier.portionOf(quantity);
        if (portion.signum() == 0) {
          break;
        }
        text.append(separator).append(Formats.number(portion)).append(" × ").append(tier.rate());
        separator = " + ";
      }
    }
    return text.append(" = ").append(cost).toString();
  }

  /**
   * One factor of a formula as a reader sees it: {@code 100,000 models}, {@code 1.2 runs}, {@code 20 MiB}. It
   * keeps its number and writes its text when asked for.
   */
  public static final class Term {
    private final @Nullable BigDecimal value;
    private final @Nullable Duration duration;
    private final String label;

    private Term(@Nullable BigDecimal value, @Nullable Duration duration, String label) {
      this.value = value;
      this.duration = duration;
      this.label = label;
    }

    /** The factor as written in the formula. */
    public String text() {
      if (value != null) {
        return Formats.number(value) + " " + label;
      }
      if (duration != null) {
        return Formats.number(Formats.hours(duration)) + " " + label;
      }
      return label;
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
