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

  @Test
  void discounted_rateOfZero_isAllowed_negativeIsRejected() {
    // 0 takes nothing off: the same cost, and the adjustment is still recorded
    Price none = S3.discounted(BigDecimal.ZERO, "no deal");
    assertThat(none.costOf(new BigDecimal("100"))).isEqualTo(Money.usd("2.3"));   // 100 × 0.023
    assertThat(none.adjustments()).containsExactly("no deal -0%");
    assertThatThrownBy(() -> S3.discounted(new BigDecimal("-0.1"), "surcharge"))
        .hasMessage("discount rate must be >= 0 and < 1 (0.64 takes 64% off), but was -0.1");
    // just below 1: 0.99 leaves 1% of 0.023 = 0.00023 per GiB-month
    assertThat(S3.discounted(new BigDecimal("0.99"), "almost free").costOf(new BigDecimal("100")))
        .isEqualTo(Money.usd("0.023"));
  }

  @Test
  void discounted_twice_recordsBothAdjustments_inOrder_andShowsThem() {
    Price m5 = Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.20", PriceUnit.INSTANCE_HOUR);
    // 0.20 × (1 − 0.5) = 0.10, × (1 − 0.25) = 0.075
    Price twice = m5.discounted(new BigDecimal("0.5"), "deal").discounted(new BigDecimal("0.25"), "plan");
    assertThat(twice.unitPrice()).isEqualTo(Fixtures.rate("0.075", PriceUnit.INSTANCE_HOUR));
    assertThat(twice.adjustments()).containsExactly("deal -50%", "plan -25%");
    assertThat(twice).hasToString("SageMaker/Training/ml.m5.xlarge: USD 0.075/instance-hour (deal -50%, plan -25%)");
    assertThat(S3.discounted(new BigDecimal("0.5"), "deal")).hasToString("S3/Storage/Standard:"
        + " [0, 51,200) at USD 0.0115/GiB-month [51,200, 512,000) at USD 0.011/GiB-month"
        + " [512,000, inf) at USD 0.0105/GiB-month (deal -50%)");
    assertThat(S3).hasToString("S3/Storage/Standard: [0, 51,200) at USD 0.023/GiB-month"
        + " [51,200, 512,000) at USD 0.022/GiB-month [512,000, inf) at USD 0.021/GiB-month");
  }

  @Test
  void unitCurrencyAndRate_areTheFirstTiers() {
    assertThat(S3.unit()).isEqualTo(PriceUnit.GIB_MONTH);
    assertThat(S3.currency()).isEqualTo(Money.USD);
    assertThat(S3.unitPrice()).isEqualTo(Fixtures.rate("0.023", PriceUnit.GIB_MONTH));
    assertThat(S3.isTiered()).isTrue();
    assertThat(S3.tiers()).hasSize(3);
    assertThat(S3.key()).isEqualTo(PriceKey.of("S3", "Storage", "Standard"));
  }

  @Test
  void equality_needsTheSameKeyTiersSourceAndAdjustments() {
    Price m5 = Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR);
    assertThat(m5).isEqualTo(Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.230", PriceUnit.INSTANCE_HOUR))
        .hasSameHashCodeAs(Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR));
    assertThat(m5).isNotEqualTo(Fixtures.flat("SageMaker", "Processing", "ml.m5.xlarge", "0.23",
        PriceUnit.INSTANCE_HOUR));
    assertThat(m5).isNotEqualTo(Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.24", PriceUnit.INSTANCE_HOUR));
    assertThat(m5).isNotEqualTo(Price.flat(m5.key(), m5.unitPrice(), Fixtures.GUESS));
    assertThat(m5).isNotEqualTo(m5.discounted(BigDecimal.ZERO, "no deal"));
    assertThat(m5).isNotEqualTo("SageMaker/Training/ml.m5.xlarge: USD 0.23/instance-hour");
  }

  @Test
  void sourcesFor_stopsAtTheFirstTierNotReached_evenAtItsStart() {
    // 51,200 GiB fills the first tier exactly: the second, inferred one is not reached
    assertThat(S3.sourcesFor(new BigDecimal("51200"))).containsExactly(Fixtures.SEED);
    assertThat(S3.sourcesFor(BigDecimal.ZERO)).containsExactly(Fixtures.SEED);
    // 600,000 GiB reaches all three; the second and third share one source, named once
    assertThat(S3.sourcesFor(new BigDecimal("600000"))).containsExactly(Fixtures.SEED, Fixtures.GUESS);
  }

  @Test
  void tiers_emptyOrWithAnOpenTierBeforeTheLast_orInAnotherCurrency_areRejected() {
    UnitPrice rate = Fixtures.rate("0.1", PriceUnit.GIB);
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must not be empty");
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(
            PriceTier.from(BigDecimal.ZERO, rate), PriceTier.from(BigDecimal.TEN, rate)), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must end with exactly one open tier, but tier 1 is open");
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(
            PriceTier.of(BigDecimal.ZERO, BigDecimal.TEN, rate),
            PriceTier.from(BigDecimal.TEN, UnitPrice.of(Money.of(new BigDecimal("0.1"), "EUR"), PriceUnit.GIB))),
            Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must share one unit and currency (USD 0.1/GiB), but tier 2 is EUR 0.1/GiB");
    assertThatThrownBy(() -> Price.tiered(PriceKey.of("X", "Y", "Z"),
            List.of(PriceTier.from(BigDecimal.ONE, rate)), Fixtures.SEED))
        .hasMessage("Price.tiers of X/Y/Z must follow one another from 0: tier 1 must start at 0, but starts at 1");
  }

  @Test
  void costOf_flatPrice_ofAnyQuantityScale_isRateTimesQuantity() {
    Price m5 = Fixtures.flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR);
    // 1E+3 h (scale -3) × 0.23 = 230; 0 h = 0
    assertThat(m5.costOf(new BigDecimal("1E+3"))).isEqualTo(Money.usd("230"));
    assertThat(m5.costOf(BigDecimal.ZERO)).isEqualTo(Money.usd("0"));
    Price whole = Fixtures.flat("X", "Y", "Z", "1E+1", PriceUnit.GIB);
    // 10 per GiB × 3 GiB = 30
    assertThat(whole.costOf(new BigDecimal("3"))).isEqualTo(Money.usd("30"));
    // and never in exponent notation, whatever the scales multiplied: 230.00 and 30, not 2.3E+2 and 3E+1
    assertThat(m5.costOf(new BigDecimal("1E+3")).amount().toString()).doesNotContain("E");
    assertThat(whole.costOf(new BigDecimal("3")).amount().toString()).isEqualTo("30");
  }

  @Test
  void tiered_returnsThePriceOfItsTiers() {
    // [0, 10) GiB at 0.10, then 0.05: 15 GiB = 10 × 0.10 + 5 × 0.05 = 1.25
    Price tiered = Price.tiered(PriceKey.of("X", "Y", "Z"), List.of(
        PriceTier.of(BigDecimal.ZERO, BigDecimal.TEN, Fixtures.rate("0.10", PriceUnit.GIB)),
        PriceTier.from(BigDecimal.TEN, Fixtures.rate("0.05", PriceUnit.GIB))), Fixtures.SEED);
    assertThat(tiered.costOf(new BigDecimal("15"))).isEqualTo(Money.usd("1.25"));
    assertThat(tiered.key()).isEqualTo(PriceKey.of("X", "Y", "Z"));
    assertThat(tiered.source()).isEqualTo(Fixtures.SEED);
    assertThat(tiered.adjustments()).isEmpty();
  }
}
