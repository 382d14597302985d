package dev.costmodel.api;

import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One line of an estimate: <em>quantity × unit price = cost</em>, with its category, a description, and the
 * formula in words and numbers, for example
 * {@code 100,000 models × 1.2 runs × 0.25 h × USD 0.23/instance-hour = USD 6,900.00}.
 *
 * <p>The quantity is in the unit of the price ({@link #unit()}). The cost is exact; the formula shows it
 * rounded to cents. For a tiered price, {@link #unitPrice()} is the effective average rate (cost ÷ quantity)
 * and the formula shows each tier. {@link #price()} is the catalog entry used, with its source. A line of a
 * {@linkplain MonthlyEstimate#convertedTo converted} estimate ends with the conversion and its rate:
 * {@code … = USD 16.00 × 150 JPY/USD = JPY 2,400}.
 *
 * <p>Components make line items with {@link PricingContext#lineItem}; a hand-made one is built with
 * {@link #builder()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LineItem {
  LineItem() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The component that priced this line, such as {@code RetrainPipeline}. */
  public abstract String component();

  /** What the line pays for. */
  public abstract CostCategory category();

  /** A short description, such as {@code train (ml.m5.xlarge, Training)}. */
  public abstract String description();

  /** How many units of {@link #unit()} the line buys, exact. */
  public abstract BigDecimal quantity();

  /** The unit the quantity is counted in. */
  public abstract PriceUnit unit();

  /** The price per unit (the effective average for a tiered price). */
  public abstract UnitPrice unitPrice();

  /** The exact cost. */
  public abstract Money cost();

  /**
   * The calculation in words and numbers. A line priced by {@link PricingContext#lineItem} writes it the first
   * time it is asked for (an estimate that is only summed never writes it), then keeps it.
   */
  public String formula() {
    return formulaText().toString();
  }

  /** The formula, written when first asked for. */
  abstract Formula formulaText();

  /** The catalog price this line used, with its source; empty for a hand-made line. */
  public abstract Optional<Price> price();

  /** Notes on how the line was priced, such as a discount applied to it; may be empty. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (quantity().signum() < 0) {
      throw new IllegalArgumentException(
          "LineItem.quantity must be >= 0, but was " + quantity().toPlainString() + " for " + description());
    }
    if (cost().isNegative()) {
      throw new IllegalArgumentException(
          "LineItem.cost must be >= 0, but was " + cost().toExactString() + " for " + description());
    }
  }

  /** {@code description: formula}. */
  @Override
  public String toString() {
    return description() + ": " + formula();
  }

  /** Builds a {@link LineItem}; every attribute but {@code price} and {@code note} is required. */
  public static final class Builder extends ImmutableLineItem.Builder {
    Builder() {}

    /** Sets the calculation in words and numbers. */
    public Builder formula(String formula) {
      formulaText(Formula.of(formula));
      return this;
    }

    /**
     * Sets the calculation in words and numbers, written by {@code formula} the first time {@link #formula()}
     * is asked for. {@code formula} must give the same text every time and be safe to call from any thread.
     */
    public Builder formula(Supplier<String> formula) {
      formulaText(Formula.writtenBy(formula));
      return this;
    }
  }
}
