package dev.costmodel.api.price;

import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One tier of a tiered price: the rate that applies to the part of a monthly quantity from {@link #start()}
 * (inclusive) up to {@link #end()} (exclusive; empty for the open last tier), in the price's unit.
 *
 * <p>For S3 Standard storage in us-east-1: {@code [0, 51200) GiB-month at USD 0.023}, then
 * {@code [51200, 512000) at USD 0.022}, then {@code [512000, inf) at USD 0.021}. Immutable and thread-safe.
 */
public final class PriceTier {
  private final BigDecimal start;
  private final @Nullable BigDecimal end;
  private final UnitPrice rate;
  private final @Nullable PriceSource source;

  private PriceTier(BigDecimal start, @Nullable BigDecimal end, UnitPrice rate, @Nullable PriceSource source) {
    this.source = source;
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
    this.rate = Objects.requireNonNull(rate, "rate");
    if (start.signum() < 0) {
      throw new IllegalArgumentException("PriceTier.start must be >= 0, but was " + Formats.plain(start));
    }
    if (end != null && end.compareTo(start) <= 0) {
      throw new IllegalArgumentException(
          "PriceTier.end must be > start (" + Formats.plain(start) + "), but was " + Formats.plain(end));
    }
  }

  /** Returns the tier {@code [start, end)} at {@code rate}. */
  public static PriceTier of(BigDecimal start, BigDecimal end, UnitPrice rate) {
    return new PriceTier(start, Objects.requireNonNull(end, "end"), rate, null);
  }

  /** Returns the open tier {@code [start, ∞)} at {@code rate}. */
  public static PriceTier from(BigDecimal start, UnitPrice rate) {
    return new PriceTier(start, null, rate, null);
  }

  /** Where the tier starts (inclusive), in units of the rate. */
  public BigDecimal start() {
    return start;
  }

  /** Where the tier ends (exclusive), or empty for the open last tier. */
  public Optional<BigDecimal> end() {
    return Optional.ofNullable(end);
  }

  /** The rate inside the tier. */
  public UnitPrice rate() {
    return rate;
  }

  /**
   * Where this tier's rate came from when it differs from its price's source (a tier read elsewhere, or
   * inferred); empty when the price's source covers it.
   */
  public Optional<PriceSource> source() {
    return Optional.ofNullable(source);
  }

  /** Returns a copy whose rate has its own source. */
  public PriceTier withSource(PriceSource tierSource) {
    return new PriceTier(start, end, rate, Objects.requireNonNull(tierSource, "source"));
  }

  /** Returns a copy at another rate, keeping the bounds and the source. */
  public PriceTier withRate(UnitPrice newRate) {
    return new PriceTier(start, end, newRate, source);
  }

  /** The part of {@code quantity} that falls inside this tier (zero if none). */
  public BigDecimal portionOf(BigDecimal quantity) {
    if (quantity.compareTo(start) <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal top = end == null || quantity.compareTo(end) < 0 ? quantity : end;
    // top − 0 is top itself, unless top's scale is negative (subtract then gives scale 0)
    return start.signum() == 0 && top.scale() >= 0 ? top : top.subtract(start);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriceTier
        && ((PriceTier) other).start.compareTo(start) == 0
        && Objects.equals(((PriceTier) other).end().map(BigDecimal::stripTrailingZeros),
            end().map(BigDecimal::stripTrailingZeros))
        && ((PriceTier) other).rate.equals(rate)
        && Objects.equals(((PriceTier) other).source, source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start.stripTrailingZeros(), end().map(BigDecimal::stripTrailingZeros), rate, source);
  }

  /** {@code [0, 51,200) at USD 0.023/GiB-month}. */
  @Override
  public String toString() {
    return "[" + Formats.exact(start) + ", " + (end == null ? "inf" : Formats.exact(end)) + ") at " + rate;
  }
}
