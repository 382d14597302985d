package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The price package's values as keys and texts: ordering of keys, sources' parts, catalogs' names and texts,
 * the Savings Plan maxima, and that distinct values spread over hash codes (a constant hash would turn every
 * map of prices into a list).
 */
class PriceValuesTest {
  private static long distinctHashes(Stream<?> values) {
    return values.mapToInt(Object::hashCode).distinct().count();
  }

  @Test
  void priceKeys_sortByServiceThenUsageThenResource() {
    PriceKey lambda = PriceKey.of("Lambda", "Duration", "x86");
    PriceKey training = PriceKey.of("SageMaker", "Training", "ml.m5.xlarge");
    PriceKey hostingC5 = PriceKey.of("SageMaker", "RealTimeHosting", "ml.c5.xlarge");
    PriceKey hostingM5 = PriceKey.of("SageMaker", "RealTimeHosting", "ml.m5.xlarge");
    List<PriceKey> keys = new ArrayList<>(List.of(training, hostingM5, lambda, hostingC5));
    keys.sort(null);
    assertThat(keys).containsExactly(lambda, hostingC5, hostingM5, training);
    assertThat(hostingM5.compareTo(PriceKey.of("SageMaker", "RealTimeHosting", "ml.m5.xlarge"))).isZero();
    assertThat(training.compareTo(hostingM5)).isPositive();
    assertThat(hostingC5.compareTo(hostingM5)).isNegative();
    assertThat(hostingM5.compareTo(hostingC5)).isPositive();
  }

  @Test
  void priceSource_keepsItsParts() {
    PriceSource source = PriceSource.of("AWS price list API, us-east-1", "2026-05-08", PriceStatus.OFFICIAL);
    assertThat(source.description()).isEqualTo("AWS price list API, us-east-1");
    assertThat(source.asOf()).isEqualTo("2026-05-08");
    assertThat(source.status()).isEqualTo(PriceStatus.OFFICIAL);
    assertThat(source).hasToString("AWS price list API, us-east-1 (as of 2026-05-08, official)");
  }

  @Test
  void catalogs_nameTheirBase_andSayWhatWasDone() {
    PriceCatalog list = Fixtures.PRICES;
    assertThat(list).hasToString("PriceCatalog test/us-east-1 (13 prices, USD)");
    PriceCatalog discounted = list.withDiscount("SageMaker", 0.5, "half off");
    assertThat(discounted.name()).isEqualTo("test/us-east-1");
    assertThat(discounted).hasToString("PriceCatalog test/us-east-1 (13 prices, USD) with half off on SageMaker");
    Price t3 = Fixtures.flat("SageMaker", "RealTimeHosting", "ml.t3.medium", "0.05", PriceUnit.INSTANCE_HOUR);
    assertThat(list.withPrice(t3)).hasToString("PriceCatalog test/us-east-1 (13 prices, USD) with"
        + " SageMaker/RealTimeHosting/ml.t3.medium: USD 0.05/instance-hour");
    PriceCatalog planned = list.withSavingsPlan(SavingsPlan.sageMaker(3, 0.64));
    assertThat(planned.name()).isEqualTo("test/us-east-1");
    assertThat(planned).hasToString("PriceCatalog test/us-east-1 (13 prices, USD) with SageMaker Savings Plan,"
        + " 3 years");
  }

  @Test
  void discount_ofZero_isAllowed_ofOneOrMore_orNegative_isRejected() {
    // 0 % off: the training price stays USD 0.23
    PriceKey training = PriceKey.of("SageMaker", "Training", "ml.m5.xlarge");
    assertThat(Fixtures.PRICES.withDiscount("SageMaker", 0, "nothing off").price(training).unitPrice().price())
        .isEqualTo(Money.usd("0.23"));
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker", 1, "free"))
        .hasMessage("PriceCatalog.withDiscount rate must be >= 0 and < 1 (0.64 takes 64% off), but was 1; write a"
            + " percentage as a fraction: 5 % is 0.05");
    assertThatThrownBy(() -> Fixtures.PRICES.withDiscount("SageMaker", -0.05, "surcharge"))
        .hasMessageStartingWith("PriceCatalog.withDiscount rate must be >= 0 and < 1 (0.64 takes 64% off), but was"
            + " -0.05;");
  }

  @Test
  void savingsPlanKinds_stateAwssMaxima() {
    assertThat(SavingsPlan.Kind.SAGEMAKER.maximumRate()).isEqualByComparingTo("0.64");
    assertThat(SavingsPlan.Kind.COMPUTE.maximumRate()).isEqualByComparingTo("0.17");
  }

  @Test
  void distinctValues_spreadOverHashCodes() {
    assertThat(distinctHashes(Stream.of("0.1", "0.2", "0.23", "1", "7.5")
        .map(p -> Fixtures.rate(p, PriceUnit.GIB)))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of("1", "2", "3", "5", "8")
        .map(end -> PriceTier.of(BigDecimal.ZERO, new BigDecimal(end), Fixtures.rate("0.1", PriceUnit.GIB)))))
        .isGreaterThan(1);
    assertThat(distinctHashes(Stream.of("0.1", "0.2", "0.23", "1", "7.5")
        .map(p -> Fixtures.flat("X", "Y", "Z", p, PriceUnit.GIB)))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of("a", "b", "c", "d", "e")
        .map(d -> PriceSource.of(d, "2026", PriceStatus.SECONDARY)))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of(0.1, 0.2, 0.3, 0.5, 0.6).map(r -> SavingsPlan.sageMaker(1, r))))
        .isGreaterThan(1);
  }
}
