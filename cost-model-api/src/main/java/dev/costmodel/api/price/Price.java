package dev.costmodel.api.price;

import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link PriceCatalog}: what it prices ({@link PriceKey}), its rate or tiers, and where it came
 * from ({@link PriceSource}).
 *
 * <p>A flat price has one open tier starting at zero. A tiered price applies each tier's rate to the part of
 * the monthly quantity inside that tier: 600 TB of S3 Standard is 50 TB at the first rate, 450 TB at the
 * second and 100 TB at the third, never all 600 TB at the first rate.
 *
 * <pre>{@code
 * Price m5 = Price.flat(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge"),
 *     UnitPrice.perInstanceHour(Money.usd("0.23")),
 *     PriceSource.of("seed report section 5-1", "2026", PriceStatus.SECONDARY));
 * m5.costOf(new BigDecimal("1.1"));   // USD 0.253
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Price {
  private final PriceKey key;
  private final List<PriceTier> tiers;
  private final PriceSource source;
  private final List<String> adjustments;

  private Price(PriceKey key, List<PriceTier> tiers, PriceSource source, List<String> adjustments) {
    this.key = Objects.requireNonNull(key, "key");
    this.tiers = List.copyOf(tiers);
    this.source = Objects.requireNonNull(source, "source");
    this.adjustments = List.copyOf(adjustments);
    checkTiers();
  }

  /** Returns a price with a single rate for any quantity. */
  public static Price flat(PriceKey key, UnitPrice rate, PriceSource source) {
    return new Price(key, List.of(PriceTier.from(BigDecimal.ZERO, rate)), source, List.of());
  }

  /**
   * Returns a tiered price. The tiers must start at zero, follow one another without gaps, end with an open
   * tier, and share one unit and currency.
   */
  public static Price tiered(PriceKey key, List<PriceTier> tiers, PriceSource source) {
    return new Price(key, tiers, source, List.of());
  }

  /** What this price is for. */
  public PriceKey key() {
    return key;
  }

  /** The tiers, in order; a flat price has one. */
  public List<PriceTier> tiers() {
    return tiers;
  }

  /** Where the price came from. */
  public PriceSource source() {
    return source;
  }

  /** The unit every tier is priced in. */
  public PriceUnit unit() {
    return tiers.get(0).rate().unit();
  }

  /** The currency every tier is priced in. */
  public Currency currency() {
    return tiers.get(0).rate().price().currency();
  }

  /** True if the price has more than one tier. */
  public boolean isTiered() {
    return tiers.size() > 1;
  }

  /** The rate of the first tier: the whole price when it is flat. */
  public UnitPrice unitPrice() {
    return tiers.get(0).rate();
  }

  /** The source of each tier that {@code quantity} reaches: the tier's own, or else this price's. */
  public List<PriceSource> sourcesFor(BigDecimal quantity) {
    List<PriceSource> sources = new ArrayList<>();
    for (PriceTier tier : tiers) {
      if (tier.start().signum() > 0 && tier.portionOf(quantity).signum() == 0) {
        break;
      }
      PriceSource tierSource = tier.source().orElse(source);
      if (!sources.contains(tierSource)) {
        sources.add(tierSource);
      }
    }
    return sources;
  }

  /** Returns the exact cost of a monthly {@code quantity} in this price's unit, tier by tier. */
  public Money costOf(BigDecimal quantity) {
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException(
          "quantity of " + key + " must be >= 0, but was " + Formats.plain(quantity));
    }
    if (tiers.size() == 1 && quantity.signum() > 0 && quantity.scale() >= 0) {
      Money cost = tiers.get(0).rate().costOf(quantity);
      if (cost.amount().scale() >= 0) {
        return cost;   // what 0 + cost gives, without the addition
      }
    }
    Money total = Money.zero(currency());
    for (PriceTier tier : tiers) {
      BigDecimal portion = tier.portionOf(quantity);
      if (portion.signum() == 0) {
        break;
      }
      total = total.plus(tier.rate().costOf(portion));
    }
    return total;
  }

  /**
   * What was done to the published price, in order, such as {@code SageMaker Savings Plan -64%}; empty for a
   * price as published.
   */
  public List<String> adjustments() {
    return adjustments;
  }

  /**
   * Returns a copy with every tier's rate reduced by {@code rate} (0.64 takes 64% off), keeping the source of
   * the published price and recording {@code reason} among the {@link #adjustments()}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= rate < 1}
   */
  public Price discounted(BigDecimal rate, String reason) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "discount rate must be >= 0 and < 1 (0.64 takes 64% off), but was " + Formats.plain(rate));
    }
    List<PriceTier> scaled = new ArrayList<>(tiers.size());
    for (PriceTier tier : tiers) {
      scaled.add(tier.withRate(tier.rate().multipliedBy(BigDecimal.ONE.subtract(rate))));
    }
    List<String> done = new ArrayList<>(adjustments);
    done.add(reason + " -" + Formats.plain(rate.movePointRight(2)) + "%");
    return new Price(key, scaled, source, done);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Price
        && ((Price) other).key.equals(key)
        && ((Price) other).tiers.equals(tiers)
        && ((Price) other).source.equals(source)
        && ((Price) other).adjustments.equals(adjustments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, tiers, source, adjustments);
  }

  /** {@code SageMaker/Training/ml.m5.xlarge: USD 0.23/instance-hour}, with every tier when tiered. */
  @Override
  public String toString() {
    String adjusted = adjustments.isEmpty() ? "" : " (" + String.join(", ", adjustments) + ")";
    if (!isTiered()) {
      return key + ": " + unitPrice() + adjusted;
    }
    StringBuilder text = new StringBuilder(key.toString()).append(':');
    for (PriceTier tier : tiers) {
      text.append(' ').append(tier);
    }
    return text.append(adjusted).toString();
  }

  private void checkTiers() {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("Price.tiers of " + key + " must not be empty");
    }
    BigDecimal expectedStart = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      PriceTier tier = tiers.get(i);
      if (tier.start().compareTo(expectedStart) != 0) {
        throw new IllegalArgumentException(
            "Price.tiers of " + key + " must follow one another from 0: tier " + (i + 1) + " must start at "
                + Formats.plain(expectedStart) + ", but starts at " + Formats.plain(tier.start()));
      }
      if (tier.rate().unit() != unit() || !tier.rate().price().currency().equals(currency())) {
        throw new IllegalArgumentException(
            "Price.tiers of " + key + " must share one unit and currency (" + unitPrice() + "), but tier "
                + (i + 1) + " is " + tier.rate());
      }
      boolean last = i == tiers.size() - 1;
      if (last != tier.end().isEmpty()) {
        throw new IllegalArgumentException(
            "Price.tiers of " + key + " must end with exactly one open tier, but tier " + (i + 1)
                + (last ? " ends at " + Formats.plain(tier.end().orElseThrow()) : " is open"));
      }
      expectedStart = tier.end().orElse(expectedStart);
    }
  }
}
