package dev.costmodel.api.aws;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.Money;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.util.List;

/**
 * The seed prices plus the list prices of EventBridge Scheduler, data transfer out and ml.t3.medium hosting,
 * typed in by hand from the price research (us-east-1), for the tests of these components.
 */
final class PlatformPrices {
  static final PriceSource SCHEDULER = PriceSource.of("cloudburn.io: 14M free, then $1.00/M", "2026-03",
      PriceStatus.SECONDARY);
  static final PriceSource DTO = PriceSource.of("infracost data_transfer golden", "2024-09-25",
      PriceStatus.SECONDARY);
  static final PriceSource GUESS = PriceSource.of("widely published, not read", "2026", PriceStatus.INFERRED);

  /** EventBridgeScheduler/Invocations: [0, 14) M free, then USD 1.00 per M. */
  static final Price SCHEDULER_PRICE = Price.tiered(RetrainSchedule.PRICE_KEY, List.of(
      PriceTier.of(BigDecimal.ZERO, new BigDecimal("14"), rate("0", PriceUnit.MILLION_INVOCATIONS)),
      PriceTier.from(new BigDecimal("14"), rate("1.00", PriceUnit.MILLION_INVOCATIONS))), SCHEDULER);

  /** DataTransfer/OutToInternet: 0.09 to 10,240 GiB, 0.085 to 51,200, 0.07 to 153,600, then 0.05 (inferred). */
  static final Price DTO_PRICE = Price.tiered(DataTransferOut.PRICE_KEY, List.of(
      PriceTier.of(BigDecimal.ZERO, new BigDecimal("10240"), rate("0.09", PriceUnit.GIB)),
      PriceTier.of(new BigDecimal("10240"), new BigDecimal("51200"), rate("0.085", PriceUnit.GIB)),
      PriceTier.of(new BigDecimal("51200"), new BigDecimal("153600"), rate("0.07", PriceUnit.GIB)),
      PriceTier.from(new BigDecimal("153600"), rate("0.05", PriceUnit.GIB)).withSource(GUESS)), DTO);

  static final PriceCatalog PRICES = Fixtures.PRICES
      .withPrice(SCHEDULER_PRICE)
      .withPrice(DTO_PRICE)
      .withPrice(Price.flat(PriceKey.of("SageMaker", "RealTimeHosting", "ml.t3.medium"),
          rate("0.05", PriceUnit.INSTANCE_HOUR), GUESS));

  private PlatformPrices() {}

  static UnitPrice rate(String price, PriceUnit unit) {
    return UnitPrice.of(Money.usd(price), unit);
  }
}
