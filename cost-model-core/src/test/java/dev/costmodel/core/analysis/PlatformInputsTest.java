package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Money;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inputs of data transfer out, the retraining schedule and managed spot training, and what the analyses
 * do today with the first two, whose cost is not linear (tiers, free allowances).
 */
class PlatformInputsTest {
  private static CostScenario with(CostScenario scenario, CostComponent... more) {
    List<CostComponent> components = new ArrayList<>(scenario.components());
    components.addAll(List.of(more));
    return scenario.withComponents(components);
  }

  private static final CostScenario C_WITH_TRANSFER = with(SeedFixtures.serverless("C"),
      DataTransferOut.builder().build(), RetrainSchedule.builder().build());

  @Test
  void dataTransferOut_setsAndReadsTheGibibytes() {
    // read from the workload: 4,000,000 × 2 KiB = 7.62939453125 GiB
    assertThat(ScenarioInput.dataTransferOutGibibytes().valueIn(C_WITH_TRANSFER))
        .isEqualByComparingTo("7.62939453125");
    CostScenario fixed = ScenarioInput.dataTransferOutGibibytes().apply(C_WITH_TRANSFER, new BigDecimal("1000"));
    assertThat(ScenarioInput.dataTransferOutGibibytes().valueIn(fixed)).isEqualByComparingTo("1000");
    // 1,000 GiB × 0.09 = 90.00 (bundled catalog, first tier)
    assertThat(fixed.estimate().subtotal(dev.costmodel.api.CostCategory.DATA_TRANSFER))
        .isEqualTo(Money.usd("90.00"));
  }

  @Test
  void schedulerExtraInvocations_isAWholeNumber() {
    ScenarioInput extra = ScenarioInput.schedulerExtraInvocationsPerRun();
    assertThat(extra.isWholeNumber()).isTrue();
    assertThat(extra.valueIn(extra.apply(C_WITH_TRANSFER, new BigDecimal("3")))).isEqualByComparingTo("3");
    assertThatThrownBy(() -> extra.apply(C_WITH_TRANSFER, new BigDecimal("1.5")))
        .hasMessage("scheduler extra invocations per run must be a whole number, but was 1.5");
  }

  @Test
  void spotDiscount_variesTheDiscountOfASpotStep_only() {
    CostScenario spot = SeedFixtures.serverless("B").withComponents(List.of(RetrainPipeline.builder()
        .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)).withManagedSpot(0.7, 1.2))
        .runsPerMonth(1.2).build()));
    ScenarioInput discount = ScenarioInput.spotDiscount("train");
    assertThat(discount.valueIn(spot)).isEqualByComparingTo("0.7");
    // 200 × 1.2 × 0.5 h × 1.2 = 144 h × 0.23 = 33.12 × (1 − 0.5) = 16.56
    assertThat(discount.apply(spot, new BigDecimal("0.5")).estimate().total()).isEqualTo(Money.usd("16.56"));
    assertThatThrownBy(() -> discount.apply(spot, new BigDecimal("0.95")))
        .hasMessageStartingWith("ManagedSpot.discount must be > 0 and <= 0.9");
    assertThatThrownBy(() -> discount.valueIn(SeedFixtures.serverless("B")))
        .hasMessage("the retrain pipeline's step 'train' runs on demand, so its train spot discount cannot vary;"
            + " give it withManagedSpot(...) first");
  }

  @Test
  void breakEven_todayRefusesTransferOutAcrossATier() {
    // BreakEven prices 1, 1,000 and 1,000,000 GiB: 1,000,000 GiB is past every tier bound (10 TB, 50 TB,
    // 150 TB), so the third point is off the line through the first two and BreakEven refuses the input
    // rather than answer wrongly. It should instead solve tier by tier (the tier bounds are in the Price).
    CostScenario free = ScenarioInput.dataTransferOutGibibytes().apply(C_WITH_TRANSFER, BigDecimal.ZERO)
        .withComponents(List.of(DataTransferOut.builder().freeAllowance(true).build()));
    assertThatThrownBy(() -> BreakEven.between(C_WITH_TRANSFER, free, ScenarioInput.dataTransferOutGibibytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the total of '" + C_WITH_TRANSFER.name() + "' is not linear in data transfer out"
            + " (a tiered price, or a component whose cost bends)");
  }

  @Test
  void breakEven_todaySeesTheSchedulerAsFreeBelowFourteenMillion_andRefusesItAbove() {
    // C: 1 model × 1.2 runs × (1 + x): even x = 1,000,000 gives 1,200,001.2 invocations, inside the free
    // 14 M; the schedule adds USD 0 at every point, so BreakEven sees a flat line (correct only below 14 M)
    BreakEven flat = BreakEven.between(C_WITH_TRANSFER, with(SeedFixtures.realtime("C"),
        RetrainSchedule.builder().build()), ScenarioInput.schedulerExtraInvocationsPerRun());
    assertThat(flat.crosses()).isFalse();
    // A: 100,000 models × 1.2 runs × (1 + 1,000,000) invocations crosses 14 M: refused as not linear
    CostScenario a = with(SeedFixtures.serverless("A"), RetrainSchedule.builder().build());
    assertThatThrownBy(() -> BreakEven.between(a, with(SeedFixtures.realtime("A"),
            RetrainSchedule.builder().build()), ScenarioInput.schedulerExtraInvocationsPerRun()))
        .hasMessageContaining("is not linear in scheduler extra invocations per run");
  }

  @Test
  void monteCarlo_todayPricesEverySampleExactly_whenTransferCrossesATier() {
    // 5,000 to 60,000 GiB crosses the 10,240 GiB bound: the multilinear shortcut misses, every sample is
    // priced exactly (slower, still right)
    UncertaintyResult crossing = MonteCarlo.builder().scenario(C_WITH_TRANSFER)
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(5_000, 10_000, 60_000))
        .samples(300).seed(1).build().run();
    assertThat(crossing.method()).isEqualTo("exact");
    // inside the first tier the cost is linear: the shortcut holds
    UncertaintyResult inside = MonteCarlo.builder().scenario(C_WITH_TRANSFER)
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(100, 1_000, 5_000))
        .samples(300).seed(1).build().run();
    assertThat(inside.method()).isEqualTo("multilinear");
  }
}
