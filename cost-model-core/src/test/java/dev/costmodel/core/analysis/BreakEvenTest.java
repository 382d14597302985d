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
            dev.costmodel.api.aws.DriftMonitor.Kind.CUSTOM_PROCESSING)));
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
    // B at 200 ms costs more at zero requests (retraining 200 models) and grows faster (0.2 s a request):
    // its line meets C's only at a negative request count, so C is cheaper for every count >= 0
    CostScenario slowB = ScenarioInput.serverlessMeanDurationMillis().apply(SeedFixtures.serverless("B"),
        new BigDecimal("200"));
    BreakEven even = BreakEven.between(slowB, SeedFixtures.serverless("C"), ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.value()).isEmpty();
    assertThat(even.totalAtCrossing()).isEmpty();
    assertThat(even.explanation()).startsWith("the lines cross only at requests per month = -")
        .endsWith(", below zero: 'C / serverless' is cheaper for every requests per month >= 0");
  }

  @Test
  void equalSlopes_differentInstanceCounts_neverCross() {
    CostScenario one = ScenarioInput.realtimeInstanceCount().apply(SeedFixtures.realtime("C"), BigDecimal.ONE);
    BreakEven even = BreakEven.between(one, SeedFixtures.realtime("C"), ScenarioInput.requestsPerMonth());
    assertThat(even.crosses()).isFalse();
    assertThat(even.explanation()).endsWith("is always cheaper by USD 148.92");
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
