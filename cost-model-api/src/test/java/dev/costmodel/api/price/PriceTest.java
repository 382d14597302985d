package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTest {
  private static final Price S3 = Fixtures.PRICES.price(PriceKey.of("S3", "Storage", "Standard"));

  @Test
  void flat_costOf_multiplies() {
    Price m5 = Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR);
    assertThat(m5.costOf(new BigDecimal("1.1"))).isEqualTo(Money.usd("0.253"));
    assertThat(m5.isTiered()).isFalse();
    assertThat(m5).hasToString("SageMaker/Training/ml.m5.xlarge: USD 0.23/instance-hour");
  }

  @Test
  void tiered_insideFirstTier_usesFirstRate() {
    assertThat(S3.costOf(new BigDecimal("11718.75"))).isEqualTo(Money.usd("269.53125"));
  }

  @Test
  void tiered_atBoundary_isAllFirstTier() {
    assertThat(S3.costOf(new BigDecimal("51200"))).isEqualTo(Money.usd("1177.6"));
  }

  @Test
  void tiered_acrossBoundary_splitsTheQuantity() {
    // 51,201 GiB: 51,200 at 0.023 + 1 at 0.022
    assertThat(S3.costOf(new BigDecimal("51201"))).isEqualTo(Money.usd("1177.622"));
  }

  @Test
  void tiered_600TB_isNotPricedAtTheFirstRate() {
    BigDecimal gib = new BigDecimal("614400"); // 600 TB of 1,024 GiB
    Money expected = Money.usd("0.023").times(new BigDecimal("51200"))
        .plus(Money.usd("0.022").times(new BigDecimal("460800")))
        .plus(Money.usd("0.021").times(new BigDecimal("102400")));
    assertThat(S3.costOf(gib)).isEqualTo(expected).isEqualTo(Money.usd("13465.6"));
  }

  @Test
  void tiered_zero_costsNothing() {
    assertThat(S3.costOf(BigDecimal.ZERO).isZero()).isTrue();
  }

  @Test
  void sourcesFor_namesOnlyTheTiersReached() {
    assertThat(S3.sourcesFor(new BigDecimal("100"))).containsExactly(Fixtures.SEED);
    assertThat(S3.sourcesFor(new BigDecimal("60000"))).containsExactly(Fixtures.SEED, Fixtures.GUESS);
  }

  @Test
  void costOf_negative_isRejected() {
    assertThatThrownBy(() -> S3.costOf(new BigDecimal("-1")))
        .hasMessage("quantity of S3/Storage/Standard must be >= 0, but was -1");
  }

  @Test
  void tiers_withGap_areRejected() {
    UnitPrice rate = Fixtures.rate("0.1", PriceUnit.GIB);
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(
            PriceTier.of(BigDecimal.ZERO, BigDecimal.TEN, rate),
            PriceTier.from(new BigDecimal("11"), rate)), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must follow one another from 0: tier 2 must start at 10, but starts at 11");
  }

  @Test
  void tiers_withoutOpenEnd_areRejected() {
    UnitPrice rate = Fixtures.rate("0.1", PriceUnit.GIB);
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"),
            List.of(PriceTier.of(BigDecimal.ZERO, BigDecimal.TEN, rate)), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must end with exactly one open tier, but tier 1 ends at 10");
  }

  @Test
  void tiers_ofMixedUnits_areRejected() {
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(
            PriceTier.of(BigDecimal.ZERO, BigDecimal.TEN, Fixtures.rate("0.1", PriceUnit.GIB)),
            PriceTier.from(BigDecimal.TEN, Fixtures.rate("0.1", PriceUnit.SECOND))), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must share one unit and currency (USD 0.1/GiB), but tier 2 is USD 0.1/second");
  }

  @Test
  void tier_endNotAfterStart_isRejected() {
    assertThatThrownBy(() -> PriceTier.of(BigDecimal.TEN, BigDecimal.ONE, Fixtures.rate("1", PriceUnit.GIB)))
        .hasMessage("PriceTier.end must be > start (10), but was 1");
  }

  @Test
  void unitPrice_negative_isRejected() {
    assertThatThrownBy(() -> UnitPrice.perSecond(Money.usd("-0.1")))
        .hasMessage("UnitPrice.price must be >= 0, but was USD -0.10/second");
  }

  @Test
  void discounted_scalesEveryTier_andRecordsWhy() {
    Price half = S3.discounted(new BigDecimal("0.5"), "test deal");
    assertThat(half.costOf(new BigDecimal("614400"))).isEqualTo(Money.usd("6732.8"));
    assertThat(half.adjustments()).containsExactly("test deal -50%");
    assertThat(half.source()).isEqualTo(S3.source());
  }

  @Test
  void discounted_rateOfOne_isRejected() {
    assertThatThrownBy(() -> S3.discounted(BigDecimal.ONE, "free"))
        .hasMessage("discount rate must be >= 0 and < 1 (0.64 takes 64% off), but was 1");
  }
}
