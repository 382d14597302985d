package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitPriceTest {
  @Test
  void factories_nameTheirUnit() {
    assertThat(UnitPrice.perInstanceHour(Money.usd("0.23")).unit()).isEqualTo(PriceUnit.INSTANCE_HOUR);
    assertThat(UnitPrice.perSecond(Money.usd("0.00004")).unit()).isEqualTo(PriceUnit.SECOND);
    assertThat(UnitPrice.perGibibyte(Money.usd("0.016")).unit()).isEqualTo(PriceUnit.GIB);
    assertThat(UnitPrice.perGibibyteMonth(Money.usd("0.023")).unit()).isEqualTo(PriceUnit.GIB_MONTH);
    assertThat(UnitPrice.perMillionRequests(Money.usd("0.2")).unit()).isEqualTo(PriceUnit.MILLION_REQUESTS);
    assertThat(UnitPrice.perSecond(Money.usd("0.00004")).price()).isEqualTo(Money.usd("0.00004"));
    assertThat(UnitPrice.perMillionRequests(Money.usd("0.2"))).hasToString("USD 0.2/1M requests");
  }

  @Test
  void costOfAndMultipliedBy_areExact() {
    // 120 instance-hours × 0.23 = 27.60; a 20% discount is a factor of 0.8: 0.184
    UnitPrice hour = UnitPrice.perInstanceHour(Money.usd("0.23"));
    assertThat(hour.costOf(new BigDecimal("120"))).isEqualTo(Money.usd("27.60"));
    assertThat(hour.multipliedBy(new BigDecimal("0.8"))).isEqualTo(UnitPrice.perInstanceHour(Money.usd("0.184")));
  }

  @Test
  void equality_needsTheSamePriceAndUnit() {
    UnitPrice a = UnitPrice.perInstanceHour(Money.usd("0.23"));
    assertThat(a).isEqualTo(UnitPrice.perInstanceHour(Money.usd("0.230"))).hasSameHashCodeAs(
        UnitPrice.perInstanceHour(Money.usd("0.230")));
    assertThat(a).isNotEqualTo(UnitPrice.of(Money.usd("0.23"), PriceUnit.NODE_HOUR))
        .isNotEqualTo(UnitPrice.perInstanceHour(Money.usd("0.24"))).isNotEqualTo("USD 0.23/instance-hour");
  }

  @Test
  void priceUnit_readsItsLabelOrName_ignoringCase() {
    assertThat(PriceUnit.fromLabel(" GiB-month ")).isEqualTo(PriceUnit.GIB_MONTH);
    assertThat(PriceUnit.fromLabel("gib_month")).isEqualTo(PriceUnit.GIB_MONTH);
    assertThat(PriceUnit.fromLabel("1m requests")).isEqualTo(PriceUnit.MILLION_REQUESTS);
    assertThat(PriceUnit.GIB_SECOND.plural()).isEqualTo("GiB-seconds");
    assertThat(PriceUnit.GIB_SECOND).hasToString("GiB-second");
    assertThatThrownBy(() -> PriceUnit.fromLabel("furlong"))
        .hasMessageStartingWith("price unit must be one of instance-hour, node-hour, hour, ")
        .hasMessageEndingWith(", 1M invocations, but was 'furlong'");
  }
}
