package dev.costmodel.assertj;

import static dev.costmodel.assertj.CostAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import org.junit.jupiter.api.Test;

class LineItemAssertTest {
  @Test
  void costIsAtMost_withinBound_passes() {
    // seed 7-3: 200 models × 1.2 runs × 0.5 h × USD 0.23 = USD 27.60
    assertThat(Estimates.REALTIME_B).lineItem("train").costIsAtMost(Money.usd(28)).costIsAtMost(Money.usd("27.6"));
  }

  @Test
  void costIsAtMost_overBound_failsWithTheFormula() {
    assertThatThrownBy(() -> assertThat(Estimates.REALTIME_B).lineItem("train").costIsAtMost(Money.usd(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected cost of line 'train (Training, ml.m5.xlarge)' of 'B (G=200) / real-time' <= USD 20.00"
            + " but was USD 27.60 (over by USD 7.60); its line:\n"
            + "train (Training, ml.m5.xlarge): 200 models × 1.2 runs × 0.5 h = 120 instance-hours"
            + " × USD 0.23/instance-hour = USD 27.60");
  }

  @Test
  void costIsAtMost_keepsTheDescription() {
    assertThatThrownBy(() -> assertThat(Estimates.REALTIME_B).as("retraining").lineItem("train")
        .costIsAtMost(Money.usd(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[retraining] expected cost of line 'train (Training, ml.m5.xlarge)'");
  }

  @Test
  void cost_otherCurrency_failsSayingToConvert() {
    assertThatThrownBy(() -> assertThat(Estimates.inYen()).lineItem("train").costIsAtMost(Money.usd(20)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("cannot compare cost of line 'train (Training, ml.m5.xlarge)' of 'B (G=200) / serverless' in JPY"
            + " with USD 20.00: give the amount in JPY or convert the estimate with"
            + " MonthlyEstimate.convertedTo(currency, rate) first");
  }
}
