package dev.costmodel.api;

import java.util.Collection;
import java.util.Currency;
import java.util.Optional;

/**
 * Prices by {@link PriceKey}, each dated and sourced, in one currency.
 *
 * <p>Bundled catalogs come from {@code dev.costmodel.core.PriceCatalogs} (for example
 * {@code PriceCatalogs.awsUsEast1()}); a test can build its own with {@link #of(String, Collection)}.
 * Implementations must be immutable and thread-safe.
 *
 * <pre>{@code
 * PriceCatalog prices = PriceCatalog.of("test", List.of(
 *     Price.flat(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge"),
 *         UnitPrice.perInstanceHour(Money.usd("0.23")),
 *         PriceSource.of("my notes", "2026-11", PriceStatus.SECONDARY))));
 * prices.price(PriceKey.of("SageMaker", "Training", "ml.m5.xlarge")).unitPrice();   // USD 0.23/instance-hour
 * }</pre>
 */
public interface PriceCatalog {
  /** The catalog's name, such as {@code aws/us-east-1}: it appears in every error about a missing price. */
  String name();

  /** The one currency all of this catalog's prices are in. */
  Currency currency();

  /** Returns the price for {@code key}, or empty if this catalog has none. */
  Optional<Price> find(PriceKey key);

  /** Every price in this catalog. */
  Collection<Price> prices();

  /**
   * Returns the price for {@code key}.
   *
   * @throws UnknownPriceException naming this catalog and the nearest known names if there is none
   */
  default Price price(PriceKey key) {
    return find(key).orElseThrow(() -> UnknownPriceException.of(this, key, "resource"));
  }

  /**
   * Returns a catalog of the given prices; they must share one currency and have distinct keys.
   *
   * @throws IllegalArgumentException on an empty list, a duplicate key or mixed currencies
   */
  static PriceCatalog of(String name, Collection<Price> prices) {
    return new ListPriceCatalog(name, prices);
  }
}
