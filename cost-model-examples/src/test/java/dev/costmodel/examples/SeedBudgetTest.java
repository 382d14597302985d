package dev.costmodel.examples;

import static dev.costmodel.assertj.CostAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.examples.SeedScenarios.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed's pattern B pinned under a budget, as a team would pin its own design in its service's tests
 * (the README's "Cost assertions" section shows the marked block). Seed 7-3: USD 69.07 serverless, USD 350.91
 * on two always-on ml.c5.xlarge.
 */
class SeedBudgetTest {
  @Test
  void patternB_staysUnderBudget() {
    // budget:begin
    MonthlyEstimate serverless = SeedScenarios.serverless(Pattern.B).estimate();
    MonthlyEstimate realtime = SeedScenarios.realtime(Pattern.B).estimate();

    assertThat(serverless)
        .totalIsAtMost(Money.usd(100))
        .hasNoFindingsExcept(FindingCode.SERVERLESS_MANY_MODELS)   // 200 models: one endpoint per group
        .isCheaperThan(realtime);
    assertThat(serverless).subtotal(CostCategory.INFERENCE).isLessThan(Money.usd(20));
    assertThat(serverless).lineItem("train").costIsAtMost(Money.usd(30));

    assertThat(realtime)
        .totalIsBetween(Money.usd(300), Money.usd(400))
        .hasFinding(FindingCode.MULTI_MODEL_ENDPOINT);
    // budget:end
  }

  @Test
  void patternB_realtime_overA300DollarBudget_failsWithItsLargestLines() {
    assertThatThrownBy(() -> assertThat(SeedScenarios.realtime(Pattern.B).estimate()).totalIsAtMost(Money.usd(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected total of 'B (G=200) / real-time' <= USD 300.00 but was USD 350.91"
            + " (over by USD 50.91); largest lines:\n"
            + "1. real-time endpoint (2 × ml.c5.xlarge): 2 instances × 730 h = 1,460 instance-hours"
            + " × USD 0.204/instance-hour = USD 297.84\n"
            + "2. train (Training, ml.m5.xlarge): 200 models × 1.2 runs × 0.5 h = 120 instance-hours"
            + " × USD 0.23/instance-hour = USD 27.60\n");
  }
}
