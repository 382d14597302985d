package dev.costmodel.api.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A catalog with the prices of one scope discounted: what {@link PriceCatalog#withDiscount} returns. */
final class DiscountPriceCatalog extends AdjustedPriceCatalog {
  private final String scope;
  private final BigDecimal rate;
  private final String reason;

  DiscountPriceCatalog(PriceCatalog base, String scope, BigDecimal rate, String reason) {
    super(base);
    this.scope = Objects.requireNonNull(scope, "scope").strip();
    this.rate = Objects.requireNonNull(rate, "rate");
    this.reason = Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("PriceCatalog.withDiscount reason must say what the discount is, but was blank");
    }
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("PriceCatalog.withDiscount rate must be >= 0 and < 1 (0.64 takes 64% off),"
          + " but was " + rate.stripTrailingZeros().toPlainString() + "; write a percentage as a fraction: 5 %"
          + " is 0.05");
    }
    List<String> scopes = new ArrayList<>();
    for (Price price : base.prices()) {
      if (covers(price.key())) {
        return;
      }
      scopes.add(price.key().service());
      scopes.add(price.key().service() + "/" + price.key().usage());
    }
    throw new IllegalArgumentException("PriceCatalog.withDiscount scope '" + this.scope + "' matches no price in"
        + " catalog " + base.name() + dev.costmodel.api.internal.Suggestions.didYouMean(this.scope, scopes));
  }

  private boolean covers(PriceKey key) {
    String text = key.toString();
    return text.equals(scope) || text.startsWith(scope + "/");
  }

  @Override
  Price apply(Price price) {
    return covers(price.key()) ? price.discounted(rate, reason) : price;
  }

  @Override
  public String toString() {
    return base + " with " + reason + " on " + scope;
  }
}
