package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A tier [start, end) and the part of a quantity it bills: the S3 Standard tiers (first 50 TB = 51,200 GiB). */
class PriceTierTest {
  private static final UnitPrice FIRST = UnitPrice.perGibibyteMonth(Money.usd("0.023"));
  private static final UnitPrice NEXT = UnitPrice.perGibibyteMonth(Money.usd("0.022"));
  private static final PriceTier FIRST_50_TB = PriceTier.of(BigDecimal.ZERO, new BigDecimal("51200"), FIRST);
  private static final PriceTier NEXT_450_TB = PriceTier.of(new BigDecimal("51200"), new BigDecimal("512000"), NEXT);
  private static final PriceTier OVER_500_TB = PriceTier.from(new BigDecimal("512000"), NEXT);

  @Test
  void portionOf_billsOnlyWhatFallsInsideTheTier_atEveryBoundary() {
    // below, at and above each bound; the end is exclusive, the start inclusive
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("100"))).isEqualByComparingTo("0");
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("51200"))).isEqualByComparingTo("0");
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("51200.5"))).isEqualByComparingTo("0.5");
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("511999"))).isEqualByComparingTo("460799");
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("512000"))).isEqualByComparingTo("460800");
    assertThat(NEXT_450_TB.portionOf(new BigDecimal("600000"))).isEqualByComparingTo("460800");
    assertThat(FIRST_50_TB.portionOf(new BigDecimal("23.4375"))).isEqualByComparingTo("23.4375");
    assertThat(FIRST_50_TB.portionOf(BigDecimal.ZERO)).isEqualByComparingTo("0");
    assertThat(OVER_500_TB.portionOf(new BigDecimal("512000"))).isEqualByComparingTo("0");
    assertThat(OVER_500_TB.portionOf(new BigDecimal("700000"))).isEqualByComparingTo("188000");
  }

  @Test
  void bounds_areValidated_andAnEmptyTierIsRejected() {
    assertThatThrownBy(() -> PriceTier.of(new BigDecimal("-1"), BigDecimal.TEN, FIRST))
        .hasMessage("PriceTier.start must be >= 0, but was -1");
    assertThatThrownBy(() -> PriceTier.of(BigDecimal.TEN, BigDecimal.TEN, FIRST))
        .hasMessage("PriceTier.end must be > start (10), but was 10");
    assertThatThrownBy(() -> PriceTier.of(BigDecimal.TEN, BigDecimal.ONE, FIRST))
        .hasMessage("PriceTier.end must be > start (10), but was 1");
    assertThat(PriceTier.of(BigDecimal.ZERO, new BigDecimal("0.001"), FIRST).end()).contains(new BigDecimal("0.001"));
    assertThat(OVER_500_TB.end()).isEmpty();
    assertThat(FIRST_50_TB.start()).isEqualByComparingTo("0");
    assertThat(FIRST_50_TB.rate()).isEqualTo(FIRST);
  }

  @Test
  void copies_keepWhatTheyDoNotChange() {
    PriceSource source = PriceSource.of("a tier read elsewhere", "2026-11", PriceStatus.INFERRED);
    PriceTier sourced = NEXT_450_TB.withSource(source);
    assertThat(sourced.source()).contains(source);
    assertThat(sourced.start()).isEqualByComparingTo("51200");
    assertThat(sourced.end()).contains(new BigDecimal("512000"));
    assertThat(NEXT_450_TB.source()).isEmpty();
    PriceTier cheaper = sourced.withRate(FIRST);
    assertThat(cheaper.rate()).isEqualTo(FIRST);
    assertThat(cheaper.source()).contains(source);
    assertThat(cheaper.end()).contains(new BigDecimal("512000"));
  }

  @Test
  void equality_ignoresScale_butNotBoundsRateOrSource() {
    PriceTier sameScaled = PriceTier.of(new BigDecimal("51200.00"), new BigDecimal("512000.0"), NEXT);
    assertThat(sameScaled).isEqualTo(NEXT_450_TB).hasSameHashCodeAs(NEXT_450_TB);
    assertThat(NEXT_450_TB).isNotEqualTo(PriceTier.of(new BigDecimal("51201"), new BigDecimal("512000"), NEXT))
        .isNotEqualTo(PriceTier.of(new BigDecimal("51200"), new BigDecimal("512001"), NEXT))
        .isNotEqualTo(PriceTier.from(new BigDecimal("51200"), NEXT))
        .isNotEqualTo(PriceTier.of(new BigDecimal("51200"), new BigDecimal("512000"), FIRST))
        .isNotEqualTo(NEXT_450_TB.withSource(PriceSource.of("x", "2026", PriceStatus.OFFICIAL)))
        .isNotEqualTo("[51,200, 512,000) at USD 0.022/GiB-month");
  }

  @Test
  void toString_showsTheBoundsAndTheRate() {
    assertThat(FIRST_50_TB).hasToString("[0, 51,200) at USD 0.023/GiB-month");
    assertThat(OVER_500_TB).hasToString("[512,000, inf) at USD 0.022/GiB-month");
  }
}
