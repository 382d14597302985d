package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Money;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The seed report's question, answered by the advisor and checked against the report's own tables (section
 * 7-3): serverless A 25,587.46, B 69.07, C 18.19; real-time A 25,869.30, B 350.91, C 300.03 (the monitor costs
 * USD 0.59 either way).
 */
class AdvisorTest {
  static final Option SERVERLESS = Option.of("serverless 2 GiB", SeedFixtures.SERVERLESS);
  static final Option REALTIME = Option.of("2 × ml.c5.xlarge", SeedFixtures.REALTIME);
  static final Option CUSTOM = Option.of("custom monitor", SeedFixtures.monitor(DriftMonitor.Kind.CUSTOM_PROCESSING));
  static final Option MODEL_MONITOR = Option.of("Model Monitor", SeedFixtures.monitor(DriftMonitor.Kind.MODEL_MONITOR));
  static final Option MONTHLY = Option.of("monthly", SeedFixtures.RETRAIN);

  static SearchSpace.Builder seedSpace(ModelTopology... topologies) {
    return SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topologies(topologies).addFixed(SeedFixtures.STORAGE)
        .addServing(SERVERLESS, REALTIME).addMonitoring(CUSTOM, MODEL_MONITOR).addRetraining(MONTHLY);
  }

  static SearchSpace seed() {
    return seedSpace(ModelTopology.perUser(), ModelTopology.perGroup(200), ModelTopology.shared()).build();
  }

