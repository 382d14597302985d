package dev.costmodel.api.price;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog that adjusts some of its base catalog's prices, price by price: the shared shape of
 * {@link PriceCatalog#withDiscount} and {@link PriceCatalog#withSavingsPlan}.
 */
abstract class AdjustedPriceCatalog implements PriceCatalog {
  final PriceCatalog base;

  AdjustedPriceCatalog(PriceCatalog base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /** The price as this catalog quotes it: adjusted, or the base's unchanged. */
  abstract Price apply(Price price);

  @Override
  public final String name() {
    return base.name();
  }

  @Override
  public final Currency currency() {
    return base.currency();
  }

  @Override
  public final Optional<Price> find(PriceKey key) {
    return base.find(key).map(this::apply);
  }

  @Override
  public final Collection<Price> prices() {
    List<Price> all = new ArrayList<>();
    for (Price price : base.prices()) {
      all.add(apply(price));
    }
    return Collections.unmodifiableList(all);
  }
}
