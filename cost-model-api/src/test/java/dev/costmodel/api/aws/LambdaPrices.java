package dev.costmodel.api.aws;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda and API Gateway list prices for us-east-1, typed in by hand from AWS Lambda pricing
 * (https://aws.amazon.com/lambda/pricing/) and API Gateway pricing (https://aws.amazon.com/api-gateway/pricing/)
 * as the project's price research records them, with the seed prices of {@link Fixtures#PRICES}.
 */
final class LambdaPrices {
  static final PriceSource LIST = PriceSource.of("AWS Lambda / API Gateway list prices, us-east-1", "2024-07-01",
      PriceStatus.SECONDARY);

  static final PriceCatalog PRICES = catalog();

  private LambdaPrices() {}

  /** {@code users} users making {@code requests} requests a month each, 2 KiB in and 1 KiB out. */
  static Workload workload(long requests) {
    return Workload.builder().users(1).requestsPerUserPerMonth(BigDecimal.valueOf(requests))
        .requestPayload(DataSize.ofKibibytes(2)).responsePayload(DataSize.ofKibibytes(1)).build();
  }

  static CostScenario.Builder scenario(long requests) {
    return CostScenario.builder().name("lambda").prices(PRICES).workload(workload(requests))
        .topology(ModelTopology.shared());
  }

  private static PriceCatalog catalog() {
    List<Price> prices = new ArrayList<>(Fixtures.PRICES.prices());
    prices.add(flat("Lambda", "Requests", "", "0.20", PriceUnit.MILLION_REQUESTS));
    prices.add(tiered("Lambda", "Duration", "x86", PriceUnit.GIB_SECOND,
        "6000000000", "0.0000166667", "15000000000", "0.000015", null, "0.0000133334"));
    prices.add(tiered("Lambda", "Duration", "arm", PriceUnit.GIB_SECOND,
        "7500000000", "0.0000133334", "18750000000", "0.000012", null, "0.0000106667"));
    prices.add(flat("Lambda", "EphemeralStorage", "above 512 MB", "0.0000000309", PriceUnit.GIB_SECOND));
    prices.add(flat("Lambda", "ProvisionedConcurrency", "x86", "0.0000041667", PriceUnit.GIB_SECOND));
    prices.add(flat("Lambda", "ProvisionedConcurrencyDuration", "x86", "0.0000097222", PriceUnit.GIB_SECOND));
    prices.add(flat("Lambda", "ProvisionedConcurrency", "arm", "0.0000033333", PriceUnit.GIB_SECOND));
    prices.add(flat("Lambda", "ProvisionedConcurrencyDuration", "arm", "0.0000077778", PriceUnit.GIB_SECOND));
    prices.add(tiered("APIGateway", "REST", "", PriceUnit.MILLION_REQUESTS,
        "333", "3.50", "1000", "2.80", "20000", "2.38", null, "1.51"));
    prices.add(tiered("APIGateway", "HTTP", "", PriceUnit.MILLION_REQUESTS, "300", "1.00", null, "0.90"));
    return PriceCatalog.of("test-lambda/us-east-1", prices);
  }

  private static Price flat(String service, String usage, String resource, String price, PriceUnit unit) {
    return Price.flat(PriceKey.of(service, usage, resource), Fixtures.rate(price, unit), LIST);
  }

  /** Tiers as (end, rate) pairs; the last end is null (open). */
  private static Price tiered(String service, String usage, String resource, PriceUnit unit, String... endsAndRates) {
    List<PriceTier> tiers = new ArrayList<>();
    BigDecimal start = BigDecimal.ZERO;
    for (int i = 0; i < endsAndRates.length; i += 2) {
      String end = endsAndRates[i];
      if (end == null) {
        tiers.add(PriceTier.from(start, Fixtures.rate(endsAndRates[i + 1], unit)));
      } else {
        tiers.add(PriceTier.of(start, new BigDecimal(end), Fixtures.rate(endsAndRates[i + 1], unit)));
        start = new BigDecimal(end);
      }
    }
    return Price.tiered(PriceKey.of(service, usage, resource), tiers, LIST);
  }
}
