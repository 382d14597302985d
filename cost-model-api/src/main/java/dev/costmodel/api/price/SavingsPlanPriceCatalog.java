package dev.costmodel.api.price;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A catalog whose prices covered by a Savings Plan are discounted: what {@link PriceCatalog#withSavingsPlan} returns. */
final class SavingsPlanPriceCatalog implements PriceCatalog {
  private final PriceCatalog base;
  private final SavingsPlan plan;

  SavingsPlanPriceCatalog(PriceCatalog base, SavingsPlan plan) {
    this.base = Objects.requireNonNull(base, "base");
    this.plan = Objects.requireNonNull(plan, "plan");
    if (base.prices().stream().noneMatch(price -> plan.covers(price.key()))) {
      throw new IllegalArgumentException("PriceCatalog.withSavingsPlan: a " + plan.kind() + " covers "
          + String.join(", ", plan.kind().scopes()) + ", but catalog " + base.name() + " has no such price;"
          + " load or add them first (withPrice, AwsPriceList)");
    }
  }

  @Override
  public String name() {
    return base.name();
  }

  @Override
  public Currency currency() {
    return base.currency();
  }

  @Override
  public Optional<Price> find(PriceKey key) {
    return base.find(key).map(this::apply);
  }

  @Override
  public Collection<Price> prices() {
    List<Price> all = new ArrayList<>();
    for (Price price : base.prices()) {
      all.add(apply(price));
    }
    return Collections.unmodifiableList(all);
  }

  private Price apply(Price price) {
    return plan.covers(price.key()) ? price.discounted(plan.rate(), plan.reasonFor(price.key())) : price;
  }

  @Override
  public String toString() {
    return base + " with " + plan;
  }
}
