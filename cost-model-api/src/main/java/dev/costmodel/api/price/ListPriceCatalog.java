package dev.costmodel.api.price;

import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The catalog {@link PriceCatalog#of(String, Collection)} returns: prices in a map, in the given order. */
final class ListPriceCatalog implements PriceCatalog {
  private final String name;
  private final Currency currency;
  private final Map<PriceKey, Price> prices;

  ListPriceCatalog(String name, Collection<Price> prices) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("PriceCatalog.name must not be blank");
    }
    if (prices.isEmpty()) {
      throw new IllegalArgumentException("PriceCatalog " + name + " must hold at least one price, but was empty");
    }
    Map<PriceKey, Price> map = new LinkedHashMap<>();
    Currency first = null;
    for (Price price : prices) {
      if (first == null) {
        first = price.currency();
      } else if (!first.equals(price.currency())) {
        throw new IllegalArgumentException(
            "PriceCatalog " + name + " must hold prices in one currency, but " + price.key() + " is in "
                + price.currency() + " and others in " + first);
      }
      if (map.putIfAbsent(price.key(), price) != null) {
        throw new IllegalArgumentException(
            "PriceCatalog " + name + " must hold one price per key, but " + price.key() + " appears twice");
      }
    }
    this.currency = first;
    this.prices = Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Currency currency() {
    return currency;
  }

  @Override
  public Optional<Price> find(PriceKey key) {
    return Optional.ofNullable(prices.get(key));
  }

  @Override
  public Collection<Price> prices() {
    return prices.values();
  }

  @Override
  public String toString() {
    return "PriceCatalog " + name + " (" + prices.size() + " prices, " + currency + ")";
  }
}
