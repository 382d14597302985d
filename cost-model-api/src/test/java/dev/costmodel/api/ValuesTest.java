package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.aws.TrafficProfile;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The api's small values as keys and texts: their accessors, and that distinct values spread over hash codes
 * (a constant hash would turn every map or set of them into a list).
 */
class ValuesTest {
  private static long distinctHashes(Stream<?> values) {
    return values.mapToInt(Object::hashCode).distinct().count();
  }

  @Test
  void dataSize_zeroAndKibibytes() {
    assertThat(DataSize.ZERO.isZero()).isTrue();
    assertThat(DataSize.ofBytes(1).isZero()).isFalse();
    // 3,072 bytes = 3 KiB; 512 bytes = 0.5 KiB
    assertThat(DataSize.ofBytes(3_072).toKibibytes()).isEqualTo(new BigDecimal("3"));
    assertThat(DataSize.ofBytes(512).toKibibytes()).isEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void providerLimit_quota_namesTheQuotaToRaise() {
    ProviderLimit limit = ProviderLimit.quota("AWS", "Lambda concurrent executions", "1,000", "Lambda quotas",
        "Concurrent executions");
    assertThat(limit.quota()).contains("Concurrent executions");
    assertThat(limit.isAdjustable()).isTrue();
    assertThat(ProviderLimit.hard("AWS", "payload", "6 MB", "Lambda quotas").quota()).isEmpty();
    assertThat(limit).isEqualTo(ProviderLimit.quota("AWS", "Lambda concurrent executions", "1,000",
        "Lambda quotas", "Concurrent executions"));
  }

  @Test
  void findingCode_isWrittenAsItsId() {
    assertThat(FindingCode.SINGLE_INSTANCE_ENDPOINT).hasToString("single-instance-endpoint");
    assertThat(FindingCode.LAMBDA_FREE_TIER).hasToString("lambda-free-tier");
  }

  @Test
  void context_pricesFromTheScenariosCatalog() {
    CostScenario scenario = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.STORAGE).build();
    assertThat(scenario.context().prices()).isSameAs(Fixtures.PRICES);
  }

  @Test
  void estimateText_showsALinesNote_inParentheses() {
    // a discounted price notes its discount on the line
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .prices(Fixtures.PRICES.withDiscount("S3", 0.5, "half off")).addComponent(Fixtures.STORAGE).build()
        .estimate();
    LineItem line = estimate.lineItems().get(0);
    assertThat(line.note()).isPresent();
    assertThat(estimate.toString()).contains(line.description() + " (" + line.note().orElseThrow() + "): "
        + line.formula());
  }

  @Test
  void distinctValues_spreadOverHashCodes() {
    assertThat(distinctHashes(Stream.of("0.1", "0.2", "0.23", "1", "7.5").map(Money::usd))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of(1L, 2L, 3L, 1_024L, 4_096L).map(DataSize::ofBytes))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of(1L, 2L, 3L, 5L, 8L).map(ModelTopology::perGroup))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of("a", "b", "c", "d", "e").map(Formula::of))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of("1 h", "2 h", "3 h", "5 h", "8 h")
        .map(bound -> ProviderLimit.hard("AWS", "timeout", bound, "guide")))).isGreaterThan(1);
    assertThat(distinctHashes(Stream.of(2, 4, 6, 8, 12).map(hours -> TrafficProfile.peak(hours, 0.9))))
        .isGreaterThan(1);
  }
}
