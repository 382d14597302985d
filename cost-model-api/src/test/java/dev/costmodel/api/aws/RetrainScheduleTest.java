package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RetrainScheduleTest {
  private static CostScenario.Builder scenario(ModelTopology topology) {
    return Fixtures.scenario(topology).prices(PlatformPrices.PRICES);
  }

  @Test
  void seedPatternB_readsThePipelinesRuns_andIsFree() {
    // 200 models × 1.2 runs × 1 invocation = 240 invocations = 0.00024 M, all in the free tier [0, 14 M): 0.00
    MonthlyEstimate estimate = scenario(ModelTopology.perGroup(200)).addComponent(Fixtures.RETRAIN)
        .addComponent(RetrainSchedule.builder().build()).build().estimate();
    LineItem line = estimate.lineItems().get(3);
    assertThat(line.cost()).isEqualTo(Money.usd("0"));
    assertThat(line.quantity()).isEqualByComparingTo("0.00024");
    assertThat(line.category()).isEqualTo(CostCategory.RETRAIN);
    assertThat(line).hasToString("retraining schedule (EventBridge Scheduler): 200 models × 1.2 runs ×"
        + " 1 invocation = 240 invocations = 0.0002 M invocations, tiered: 0.0002 × USD 0/1M invocations"
        + " = USD 0.00");
    assertThat(line.note()).contains("the first 14,000,000 invocations a month are free, per account: every"
        + " schedule of the account shares them");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void beyondFourteenMillion_isBilled_andIsAFinding() {
    // 100,000 models × 30 runs × (1 + 4 extra) = 15,000,000 invocations = 15 M:
    // 14 M × 0 + 1 M × USD 1.00 = USD 1.00
    MonthlyEstimate estimate = scenario(ModelTopology.perUser())
        .addComponent(RetrainSchedule.builder().runsPerMonth(30).extraInvocationsPerRun(4).build())
        .build().estimate();
    assertThat(estimate.total()).isEqualTo(Money.usd("1.00"));
    assertThat(estimate.lineItems().get(0).formula()).isEqualTo("100,000 models × 30 runs × 5 invocations"
        + " = 15,000,000 invocations = 15 M invocations, tiered: 14 × USD 0/1M invocations"
        + " + 1 × USD 1/1M invocations = USD 1.00");
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.SCHEDULER_FREE_TIER_EXCEEDED)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.message()).isEqualTo("retraining schedules invoke 15,000,000 times a month, beyond the"
          + " 14,000,000 EventBridge Scheduler invocations free each month per account; the 1,000,000 above are"
          + " billed, and the account's other schedules use the same allowance");
    });
  }

  @Test
  void exactlyFourteenMillion_isFree_andNoFinding() {
    // 100,000 × 28 × (1 + 4) = 14,000,000: the whole free tier, nothing above
    MonthlyEstimate estimate = scenario(ModelTopology.perUser())
        .addComponent(RetrainSchedule.builder().runsPerMonth(28).extraInvocationsPerRun(4).build())
        .build().estimate();
    assertThat(estimate.total()).isEqualTo(Money.usd("0"));
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void runsThatDisagreeWithThePipeline_areRefused() {
    assertThatThrownBy(() -> scenario(ModelTopology.shared()).addComponent(Fixtures.RETRAIN)
            .addComponent(RetrainSchedule.builder().runsPerMonth(4).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RetrainSchedule.runsPerMonth must equal the scenario's RetrainPipeline.runsPerMonth (1.2),"
            + " but was 4; leave it unset so that the schedule reads the pipeline's runs, or change the"
            + " pipeline's");
  }

  @Test
  void runsThatAgreeWithThePipeline_arePriced() {
    MonthlyEstimate estimate = scenario(ModelTopology.shared()).addComponent(Fixtures.RETRAIN)
        .addComponent(RetrainSchedule.builder().runsPerMonth(new BigDecimal("1.20")).build()).build().estimate();
    assertThat(estimate.lineItems().get(3).quantity()).isEqualByComparingTo("0.0000012");
  }

  @Test
  void noPipelineAndNoRuns_isRefused() {
    assertThatThrownBy(() -> scenario(ModelTopology.shared()).addComponent(RetrainSchedule.builder().build())
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RetrainSchedule.runsPerMonth must be given when the scenario has no RetrainPipeline, but was"
            + " empty; set runsPerMonth(...) or add the RetrainPipeline it starts");
  }

  @Test
  void badNumbers_areRefused() {
    assertThatThrownBy(() -> RetrainSchedule.builder().runsPerMonth(-1).build())
        .hasMessage("RetrainSchedule.runsPerMonth must be >= 0, but was -1");
    assertThatThrownBy(() -> RetrainSchedule.builder().extraInvocationsPerRun(-1).build())
        .hasMessage("RetrainSchedule.extraInvocationsPerRun must be >= 0, but was -1");
  }

  @Test
  void aCatalogWithoutAFreeTier_hasNoNoteAndNoFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perUser())
        .prices(Fixtures.PRICES.withPrice(dev.costmodel.api.price.Price.flat(RetrainSchedule.PRICE_KEY,
            PlatformPrices.rate("1.00", dev.costmodel.api.price.PriceUnit.MILLION_INVOCATIONS),
            PlatformPrices.SCHEDULER)))
        .addComponent(RetrainSchedule.builder().runsPerMonth(30).extraInvocationsPerRun(4).build())
        .build().estimate();
    // 15 M × USD 1.00 = USD 15.00
    assertThat(estimate.total()).isEqualTo(Money.usd("15.00"));
    assertThat(estimate.lineItems().get(0).note()).isEmpty();
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void freeInvocations_onADiscountedPrice_keepBothNotes_andTheLineNamesItsComponent() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .prices(PlatformPrices.PRICES.withDiscount("EventBridgeScheduler", 0.1, "private pricing"))
        .addComponent(RetrainSchedule.builder().runsPerMonth(30).build()).build().estimate();
    LineItem line = estimate.lineItems().get(0);
    assertThat(line.component()).isEqualTo("RetrainSchedule");
    assertThat(line.note()).hasValueSatisfying(note -> assertThat(note).contains("private pricing -10%")
        .endsWith("; the first 14,000,000 invocations a month are free, per account: every schedule of the"
            + " account shares them"));
  }
}
