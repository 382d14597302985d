package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Environments;
import dev.costmodel.api.EnvironmentsEstimate;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of managed spot training, data transfer out, the retraining schedule and environments, on inputs built
 * through the public builders. The generators' bounds (zero GiB, the tier bounds, a discount of 0.01 and of
 * 0.9, a factor of exactly 1) are tried first, so the edges are reached.
 */
class PlatformPropertiesTest {
  private static final int EXAMPLES = 300;
  private static final JobStep TRAIN = JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));

  private static MonthlyEstimate retrain(JobStep step, long groups) {
    return Fixtures.scenario(ModelTopology.perGroup(groups))
        .addComponent(RetrainPipeline.builder().addStep(step).runsPerMonth(1.2).build()).build().estimate();
  }

  private static Money transfer(BigDecimal gib, boolean free) {
    return Fixtures.scenario(ModelTopology.shared()).prices(PlatformPrices.PRICES)
        .addComponent(DataTransferOut.builder().gibibytesPerMonth(gib).freeAllowance(free).build())
        .build().estimate().total();
  }

  @Test
  void spotNeverRaisesATrainingCost_whileDiscountOutweighsOverhead() {
    // discount d in [0.01, 0.90], overhead f in [1.00, 3.00]: spot ≤ on demand exactly when (1 − d) × f ≤ 1,
    // and a finding says so otherwise
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 90), integers().between(100, 300), integers().between(1, 1_000))
        .checkAssert((percent, factorPercent, groups) -> {
          ManagedSpot spot = ManagedSpot.of(BigDecimal.valueOf(percent, 2), BigDecimal.valueOf(factorPercent, 2));
          MonthlyEstimate onDemand = retrain(TRAIN, groups);
          MonthlyEstimate spotted = retrain(TRAIN.withManagedSpot(spot), groups);
          boolean raises = spotted.total().compareTo(onDemand.total()) > 0;
          assertThat(raises).isEqualTo(spot.costFactor().compareTo(BigDecimal.ONE) > 0);
          assertThat(spotted.findings().stream().anyMatch(f -> f.is(dev.costmodel.api.FindingCode
              .MANAGED_SPOT_COSTS_MORE))).isEqualTo(raises);
          // and the spot cost is exactly the on-demand cost × (1 − d) × f
          assertThat(spotted.total().amount())
              .isEqualByComparingTo(onDemand.total().amount().multiply(spot.costFactor()));
        });
  }

  @Test
  void transferOut_isMonotoneInGibibytes_andTheFreeAllowanceNeverRaisesACost() {
    // GiB from 0 to 250,000 (past the last tier bound of 153,600), and a second amount above the first
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(0, 250_000), integers().between(0, 60_000))
        .checkAssert((gib, more) -> {
          BigDecimal low = BigDecimal.valueOf(gib);
          BigDecimal high = low.add(BigDecimal.valueOf(more));
          assertThat(transfer(high, false)).isGreaterThanOrEqualTo(transfer(low, false));
          assertThat(transfer(high, true)).isGreaterThanOrEqualTo(transfer(low, true));
          assertThat(transfer(low, true)).isLessThanOrEqualTo(transfer(low, false));
        });
  }

  @Test
  void scheduleCost_isMonotoneInExtraInvocations() {
    qt().withExamples(100)
        .forAll(integers().between(0, 40), integers().between(0, 40))
        .checkAssert((extra, more) -> {
          Money low = schedule(extra);
          Money high = schedule(extra + more);
          assertThat(high).isGreaterThanOrEqualTo(low);
        });
  }

  private static Money schedule(int extra) {
    return Fixtures.scenario(ModelTopology.perUser()).prices(PlatformPrices.PRICES)
        .addComponent(RetrainSchedule.builder().runsPerMonth(10).extraInvocationsPerRun(extra).build())
        .build().estimate().total();
  }

  @Test
  void environmentsTotal_isTheExactSumOfItsEnvironments_andEachIsItsScenarioBuiltDirectly() {
    qt().withExamples(100)
        .forAll(integers().between(1, 10), integers().between(1, 10), integers().between(1, 100_000),
            integers().between(0, 5_000))
        .checkAssert((devCount, prodCount, users, gib) -> {
          Workload devTraffic = Workload.builder().from(Fixtures.WORKLOAD).users(users).build();
          CostScenario base = Fixtures.scenario(ModelTopology.shared()).prices(PlatformPrices.PRICES)
              .name("system")
              .addComponent(RealtimeInference.builder().instanceType("ml.m5.xlarge").instanceCount(prodCount)
                  .build())
              .addComponent(DataTransferOut.builder().build())
              .build();
          List<dev.costmodel.api.CostComponent> devComponents = List.of(
              RealtimeInference.builder().instanceType("ml.t3.medium").instanceCount(devCount).build(),
              DataTransferOut.builder().gibibytesPerMonth(gib).build());
          EnvironmentsEstimate estimate = Environments.of(base)
              .environment("dev", s -> s.withWorkload(devTraffic).withComponents(devComponents))
              .environment("prod", s -> s)
              .estimate();
          Money sum = estimate.estimate("dev").total().plus(estimate.estimate("prod").total());
          assertThat(estimate.total()).isEqualTo(sum);
          MonthlyEstimate devDirect = base.withName("system / dev").withWorkload(devTraffic)
              .withComponents(devComponents).estimate();
          assertThat(estimate.estimate("dev")).isEqualTo(devDirect);
          assertThat(estimate.estimate("prod")).isEqualTo(base.withName("system / prod").estimate());
          Money bySubtotals = estimate.subtotals().values().stream().reduce(Money.zero(Money.USD), Money::plus);
          assertThat(bySubtotals).isEqualTo(estimate.total());
        });
  }
}
