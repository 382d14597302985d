package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void plus_sameCurrency_addsExactly() {
    assertThat(Money.usd("0.1").plus(Money.usd("0.2")).amount()).isEqualByComparingTo("0.3");
  }

  @Test
  void plus_otherCurrency_throwsNamingBothAndTheFix() {
    Money yen = Money.of(BigDecimal.TEN, "JPY");
    assertThatThrownBy(() -> Money.usd("1").plus(yen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot combine USD and JPY amounts: convert one with Money.convertedTo(currency, rate) first");
  }

  @Test
  void usdLong_wholeDollars_equalsTheDecimalText() {
    assertThat(Money.usd(500)).isEqualTo(Money.usd("500.00"));
    assertThat(Money.usd(500).amount()).isEqualByComparingTo("500");
    assertThat(Money.usd(500).currency()).isEqualTo(Money.USD);
    assertThat(Money.usd(0).isZero()).isTrue();
    assertThat(Money.usd(-3).isNegative()).isTrue();
    assertThat(Money.usd(25_587)).hasToString("USD 25,587.00");
    assertThat(Money.usd(Long.MAX_VALUE).amount()).isEqualByComparingTo(BigDecimal.valueOf(Long.MAX_VALUE));
  }

  @Test
  void rounded_halfUp_toCents() {
    assertThat(Money.usd("0.575").rounded().amount()).isEqualByComparingTo("0.58");
    assertThat(Money.usd("0.574999").rounded().amount()).isEqualByComparingTo("0.57");
    assertThat(Money.usd("18.1868953125").rounded().amount()).isEqualByComparingTo("18.19");
  }

  @Test
  void rounded_yen_toWholeUnits() {
    assertThat(Money.of(new BigDecimal("1234.5"), "JPY").rounded().amount()).isEqualByComparingTo("1235");
  }

  @Test
  void rounded_withMode_usesIt() {
    assertThat(Money.usd("0.575").rounded(RoundingMode.DOWN).amount()).isEqualByComparingTo("0.57");
  }

  @Test
  void toString_roundsAndGroups() {
    assertThat(Money.usd("25587.4624").toString()).isEqualTo("USD 25,587.46");
    assertThat(Money.usd("0.004").toString()).isEqualTo("USD 0.00");
  }

  @Test
  void toString_halfACent_roundsUp() {
    // HALF_UP at exactly half a cent: 0.005 → 0.01 and 0.125 → 0.13 (HALF_EVEN would give 0.00 and 0.12,
    // DOWN or FLOOR 0.00 and 0.12); away from zero for a negative amount
    assertThat(Money.usd("0.005")).hasToString("USD 0.01");
    assertThat(Money.usd("0.125")).hasToString("USD 0.13");
    assertThat(Money.usd("0.0049999")).hasToString("USD 0.00");
    assertThat(Money.usd("-0.125")).hasToString("USD -0.13");
    assertThat(Money.usd("999999.995")).hasToString("USD 1,000,000.00");
    assertThat(Money.of(new BigDecimal("2.5"), "JPY")).hasToString("JPY 3");
    assertThat(Money.usd("0.125").rounded()).hasToString("USD 0.13");
    assertThat(Money.usd("0.125").rounded().amount()).isEqualByComparingTo("0.13");
    assertThat(Money.usd("-0.125").rounded().amount()).isEqualByComparingTo("-0.13");
    assertThat(Money.usd("0.125").rounded().amount().scale()).isEqualTo(2);
  }

  @Test
  void arithmetic_isExact_andKeepsTheCurrency() {
    // 1.00 − 0.25 = 0.75; 0.023 × 23.4375 = 0.5390625; 0.204 × 1,460 = 297.84
    assertThat(Money.usd("1.00").minus(Money.usd("0.25"))).isEqualTo(Money.usd("0.75"));
    assertThat(Money.usd("0.023").times(new BigDecimal("23.4375")).amount()).isEqualByComparingTo("0.5390625");
    assertThat(Money.usd("0.204").times(1460)).isEqualTo(Money.usd("297.84"));
    assertThat(Money.usd(new BigDecimal("12.5"))).isEqualTo(Money.usd("12.50"));
    Money yen = Money.of(new BigDecimal("100"), Currency.getInstance("JPY"));
    assertThat(yen.currency().getCurrencyCode()).isEqualTo("JPY");
    assertThat(yen.times(3).amount()).isEqualByComparingTo("300");
    assertThat(yen.times(3).currency()).isEqualTo(yen.currency());
    assertThat(yen.minus(Money.of(BigDecimal.ONE, "JPY")).currency()).isEqualTo(yen.currency());
    assertThatThrownBy(() -> Money.usd("1").minus(yen))
        .hasMessage("cannot combine USD and JPY amounts: convert one with Money.convertedTo(currency, rate) first");
    assertThatThrownBy(() -> Money.usd("1").compareTo(yen))
        .hasMessage("cannot combine USD and JPY amounts: convert one with Money.convertedTo(currency, rate) first");
    assertThat(Money.usd("0.01").isZero()).isFalse();
    assertThat(Money.usd("0.00").isZero()).isTrue();
    assertThat(Money.usd("0").isNegative()).isFalse();
    assertThat(Money.usd("0.01").compareTo(Money.usd("0.010"))).isZero();
    assertThat(Money.usd("0.01").compareTo(Money.usd("0.02"))).isNegative();
  }

  @Test
  void toExactString_keepsEveryDigit() {
    assertThat(Money.usd("0.0000166667").toExactString()).isEqualTo("USD 0.0000166667");
    assertThat(Money.usd("25300").toExactString()).isEqualTo("USD 25,300.00");
  }

  @Test
  void parse_readsToString() {
    assertThat(Money.parse("USD 25,587.46")).isEqualTo(Money.usd("25587.46"));
    assertThat(Money.parse(Money.usd("1234.5").toString())).isEqualTo(Money.usd("1234.50"));
  }

  @Test
  void parse_badText_namesTheShape() {
    assertThatThrownBy(() -> Money.parse("25.00"))
        .hasMessage("Money text must be a currency code, a space and an amount, like 'USD 25,587.46', but was '25.00'");
    assertThatThrownBy(() -> Money.parse("USD abc"))
        .hasMessage("Money.amount must be a decimal number, but was 'abc'");
  }

  @Test
  void of_unknownCurrency_namesIt() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZ1"))
        .hasMessage("currency must be an ISO 4217 code such as USD, EUR or JPY, but was 'XYZ1'");
  }

  @Test
  void equals_ignoresScale() {
    assertThat(Money.usd("1.5")).isEqualTo(Money.usd("1.50")).hasSameHashCodeAs(Money.usd("1.50"));
    assertThat(Money.usd("1.5")).isNotEqualTo(Money.of(new BigDecimal("1.5"), "EUR"));
  }

  @Test
  void times_and_dividedBy() {
    assertThat(Money.usd("0.23").times(new BigDecimal("110000")).amount()).isEqualByComparingTo("25300");
    assertThat(Money.usd("1").dividedBy(new BigDecimal("3"), MathContext.DECIMAL64).amount())
        .isEqualByComparingTo("0.3333333333333333");
    assertThatThrownBy(() -> Money.usd("1").dividedBy(BigDecimal.ZERO, MathContext.DECIMAL64))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void convertedTo_multipliesByRate() {
    Money yen = Money.usd("69.07").convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
    assertThat(yen).isEqualTo(Money.of(new BigDecimal("10360.50"), "JPY"));
    assertThatThrownBy(() -> Money.usd("1").convertedTo(Currency.getInstance("EUR"), BigDecimal.ZERO))
        .hasMessage("Money.convertedTo rate must be > 0, but was 0");
  }
}
