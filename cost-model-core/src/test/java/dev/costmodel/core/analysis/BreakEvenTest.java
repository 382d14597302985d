package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostScenario;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
  @Test
  void serverlessVsRealtime_inRequestsPerMonth() {
    // at the crossing: 297.84 + 1,562.2 GiB × 0.016 × 1.01 + 0.575 + 0.253 + 0.0027 = 323.92
    // serverless grows 0.1 s × $0.00004 = $0.000004 per request; real-time is flat at 2 × 730 h × $0.204 = $297.84
    // (data processed and everything else is the same for both): 297.84 / 0.000004 = 74,460,000 requests
    CostScenario serverless = SeedFixtures.serverless("C");
    CostScenario realtime = SeedFixtures.realtime("C").withComponents(java.util.List.of(SeedFixtures.RETRAIN,
        SeedFixtures.STORAGE, SeedFixtures.REALTIME, SeedFixtures.monitor(
            dev.costmodel.api.DriftMonitor.Kind.CUSTOM_PROCESSING)));
    BreakEven even = BreakEven.between(serverless, realtime, ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isTrue();
    assertThat(even.value().orElseThrow()).isEqualByComparingTo("74460000");
    assertThat(even.explanation()).isEqualTo("'C / serverless' is cheaper below 74,460,000 requests/month and"
        + " 'C / real-time' above; both cost USD 323.92 there");
    assertThat(ScenarioInput.requestsPerMonth().apply(serverless, even.value().orElseThrow()).estimate().total()
        .rounded()).isEqualTo(ScenarioInput.requestsPerMonth().apply(realtime, even.value().orElseThrow())
        .estimate().total().rounded());
  }

  @Test
  void parallelLines_neverCross() {
    CostScenario b = SeedFixtures.serverless("B");
    CostScenario c = SeedFixtures.serverless("C");
    BreakEven even = BreakEven.between(b, c, ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.value()).isEmpty();
    // slope: 0.1 s × 0.00004 + 22 KiB × 1.01 (monitor sample) × 0.016 per GiB = 0.00000433905029296875 per request
    assertThat(even.explanation()).isEqualTo("the lines never cross: both grow by USD 0.00000433905029296875 per"
        + " unit of requests per month (requests/month), and 'C / serverless' is always cheaper by USD 50.88");
  }

  @Test
  void crossingBelowZero_isNotAnAnswer() {
    // real-time at 1 instance vs 2: the one-instance endpoint is cheaper at every request count
    CostScenario one = ScenarioInput.realtimeInstanceCount().apply(SeedFixtures.realtime("C"), BigDecimal.ONE);
    CostScenario two = SeedFixtures.realtime("C");
    BreakEven even = BreakEven.between(one, two, ScenarioInput.realtimeInstanceCount());
    // both lines are in instance count: equal slopes, so "never cross"
    assertThat(even.crosses()).isFalse();
  }

  @Test
  void nonLinearTotal_isRejectedNamingTheInput() {
    // model groups past 436,906 push storage into S3's second tier
    CostScenario b = SeedFixtures.serverless("B");
    assertThatThrownBy(() -> BreakEven.between(b, SeedFixtures.realtime("B"), ScenarioInput.modelGroups()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the total of 'B / serverless' is not linear in model groups");
  }
}
