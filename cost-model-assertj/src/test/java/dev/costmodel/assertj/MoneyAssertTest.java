package dev.costmodel.assertj;

import static dev.costmodel.assertj.CostAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAssertTest {
  @Test
  void comparisons_pass_whenTheyHold() {
    assertThat(Money.usd("69.07")).isAtMost(Money.usd("69.07")).isLessThan(Money.usd(70)).isEqualTo(Money.usd("69.070"));
  }

  @Test
  void isAtMost_above_failsWithoutLines() {
    assertThatThrownBy(() -> assertThat(Money.usd("69.07")).isAtMost(Money.usd(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected amount <= USD 50.00 but was USD 69.07 (over by USD 19.07); it has no lines");
  }

  @Test
  void isLessThan_equal_fails() {
    assertThatThrownBy(() -> assertThat(Money.usd(50)).isLessThan(Money.usd(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected amount < USD 50.00 but was USD 50.00 (equal to it); it has no lines");
  }

  @Test
  void isEqualTo_differentAmount_failsWithTheGap() {
    assertThatThrownBy(() -> assertThat(Money.usd("0.5390625")).isEqualTo(Money.usd("0.54")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected amount == USD 0.54 but was USD 0.5390625 (under by USD 0.0009375); it has no lines");
    assertThat(Money.usd("0.5390625")).rounded().isEqualTo(Money.usd("0.54"));
  }

  @Test
  void isEqualTo_otherCurrency_isAFailureNotAComparison() {
    assertThatThrownBy(() -> assertThat(Money.usd(150)).isEqualTo(Money.of(new BigDecimal("150"), "JPY")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("cannot compare amount in USD with JPY 150: give the amount in USD or convert the estimate with"
            + " MonthlyEstimate.convertedTo(currency, rate) first");
  }
}
