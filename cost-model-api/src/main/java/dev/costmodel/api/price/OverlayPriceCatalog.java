package dev.costmodel.api.price;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A catalog with one price replaced or added: what {@link PriceCatalog#withPrice(Price)} returns. */
final class OverlayPriceCatalog implements PriceCatalog {
  private final PriceCatalog base;
  private final Price price;

  OverlayPriceCatalog(PriceCatalog base, Price price) {
    this.base = Objects.requireNonNull(base, "base");
    this.price = Objects.requireNonNull(price, "price");
    if (!price.currency().equals(base.currency())) {
      throw new IllegalArgumentException("PriceCatalog.withPrice price of " + price.key() + " must be in "
          + base.currency() + " like catalog " + base.name() + ", but was in " + price.currency());
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
    return key.equals(price.key()) ? Optional.of(price) : base.find(key);
  }

  @Override
  public Collection<Price> prices() {
    List<Price> all = new ArrayList<>();
    boolean replaced = false;
    for (Price p : base.prices()) {
      if (p.key().equals(price.key())) {
        all.add(price);
        replaced = true;
      } else {
        all.add(p);
      }
    }
    if (!replaced) {
      all.add(price);
    }
    return Collections.unmodifiableList(all);
  }

  @Override
  public String toString() {
    return base + " with " + price;
  }
}
