package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.core.PriceCatalogs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Lambda inputs, and what the analyses do today with Lambda's costs, which are not linear everywhere:
 * the free tier is a kink at 1,000,000 requests and 400,000 GB-seconds, duration tiers start at 6 billion
 * GB-seconds, and provisioned capacity caps the requests it serves.
 */
class LambdaAnalysisTest {
  /** One client, 2 KiB in and 1 KiB out per request; requests set by the analysis. */
  private static final Workload WORKLOAD = Workload.builder().users(1).requestsPerUserPerMonth(3_000_000)
      .requestPayload(DataSize.ofKibibytes(2)).responsePayload(DataSize.ofKibibytes(1)).build();
  private static final LambdaInference LAMBDA = LambdaInference.builder().memory(DataSize.ofMebibytes(1024))
      .meanDuration(Duration.ofMillis(100)).build();

  private static CostScenario scenario(String name, dev.costmodel.api.CostComponent component) {
    return CostScenario.builder().name(name).prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(component).build();
  }

  private static final CostScenario ENDPOINT = scenario("1 × ml.m5.large",
      RealtimeInference.builder().instanceType("ml.m5.large").instanceCount(1).build());

  @Test
  void inputs_setAndReadTheFunction() {
    CostScenario lambda = scenario("lambda", LambdaInference.builder().from(LAMBDA).provisionedConcurrency(5)
        .provisionedHoursPerDay(8).build());
    CostScenario changed = ScenarioInput.lambdaMemoryMegabytes().apply(lambda, BigDecimal.valueOf(1769));
    changed = ScenarioInput.lambdaMeanDurationMillis().apply(changed, new BigDecimal("250"));
    changed = ScenarioInput.lambdaProvisionedConcurrency().apply(changed, BigDecimal.valueOf(2));
    changed = ScenarioInput.lambdaProvisionedHoursPerDay().apply(changed, new BigDecimal("12"));
    assertThat(ScenarioInput.lambdaMemoryMegabytes().valueIn(changed)).isEqualByComparingTo("1769");
    assertThat(ScenarioInput.lambdaMeanDurationMillis().valueIn(changed)).isEqualByComparingTo("250");
    assertThat(ScenarioInput.lambdaProvisionedConcurrency().valueIn(changed)).isEqualByComparingTo("2");
    assertThat(ScenarioInput.lambdaProvisionedHoursPerDay().valueIn(changed)).isEqualByComparingTo("12");
    // the share served on provisioned capacity follows the hours: 12 ÷ 24
    LambdaInference function = (LambdaInference) changed.components().get(0);
    assertThat(function.trafficShareInProvisionedHours()).isEqualByComparingTo("0.5");
    assertThat(ScenarioInput.lambdaMemoryMegabytes().isWholeNumber()).isTrue();
  }

  @Test
  void breakEven_lambdaVsOneEndpointInstance_isSolvedExactly() {
    // Lambda: USD 0.20/M + 0.1 s × 1 GiB × 0.0000166667 = USD 0.00000186667 a request, nothing fixed.
    // 1 × ml.m5.large: 730 h × USD 0.115 = USD 83.95 + 3 KiB ÷ 2^30 × USD 0.016 = USD 0.0000000457763671875 a
    // request. 83.95 ÷ (0.00000186667 − 0.0000000457763671875) = 46,103,736.37 requests a month.
    BreakEven even = BreakEven.between(scenario("lambda", LAMBDA), ENDPOINT, ScenarioInput.requestsPerMonth());
    BigDecimal expected = new BigDecimal("83.95").divide(new BigDecimal("0.00000186667")
        .subtract(new BigDecimal("0.0000000457763671875")), MathContext.DECIMAL128);
    assertThat(even.value().orElseThrow().subtract(expected).abs()).isLessThan(new BigDecimal("1e-9"));
    assertThat(even.explanation()).startsWith("'lambda' is cheaper below 46,103,736");
  }

  @Test
  void breakEven_withTheFreeTier_refusesInsteadOfSayingNeverCross() {
    // BreakEven measures each total at 1, 1,000 and 1,000,000 requests. With the free tier all three Lambda
    // totals are 0 (1,000,000 requests and 100,000 GB-s are inside the allowance), so the lines say "never
    // cross"; but above 1,000,000 requests Lambda costs money and crosses the endpoint near 48.3 M. BreakEven
    // checks the order far out (1,000,000,000 requests), finds it flipped, and refuses.
    CostScenario free = scenario("lambda, free tier", LambdaInference.builder().from(LAMBDA).freeTier(true).build());
    assertThatThrownBy(() -> BreakEven.between(free, ENDPOINT, ScenarioInput.requestsPerMonth()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the totals are not linear in requests per month (a tiered price or a free"
            + " allowance): measured at 1, 1,000 and 1,000,000 the lines never cross, but at 1,000,000,000 '")
        .hasMessageEndingWith("compare the scenarios with a Sweep instead");
    // and the real totals do cross: at 100 M requests Lambda costs more than the endpoint
    CostScenario hundredMillion = ScenarioInput.requestsPerMonth().apply(free, new BigDecimal("100000000"));
    CostScenario endpoint = ScenarioInput.requestsPerMonth().apply(ENDPOINT, new BigDecimal("100000000"));
    assertThat(hundredMillion.estimate().total()).isGreaterThan(endpoint.estimate().total());
  }

  @Test
  void monteCarlo_acrossTheFreeTierKink_pricesEverySampleExactly() {
    // requests from 0.2 M to 8 M a month cross the 1 M free requests and the 4 M requests' worth of free
    // GB-seconds: no single polynomial fits, so every sample gets its allowance applied exactly, and says so
    CostScenario free = scenario("lambda, free tier", LambdaInference.builder().from(LAMBDA).freeTier(true).build());
    UncertaintyResult spread = MonteCarlo.builder().scenario(free)
        .vary(ScenarioInput.requestsPerMonth(), TriangularRange.of(200_000, 1_000_000, 8_000_000))
        .vary(ScenarioInput.lambdaMeanDurationMillis(), TriangularRange.of(50, 100, 200))
        .samples(2_000).seed(42).build().run();
    assertThat(spread.method()).isEqualTo("exact");
    // without the free tier the cost is linear in requests, and the fast path is used
    UncertaintyResult linear = MonteCarlo.builder().scenario(scenario("lambda", LAMBDA))
        .vary(ScenarioInput.requestsPerMonth(), TriangularRange.of(200_000, 1_000_000, 8_000_000))
        .samples(2_000).seed(42).build().run();
    assertThat(linear.method()).isEqualTo("multilinear");
    // a sampled duration is billed in whole milliseconds (rounded up, a step function): every sample is
    // rounded up before the polynomial, in which the cost is linear, so the fast path stays exact
    UncertaintyResult steps = MonteCarlo.builder().scenario(scenario("lambda", LAMBDA))
        .vary(ScenarioInput.lambdaMeanDurationMillis(), TriangularRange.of(50, 100, 200))
        .samples(2_000).seed(42).build().run();
    assertThat(steps.method()).isEqualTo("multilinear");
    UncertaintyResult perEstimate = MonteCarlo.builder().scenario(scenario("lambda", LAMBDA))
        .vary(ScenarioInput.lambdaMeanDurationMillis(), TriangularRange.of(50, 100, 200))
        .samples(2_000).seed(42).method(MonteCarlo.Method.EXACT).build().run();
    assertThat(steps.p50().amount().doubleValue()).isCloseTo(perEstimate.p50().amount().doubleValue(),
        org.assertj.core.api.Assertions.within(1e-9));
  }
}