  @Test
  void seedQuestion_noConstraints_theSharedModelOnServerlessWins() {
    Advice advice = Advisor.advise(seed(), Constraints.none());
    assertThat(advice.spaceSize()).isEqualTo(12);
    assertThat(advice.strategy()).isEqualTo(Advisor.Strategy.EXHAUSTIVE);
    // 7 of 12 are designs AWS accepts: Model Monitor cannot watch a serverless endpoint (3) nor the
    // multi-model endpoints of patterns A and B (2)
    assertThat(advice.ranked()).extracting(c -> c.total().rounded().amount().toPlainString())
        .containsExactly("18.19", "69.07", "300.03", "300.03", "350.91", "25587.46", "25869.30");
    assertThat(advice.bestOrThrow().name()).isEqualTo("shared() / serverless 2 GiB / custom monitor / monthly");
    // the runner-up (B) pays for 199 more models' retraining: 50.60 − 0.253 = 50.347, and their storage
    assertThat(advice.runnerUpDifference().get(0).line()).isEqualTo("RetrainPipeline: train (Training, ml.m5.xlarge)");
    assertThat(advice.runnerUpDifference().get(0).delta().amount()).isEqualByComparingTo("27.462");   // 27.60 − 0.138
    assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("refused by AWS: SageMaker Serverless Inference feature exclusions", 3L),
        org.assertj.core.groups.Tuple.tuple("refused by AWS: SageMaker Model Monitor endpoints", 2L));
  }

  @Test
  void seedQuestion_modelMonitorRequired_onlyTheSharedModelOnARealtimeEndpoint() {
    // the seed (section 11-2) recommends B on a real-time endpoint with Model Monitor for strong monitoring;
    // AWS offers Model Monitor only on single-model endpoints, so that design is refused: C it is, at 300.03
    Advice advice = Advisor.advise(seed(), Constraints.builder().require(Feature.MODEL_MONITOR).build());
    assertThat(advice.ranked()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("shared() / 2 × ml.c5.xlarge / Model Monitor / monthly");
      assertThat(c.total().rounded()).isEqualTo(Money.usd("300.03"));
    });
    assertThat(advice.exclusions().get(0).constraint()).isEqualTo("feature MODEL_MONITOR");
    assertThat(advice.exclusions().get(0).count()).isEqualTo(6);
    assertThat(advice.exclusions().get(0).cheapest().orElseThrow().total().rounded()).isEqualTo(Money.usd("18.19"));
    assertThat(advice.excludedOptions()).containsEntry("monitoring: custom monitor", "feature MODEL_MONITOR (6)");
  }

  @Test
  void seedQuestion_personalizedWithinBudgetAndDeadline_groupsOnServerless() {
    // per user or per group, at most USD 500 a month, every model retrained within 8 h with at most 50 jobs
    Constraints constraints = Constraints.builder().budget(Money.usd(500))
        .retrainWithin(Duration.ofHours(8), 50).build();
    Advice advice = Advisor.advise(seedSpace(ModelTopology.perUser(), ModelTopology.perGroup(200)).build(),
        constraints);
    assertThat(advice.ranked()).extracting(c -> c.total().rounded().amount().toPlainString())
        .containsExactly("69.07", "350.91");
    Candidate best = advice.bestOrThrow();
    assertThat(best.name()).isEqualTo("perGroup(200) / serverless 2 GiB / custom monitor / monthly");
    // section 9: 55 minutes a run, 8 waves fit in 8 h, 200 ÷ 8 = 25 pipelines at once; 8 × 55 min = 7 h 20 min
    assertThat(best.parallelism()).hasValue(25);
    assertThat(best.completionTime()).hasValue(Duration.ofMinutes(440));
    // A: 100,000 models need 12,500 pipelines at once within 8 h, above the quota of 50 (and it is over budget)
    assertThat(advice.exclusions()).extracting(Exclusion::constraint)
        .contains("retraining deadline", "refused by AWS: SageMaker Model Monitor endpoints");
    assertThat(advice.explanation()).startsWith("the cheapest of 8 candidates that meets the constraints is"
        + " perGroup(200) / serverless 2 GiB / custom monitor / monthly: USD 69.07; the runner-up,"
        + " perGroup(200) / 2 × ml.c5.xlarge / custom monitor / monthly: USD 350.91, costs USD 281.84 more");
  }

  @Test
  void noCandidateMeetsTheConstraints_saysWhichRemovedTheMost_andTheCheapestEachRemoved() {
    Advice advice = Advisor.advise(seed(), Constraints.builder().budget(Money.usd(10)).build());
    assertThat(advice.best()).isEmpty();
    assertThatThrownBy(advice::bestOrThrow).isInstanceOf(IllegalStateException.class)
        .hasMessage("no candidate of 12 meets the constraints; budget removed the most (7); budget: the cheapest"
            + " it removed is shared() / serverless 2 GiB / custom monitor / monthly: USD 18.19;"
            + " refused by AWS: SageMaker Serverless Inference feature exclusions: DriftMonitor.kind MODEL_MONITOR"
            + " cannot watch a serverless endpoint: SageMaker Serverless Inference does not support Model Monitor"
            + " (SageMaker Serverless Inference feature exclusions; AWS: SageMaker developer guide, \"Deploy models"
            + " with Amazon SageMaker Serverless Inference\","
            + " https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html); use"
            + " DriftMonitor.Kind.CUSTOM_PROCESSING; refused by AWS: SageMaker Model Monitor endpoints:"
            + " DriftMonitor.kind MODEL_MONITOR cannot watch a real-time endpoint that serves 100,000 models"
            + " (perUser()): Model Monitor supports only endpoints that host a single model (no multi-model"
            + " endpoints) (AWS: SageMaker developer guide, \"Data and model quality monitoring with Amazon"
            + " SageMaker Model Monitor\", https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html); use"
            + " DriftMonitor.Kind.CUSTOM_PROCESSING, a scheduled Processing job of your own that this formula"
            + " prices the same");
  }

  @Test
  void latencyTarget_needsAKnownLatency_andRemovesSlowerOptions() {
    SearchSpace space = seedSpace(ModelTopology.shared()).build();
    Advice unknown = Advisor.advise(space, Constraints.builder().latencyP95AtMost(Duration.ofMillis(200)).build());
    assertThat(unknown.best()).isEmpty();
    assertThat(unknown.exclusions().get(0).constraint()).isEqualTo("latency unknown");
    assertThat(unknown.exclusions().get(0).reason()).isEqualTo("serving option 'serverless 2 GiB' has no p95"
        + " latency; give one with Option.withLatencyP95(...)");

    SearchSpace timed = SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topologies(ModelTopology.shared()).addFixed(SeedFixtures.STORAGE)
        .addServing(SERVERLESS.withLatencyP95(Duration.ofMillis(900)), REALTIME.withLatencyP95(Duration.ofMillis(80)))
        .addMonitoring(CUSTOM).addRetraining(MONTHLY).build();
    Advice fast = Advisor.of(timed).constraints(Constraints.builder().latencyP95AtMost(Duration.ofMillis(200))
        .build()).advise();
    assertThat(fast.bestOrThrow().serving().label()).isEqualTo("2 × ml.c5.xlarge");
    assertThat(fast.excludedOptions()).containsEntry("serving: serverless 2 GiB", "latency (1)");
    // the Pareto front against latency: serverless is cheaper but slower, real-time faster but dearer
    Advice front = Advisor.of(timed).paretoAgainst(Objective.LATENCY).advise();
    assertThat(front.paretoFront()).extracting(c -> c.serving().label())
        .containsExactly("serverless 2 GiB", "2 × ml.c5.xlarge");
  }

  @Test
  void badInput_getsClearMessages() {
    assertThatThrownBy(() -> SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
            .topologies(ModelTopology.shared()).build())
        .hasMessage("SearchSpace.serving must hold at least one choice, but was empty; add one with"
            + " addServing(Option.of(\"serverless\", ...))");
    assertThatThrownBy(() -> Advisor.advise(seed(), Constraints.builder()
            .budget(Money.of(new BigDecimal("500"), Currency.getInstance("EUR"))).build()))
        .hasMessage("Constraints.budget is in EUR, but catalog aws/us-east-1 prices in USD: give the budget in USD,"
            + " or convert the catalog");
    assertThatThrownBy(() -> Advisor.advise(seed(), Constraints.builder().require(Feature.GPU).build()))
        .hasMessage("Constraints.require(GPU) contradicts the search space: no option offers GPU; add one that does,"
            + " or drop the requirement");
    assertThatThrownBy(() -> Constraints.builder().retrainWithin(Duration.ofHours(8), 0))
        .hasMessage("Constraints.retrainWithin quota must be >= 1, but was 0; it is the account's concurrent"
            + " training/processing job quota");
    assertThatThrownBy(() -> seedSpace(ModelTopology.shared()).addServing(SERVERLESS).build())
        .hasMessage("SearchSpace.serving labels must be distinct, but 'serverless 2 GiB' is there twice; a candidate"
            + " is named by its labels");
  }

  @Test
  void bestFirst_givesTheExhaustiveAnswer_andReportsProgress() {
    List<Long> reports = new ArrayList<>();
    Advice exhaustive = Advisor.of(seed()).strategy(Advisor.Strategy.EXHAUSTIVE).advise();
    Advice bestFirst = Advisor.of(seed()).strategy(Advisor.Strategy.BEST_FIRST)
        .progress((done, total) -> reports.add(done)).advise();
    assertThat(bestFirst.strategy()).isEqualTo(Advisor.Strategy.BEST_FIRST);
    assertThat(bestFirst.ranked()).extracting(Candidate::name)
        .containsExactlyElementsOf(exhaustive.ranked().stream().map(Candidate::name).toList());
    assertThat(reports).isEmpty();   // under a second: no progress to report
    List<Long> every = new ArrayList<>();
    Advisor.of(seed()).strategy(Advisor.Strategy.EXHAUSTIVE).progress((done, total) -> {
      assertThat(total).isEqualTo(12);
      every.add(done);
    }).reportingAtOnce().advise();
    assertThat(every).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
  }
}
