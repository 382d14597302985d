package dev.costmodel.api.price;

import java.util.List;
import java.util.Objects;

/** A catalog whose prices covered by a Savings Plan are discounted: what {@link PriceCatalog#withSavingsPlan} returns. */
final class SavingsPlanPriceCatalog extends AdjustedPriceCatalog {
  private final SavingsPlan plan;

  SavingsPlanPriceCatalog(PriceCatalog base, SavingsPlan plan) {
    super(base);
    this.plan = Objects.requireNonNull(plan, "plan");
    if (base.prices().stream().noneMatch(price -> plan.covers(price.key()))) {
      throw new IllegalArgumentException("PriceCatalog.withSavingsPlan: a " + plan.kind() + " covers "
          + String.join(", ", plan.kind().scopes()) + ", but catalog " + base.name() + " has no such price;"
          + " load or add them first (withPrice, AwsPriceList)");
    }
  }

  @Override
  Price apply(Price price) {
    return plan.covers(price.key()) ? price.discounted(plan.rate(), plan.reasonFor(price.key())) : price;
  }

  @Override
  public String toString() {
    return base + " with " + plan;
  }
}
