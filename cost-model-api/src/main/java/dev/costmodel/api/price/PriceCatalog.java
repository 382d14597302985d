package dev.costmodel.api.price;

import java.math.BigDecimal;
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
   * Returns a catalog that has {@code price} in place of this catalog's price for its key (or in addition,
   * if this catalog has none), and this catalog's prices otherwise. Use it for a negotiated rate or a price
   * you have read yourself; give it a {@link PriceSource} that says so.
   *
   * @throws IllegalArgumentException if the price's currency is not this catalog's
   */
  default PriceCatalog withPrice(Price price) {
    return new OverlayPriceCatalog(this, price);
  }

  /**
   * Returns a catalog whose prices in {@code scope} are reduced by {@code rate}: an enterprise discount or a
   * private pricing agreement (for a Savings Plan, {@link #withSavingsPlan} knows what the plan covers). The scope is a service ({@code SageMaker}), a usage
   * ({@code SageMaker/Training}) or one key ({@code SageMaker/Training/ml.m5.xlarge}). Each discounted price
   * records {@code reason} in its {@link Price#adjustments()}, and every line priced with it shows it.
   *
   * <pre>{@code
   * PriceCatalog mine = PriceCatalogs.awsUsEast1()
   *     .withDiscount("SageMaker", new BigDecimal("0.05"), "enterprise discount program");
   * }</pre>
   *
   * @throws IllegalArgumentException unless {@code 0 <= rate < 1}, or if no price of this catalog is in scope
   */
  default PriceCatalog withDiscount(String scope, BigDecimal rate, String reason) {
    return new DiscountPriceCatalog(this, scope, rate, reason);
  }

  /** As {@link #withDiscount(String, BigDecimal, String)}, with the rate as written ({@code 0.64}). */
  default PriceCatalog withDiscount(String scope, double rate, String reason) {
    return withDiscount(scope, dev.costmodel.api.internal.Checks.finite("discount rate", rate), reason);
  }

  /**
   * Returns a catalog whose prices covered by {@code plan} are discounted by its rate, and only those: a
   * SageMaker Savings Plan takes its rate off SageMaker instance usage (Training, Processing, hosting, Batch
   * Transform) but not data processed or storage; a Compute Savings Plan takes its rate off Lambda duration and
   * provisioned concurrency but not requests. Every discounted line's note names the plan and what it covers.
   *
   * <pre>{@code
   * PriceCatalog planned = PriceCatalogs.awsUsEast1().withSavingsPlan(SavingsPlan.sageMaker(3, 0.64));
   * }</pre>
   *
   * @throws IllegalArgumentException if the catalog has no price the plan covers
   */
  default PriceCatalog withSavingsPlan(SavingsPlan plan) {
    return new SavingsPlanPriceCatalog(this, plan);
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
