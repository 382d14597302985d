package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.core.PriceCatalogs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the analyses do today with the endpoint options, priced from the bundled us-east-1 catalog. The
 * autoscaled endpoint's cost steps with its inputs (whole instances per hour, clamped at min and max); this
 * test pins how BreakEven and MonteCarlo treat that, so a change to either shows here.
 */
class EndpointOptionsAnalysisTest {
  private static final Workload WORKLOAD = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  /** ml.c5.xlarge, 1 to 10 instances, 10 requests/s each at 0.7: 7 requests/s per instance; flat traffic. */
  private static final AutoscaledRealtimeInference AUTOSCALED = AutoscaledRealtimeInference.builder()
      .instanceType("ml.c5.xlarge").minInstances(1).maxInstances(10)
      .requestsPerSecondPerInstance(10).targetUtilization(0.7).traffic(TrafficProfile.flat()).build();

  private static CostScenario scenario(String name, dev.costmodel.api.CostComponent component) {
    return CostScenario.builder().name(name).prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(component).build();
  }

  @Test
  void breakEven_refusesTheAnswerTheStepsWouldMakeWrong() {
    CostScenario serverless = scenario("serverless", ServerlessInference.builder()
        .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build());
    CostScenario autoscaled = scenario("autoscaled", AUTOSCALED);
    // BreakEven measures at 1, 1,000 and 1,000,000 requests a month: 1,000,000 ÷ 2,628,000 s = 0.38 rps, 1
    // instance each time, so the "line" is 1 × 730 h × USD 0.204 = USD 148.92 + data, and serverless is
    // 0.1 s × USD 0.00004 = USD 0.000004 a request + the same data: the lines cross at 148.92 ÷ 0.000004 =
    // 37,230,000. But there 14.17 rps ÷ 7 = 2.02 -> 3 instances = USD 446.76, so BreakEven, which prices both
    // scenarios where it says they meet, refuses. (Serverless stays cheaper until autoscaling is capped at 10
    // instances, USD 1,489.20, which serverless reaches at 1,489.20 ÷ 0.000004 = 372,300,000 requests.)
    assertThatThrownBy(() -> BreakEven.between(serverless, autoscaled, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        // data processed at 37,230,000 requests: × 22,528 bytes ÷ 2^30 × USD 0.016 = USD 12.49786376953125;
        // 3 × 730 × 0.204 = 446.76 and 1 × 730 × 0.204 = 148.92, each plus that
        .hasMessage("the total of 'autoscaled' is not linear in requests per month up to where the lines would"
            + " cross (a tiered price or a free allowance between): at 37,230,000 it is USD 459.25786376953125,"
            + " the line through 1 and 1,000 gives USD 161.41786376953125; compare the scenarios with a Sweep"
            + " over that range instead");
    CostScenario there = ScenarioInput.requestsPerMonth().apply(autoscaled, new BigDecimal("37230000"));
    assertThat(AUTOSCALED.instancesByHour(there.workload())).containsOnly(3);
  }

  @Test
  void monteCarlo_overTheSteps_fallsBackToExactPricing() {
    UncertaintyResult result = MonteCarlo.builder().scenario(scenario("autoscaled", AUTOSCALED))
        .vary(ScenarioInput.requestsPerMonth(), TriangularRange.of(10_000_000, 30_000_000, 60_000_000))
        .samples(2_000).seed(7).threads(1).build().run();
    assertThat(result.method()).isEqualTo("exact");
  }

  @Test
  void sweep_showsTheSteps() {
    // 18,396,000 requests = 7 rps: 1 instance; one more request a month needs 2
    Sweep sweep = Sweep.of(scenario("autoscaled", AUTOSCALED), ScenarioInput.requestsPerMonth(),
        List.of(new BigDecimal("18396000"), new BigDecimal("18396001")), List.of("7 rps", "just above"));
    assertThat(sweep.points().get(1).estimate().lineItems().get(0).cost().amount()
        .subtract(sweep.points().get(0).estimate().lineItems().get(0).cost().amount()))
        .isEqualByComparingTo("148.92");
  }

  @Test
  void endpointInputs_setAndReadTheirComponents() {
    CostScenario auto = scenario("autoscaled", AUTOSCALED);
    assertThat(ScenarioInput.autoscaledMinInstances().valueIn(ScenarioInput.autoscaledMinInstances()
        .apply(auto, new BigDecimal("2")))).isEqualByComparingTo("2");
    assertThat(ScenarioInput.autoscaledMaxInstances().valueIn(auto)).isEqualByComparingTo("10");
    assertThat(ScenarioInput.autoscaledThroughput().valueIn(ScenarioInput.autoscaledThroughput()
        .apply(auto, new BigDecimal("20")))).isEqualByComparingTo("20");
    assertThat(ScenarioInput.autoscaledTargetUtilization().valueIn(auto)).isEqualByComparingTo("0.7");
    assertThat(ScenarioInput.autoscaledMinInstances().isWholeNumber()).isTrue();

    CostScenario mme = CostScenario.builder().name("mme").prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(ModelTopology.perGroup(200)).addComponent(MultiModelEndpoint.builder()
            .instanceType("ml.m5.xlarge").modelMemory(DataSize.ofMebibytes(500)).warmShare(0.2).build()).build();
    assertThat(ScenarioInput.multiModelWarmModels().valueIn(mme)).isEqualByComparingTo("40");
    assertThat(ScenarioInput.multiModelWarmModels().valueIn(ScenarioInput.multiModelWarmModels()
        .apply(mme, new BigDecimal("100")))).isEqualByComparingTo("100");

    CostScenario batch = scenario("batch", BatchTransform.builder().instanceType("ml.m5.xlarge")
        .runDuration(Duration.ofHours(2)).runsPerMonth(30).build());
    // 45 runs × 1.5 h × USD 0.23 (bundled BatchTransform ml.m5.xlarge, inferred = hosting) = 15.525
    CostScenario changed = ScenarioInput.batchHoursPerRun().apply(ScenarioInput.batchRunsPerMonth()
        .apply(batch, new BigDecimal("45")), new BigDecimal("1.5"));
    assertThat(changed.estimate().total().amount()).isEqualByComparingTo("15.525");
    assertThat(ScenarioInput.batchHoursPerRun().valueIn(changed)).isEqualByComparingTo("1.5");

    CostScenario async = scenario("async", AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(2)
        .activeHoursPerMonth(200).build());
    assertThat(ScenarioInput.asyncActiveHoursPerMonth().valueIn(ScenarioInput.asyncActiveHoursPerMonth()
        .apply(async, new BigDecimal("300")))).isEqualByComparingTo("300");
  }

  @Test
  void bundledCatalog_pricesEveryEndpointOption() {
    // bundled: hosting ml.c5.xlarge 0.204, ml.m5.xlarge 0.23; S3 PUT 0.005 and GET 0.0004 per 1,000
    // async, 4,000,000 requests, 2 × 200 h: 400 × 0.23 = 92 + data 1.3427734375 + S3 40 + 3.20 = 136.5427734375
    assertThat(scenario("async", AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(2)
        .activeHoursPerMonth(200).build()).estimate().total().amount()).isEqualByComparingTo("136.5427734375");
    // autoscaled: 4,000,000 requests, 1.52 rps: 1 instance all day = 730 h × 0.204 = 148.92 + 1.3427734375
    assertThat(scenario("autoscaled", AUTOSCALED).estimate().total().amount()).isEqualByComparingTo("150.2627734375");
  }
}
