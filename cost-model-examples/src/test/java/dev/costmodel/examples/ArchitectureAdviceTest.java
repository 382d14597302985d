package dev.costmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.Money;
import dev.costmodel.core.advisor.Advice;
import dev.costmodel.core.advisor.Candidate;
import dev.costmodel.core.advisor.Constraints;
import dev.costmodel.core.advisor.Feature;
import org.junit.jupiter.api.Test;

/**
 * The advisor's answers, checked against the seed report's section 7-3 tables and the deployment chapter's
 * exercise 1, computed by hand.
 */
class ArchitectureAdviceTest {
  @Test
  void seed_noConstraint_isPatternCServerless_attheReportsUsd18_19() {
    // section 7-3 (A): C / serverless = 0.25 + 0.00 + 17.34 + 0.59 = 18.19 (rounded from the exact sum)
    assertThat(ArchitectureAdvice.seedQuestion(Constraints.none()).bestOrThrow().total().rounded())
        .isEqualTo(Money.usd("18.19"));
  }

  @Test
  void seed_strongMonitoring_isPatternCRealtimeWithModelMonitor_notTheReportsB() {
    // section 11-2 suggests B on a real-time endpoint with Model Monitor (350.91); Model Monitor watches only
    // single-model endpoints, so the answer is C: 0.25 + 0.00 + 299.18 + 0.59 = 300.03 (section 7-3 (B))
    Advice advice = ArchitectureAdvice.seedQuestion(Constraints.builder().require(Feature.MODEL_MONITOR).build());
    assertThat(advice.ranked()).singleElement().satisfies(c -> {
      assertThat(c.topology().toString()).isEqualTo("shared()");
      assertThat(c.total().rounded()).isEqualTo(Money.usd("300.03"));
    });
  }

  @Test
  void seed_personalized_isPatternBServerless_thenBRealtime() {
    // B / serverless 69.07 and B / real-time 350.91 (section 7-3); A is over budget (25,587.46) and needs
    // 12,500 retraining jobs at once to finish in 8 h
    Advice advice = ArchitectureAdvice.personalized();
    assertThat(advice.ranked()).extracting(c -> c.total().rounded())
        .containsExactly(Money.usd("69.07"), Money.usd("350.91"));
    assertThat(advice.bestOrThrow().findings()).extracting(f -> f.code()).containsExactly("serverless-many-models");
  }

  @Test
  void exerciseOne_withinOneHundredMilliseconds_isTheEndpoint_otherwiseLambda() {
    // 100,000 × 730 ÷ 24 = 3,041,666.67 requests: Lambda 0.608333 + 304,166.67 GiB-s × 0.0000166667 = 5.68;
    // 1 × ml.m5.large 730 h × 0.115 = 83.95 + 3 KiB × 3,041,666.67 = 8.7023 GiB × 0.016 = 0.14 → 84.09
    Candidate cheapest = ArchitectureAdvice.exerciseOne(false).bestOrThrow();
    assertThat(cheapest.serving().label()).isEqualTo("Lambda 1,024 MB");
    assertThat(cheapest.total().rounded()).isEqualTo(Money.usd("5.68"));
    Advice fast = ArchitectureAdvice.exerciseOne(true);
    assertThat(fast.bestOrThrow().serving().label()).isEqualTo("1 × ml.m5.large");
    assertThat(fast.bestOrThrow().total().rounded()).isEqualTo(Money.usd("84.09"));
    assertThat(fast.excludedOptions()).containsKeys("serving: Lambda 1,024 MB", "serving: Lambda + HTTP API");
    // Pareto, cost against latency, with no target: Lambda (250 ms), then the cheapest 40 ms option
    assertThat(ArchitectureAdvice.exerciseOne(false).paretoFront()).extracting(c -> c.serving().label())
        .containsExactly("Lambda 1,024 MB", "1 × ml.m5.large");
  }
}
