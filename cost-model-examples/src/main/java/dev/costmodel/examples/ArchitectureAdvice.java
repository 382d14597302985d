package dev.costmodel.examples;

import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.aws.ApiGateway;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.advisor.Advice;
import dev.costmodel.core.advisor.Advisor;
import dev.costmodel.core.advisor.Constraints;
import dev.costmodel.core.advisor.Feature;
import dev.costmodel.core.advisor.Objective;
import dev.costmodel.core.advisor.Option;
import dev.costmodel.core.advisor.SearchSpace;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The advisor answering the seed report's question (which of patterns A, B and C, serverless or real-time,
 * which monitor, for 100,000 users and the report's workload) under the report's constraints, and the
 * deployment chapter's exercise 1 (100,000 requests a day answered within 100 ms: a SageMaker endpoint or
 * Lambda?).
 *
 * <p>Latencies are assumptions to replace with your measurements: a warm real-time endpoint answers the
 * seed's small model in about 40 ms at p95; Lambda's p95 includes its cold starts, which the chapter puts
 * at 1-2 s on a first request, and is taken as 250 ms at this traffic.
 */
public final class ArchitectureAdvice {
  private ArchitectureAdvice() {}

  /** Prints every answer as Markdown. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("## The seed's question, no constraint\n\n" + seedQuestion(Constraints.none()));
    out.println("## Strong monitoring: Model Monitor required\n\n"
        + seedQuestion(Constraints.builder().require(Feature.MODEL_MONITOR).build()));
    out.println("## Personalized (per user or per group), within USD 500 and an 8-hour retraining\n\n"
        + personalized());
    out.println("## Exercise 1, scenario A, answered within 100 ms\n\n" + exerciseOne(true));
    out.println("## Exercise 1, scenario A, no latency target\n\n" + exerciseOne(false));
  }

  /** The seed's search space: patterns A, B and C × serverless or real-time × custom monitor or Model Monitor. */
  public static SearchSpace seedSpace(ModelTopology... topologies) {
    // advisor:begin
    return SearchSpace.builder()
        .prices(PriceCatalogs.awsUsEast1()).workload(SeedScenarios.WORKLOAD)
        .topologies(topologies)                                    // A perUser(), B perGroup(200), C shared()
        .addFixed(SeedScenarios.STORAGE)                           // in every candidate
        .addServing(Option.of("serverless 2 GiB", SeedScenarios.SERVERLESS),
            Option.of("2 × ml.c5.xlarge", SeedScenarios.REALTIME))
        .addMonitoring(Option.of("custom monitor", SeedScenarios.CUSTOM_MONITOR),
            Option.of("Model Monitor", SeedScenarios.MODEL_MONITOR))
        .addRetraining(Option.of("monthly", SeedScenarios.RETRAIN))
        .build();
    // Advisor.advise(space, Constraints.builder().require(Feature.MODEL_MONITOR).build()).best()
    //   → shared() / 2 × ml.c5.xlarge / Model Monitor / monthly: USD 300.03
    // advisor:end
  }

  /** The seed's question for all three patterns under {@code constraints}. */
  public static Advice seedQuestion(Constraints constraints) {
    return Advisor.advise(seedSpace(ModelTopology.perUser(), ModelTopology.perGroup(200), ModelTopology.shared()),
        constraints);
  }

  /**
   * The seed's commercial case (section 11-2): a model per user or per group, at most USD 500 a month, every
   * model retrained within 8 hours with at most 50 jobs at once (section 9).
   */
  public static Advice personalized() {
    return Advisor.advise(seedSpace(ModelTopology.perUser(), ModelTopology.perGroup(200)),
        Constraints.builder().budget(Money.usd(500)).retrainWithin(Duration.ofHours(8), 50).build());
  }

  /**
   * The chapter's exercise 1, scenario A: 100,000 requests a day from one shared model; with
   * {@code latencyTarget}, every answer within 100 ms at p95. The Pareto front weighs cost against latency.
   */
  public static Advice exerciseOne(boolean latencyTarget) {
    SearchSpace space = SearchSpace.builder().prices(PriceCatalogs.awsUsEast1())
        .workload(DeploymentChoices.workload(DeploymentChoices.SCENARIO_A_REQUESTS))
        .topologies(ModelTopology.shared())
        .addServing(
            Option.of("Lambda 1,024 MB", DeploymentChoices.LAMBDA).withLatencyP95(Duration.ofMillis(250)),
            Option.of("Lambda + HTTP API", DeploymentChoices.LAMBDA, ApiGateway.of(ApiGateway.Kind.HTTP))
                .withLatencyP95(Duration.ofMillis(260)),
            Option.of("1 × ml.m5.large", DeploymentChoices.endpoint("ml.m5.large", 1))
                .withLatencyP95(Duration.ofMillis(40)),
            Option.of("2 × ml.c5.xlarge", DeploymentChoices.endpoint("ml.c5.xlarge", 2))
                .withLatencyP95(Duration.ofMillis(40)))
        .build();
    Constraints constraints = latencyTarget
        ? Constraints.builder().latencyP95AtMost(Duration.ofMillis(100)).build() : Constraints.none();
    return Advisor.of(space).constraints(constraints).paretoAgainst(Objective.LATENCY).advise();
  }
}
