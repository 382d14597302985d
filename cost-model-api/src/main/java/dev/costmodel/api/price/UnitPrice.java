package dev.costmodel.api.price;

import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money per unit of something: {@code USD 0.23/instance-hour}, {@code USD 0.00004/second},
 * {@code USD 0.016/GiB}.
 *
 * <p>The price is kept exactly as published ({@code 0.0000166667} stays {@code 0.0000166667}).
 * {@link #costOf(BigDecimal)} multiplies exactly; nothing is rounded.
 *
 * <pre>{@code
 * UnitPrice m5 = UnitPrice.perInstanceHour(Money.usd("0.23"));
 * m5.costOf(new BigDecimal("110000"));   // USD 25,300.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitPrice {
  private final Money price;
  private final PriceUnit unit;

  private UnitPrice(Money price, PriceUnit unit) {
    this.price = Objects.requireNonNull(price, "price");
    this.unit = Objects.requireNonNull(unit, "unit");
    if (price.isNegative()) {
      throw new IllegalArgumentException(
          "UnitPrice.price must be >= 0, but was " + price.toExactString() + "/" + unit.label());
    }
  }

  /** Returns {@code price} per one {@code unit}; the price must not be negative. */
  public static UnitPrice of(Money price, PriceUnit unit) {
    return new UnitPrice(price, unit);
  }

  /** Returns a price per instance-hour. */
  public static UnitPrice perInstanceHour(Money price) {
    return new UnitPrice(price, PriceUnit.INSTANCE_HOUR);
  }

  /** Returns a price per second. */
  public static UnitPrice perSecond(Money price) {
    return new UnitPrice(price, PriceUnit.SECOND);
  }

  /** Returns a price per GiB (2<sup>30</sup> bytes; AWS's "GB"). */
  public static UnitPrice perGibibyte(Money price) {
    return new UnitPrice(price, PriceUnit.GIB);
  }

  /** Returns a price per GiB stored for a month (AWS's "GB-Mo"). */
  public static UnitPrice perGibibyteMonth(Money price) {
    return new UnitPrice(price, PriceUnit.GIB_MONTH);
  }

  /** Returns a price per million requests. */
  public static UnitPrice perMillionRequests(Money price) {
    return new UnitPrice(price, PriceUnit.MILLION_REQUESTS);
  }

  /** The money one unit costs. */
  public Money price() {
    return price;
  }

  /** The unit the price is per. */
  public PriceUnit unit() {
    return unit;
  }

  /** Returns the exact cost of {@code quantity} units. */
  public Money costOf(BigDecimal quantity) {
    return price.times(quantity);
  }

  /** Returns a copy with the price multiplied by {@code factor} (a discount of 20% is a factor of 0.8). */
  public UnitPrice multipliedBy(BigDecimal factor) {
    return new UnitPrice(price.times(factor), unit);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitPrice
        && ((UnitPrice) other).price.equals(price)
        && ((UnitPrice) other).unit == unit;
  }

  @Override
  public int hashCode() {
    return price.hashCode() * 31 + unit.hashCode();
  }

  /** The price with every digit, and its unit: {@code USD 0.0000166667/GiB-second}. */
  @Override
  public String toString() {
    return price.currency().getCurrencyCode() + " " + Formats.exact(price.amount()) + "/" + unit.label();
  }
}
