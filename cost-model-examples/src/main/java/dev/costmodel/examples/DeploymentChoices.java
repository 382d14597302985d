package dev.costmodel.examples;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.ApiGateway;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.analysis.BreakEven;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.core.analysis.ScenarioInput;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The deployment chapter's questions, answered from list prices (us-east-1, the bundled catalog): exercise 1
 * (SageMaker endpoint or Lambda?) with the break-even in requests a month, and the cold-start section's cost
 * claim ("about USD 40 a month for 100,000 requests: normal ~$5, provisioned concurrency for 8 peak hours a day
 * ~$30, warm-up every 5 minutes ~$3").
 *
 * <p>Assumptions, stated once: a request carries 2 KiB in and 1 KiB out (the chapter gives no payload); the
 * model answers in 100 ms; a day is 730/24 days of the 730-hour month; data transfer out to the internet is
 * the same for every option and left out.
 *
 * <p>Run: {@code mvn -B -q -pl cost-model-examples -am compile exec:java
 * -Dexec.mainClass=dev.costmodel.examples.DeploymentChoices}
 */
public final class DeploymentChoices {
  /** 100,000 requests a day over the 730-hour month: 100,000 × 730 ÷ 24 = 3,041,666.67 a month. */
  public static final BigDecimal SCENARIO_A_REQUESTS = BigDecimal.valueOf(100_000L * 730)
      .divide(BigDecimal.valueOf(24), MathContext.DECIMAL128);

  /** The function of exercise 1: 1,024 MB, 100 ms, x86, no free tier. */
  public static final LambdaInference LAMBDA = LambdaInference.builder().memory(DataSize.ofMebibytes(1024))
      .meanDuration(Duration.ofMillis(100)).build();

  private DeploymentChoices() {}

  /** Prints the answers as Markdown. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render());
  }

  /** A one-client workload of {@code requestsPerMonth}, 2 KiB in and 1 KiB out per request. */
  public static Workload workload(BigDecimal requestsPerMonth) {
    return Workload.builder().users(1).requestsPerUserPerMonth(requestsPerMonth)
        .requestPayload(DataSize.ofKibibytes(2)).responsePayload(DataSize.ofKibibytes(1)).build();
  }

  /** A scenario of {@code components} at {@code requestsPerMonth}, priced from the bundled us-east-1 catalog. */
  public static CostScenario scenario(String name, BigDecimal requestsPerMonth, CostComponent... components) {
    return CostScenario.builder().name(name).prices(PriceCatalogs.awsUsEast1())
        .workload(workload(requestsPerMonth)).topology(ModelTopology.shared())
        .addAllComponents(List.of(components)).build();
  }

  /** Exercise 1, scenario A: Lambda (alone, behind an HTTP API, behind a REST API) against two endpoints. */
  public static List<CostScenario> exerciseA() {
    BigDecimal requests = SCENARIO_A_REQUESTS;
    return List.of(
        scenario("Lambda 1,024 MB", requests, LAMBDA),
        scenario("Lambda + HTTP API", requests, LAMBDA, ApiGateway.of(ApiGateway.Kind.HTTP)),
        scenario("Lambda + REST API", requests, LAMBDA, ApiGateway.of(ApiGateway.Kind.REST)),
        scenario("1 × ml.m5.large", requests, endpoint("ml.m5.large", 1)),
        scenario("2 × ml.c5.xlarge", requests, endpoint("ml.c5.xlarge", 2)));
  }

  /**
   * The requests a month at which Lambda behind an HTTP API costs what the endpoint costs; Lambda without the
   * free tier is linear in requests below its first duration tier (6 billion GB-seconds), which BreakEven's
   * probes (1 to 1,000,000 requests) and the answer stay far below.
   */
  public static BreakEven breakEven(RealtimeInference endpoint) {
    return BreakEven.between(scenario("Lambda + HTTP API", SCENARIO_A_REQUESTS, LAMBDA,
            ApiGateway.of(ApiGateway.Kind.HTTP)),
        scenario(endpoint.instanceCount() + " × " + endpoint.instanceType(), SCENARIO_A_REQUESTS, endpoint),
        ScenarioInput.requestsPerMonth());
  }

  /** A real-time endpoint of {@code count} × {@code type}, always on. */
  public static RealtimeInference endpoint(String type, int count) {
    return RealtimeInference.builder().instanceType(type).instanceCount(count).build();
  }

  /**
   * Exercise 1, scenario B as the chapter answers it: a monthly one-hour job on Lambda. Lambda refuses it
   * (15-minute timeout); returns the refusal's message.
   */
  public static String exerciseBOnLambda() {
    try {
      LambdaInference.builder().from(LAMBDA).memory(DataSize.ofMebibytes(10_240)).meanDuration(Duration.ofHours(1))
          .build();
      throw new IllegalStateException("Lambda accepted a one-hour invocation");
    } catch (LimitExceededException e) {
      return e.getMessage();
    }
  }

  /** Exercise 1, scenario B priced as it can run: one SageMaker processing job of 1 h a month. */
  public static MonthlyEstimate exerciseB(String instanceType) {
    RetrainPipeline job = RetrainPipeline.builder()
        .addStep(JobStep.processing("monthly report", instanceType, Duration.ofHours(1))).runsPerMonth(1).build();
    return scenario("monthly report, " + instanceType, BigDecimal.ONE, job).estimate();
  }

  /**
   * The cold-start section's design at {@code memoryMb}: 100,000 requests a month at 100 ms, 5 provisioned
   * instances 8 hours a day (traffic spread evenly, so a third of the requests land on them), and a warm-up
   * ping every 5 minutes (the chapter's EventBridge rule; 10 ms each), x86.
   */
  public static LambdaInference coldStartDesign(int memoryMb) {
    return LambdaInference.builder().memory(DataSize.ofMebibytes(memoryMb)).meanDuration(Duration.ofMillis(100))
        .provisionedConcurrency(5).provisionedHoursPerDay(8).warmUpInterval(Duration.ofMinutes(5)).build();
  }

  /** The chapter's claim, part by part, against list prices at one memory size. */
  public record ColdStartCost(int memoryMb, Money normal, Money provisioned, Money warmUp, Money total) {}

  /**
   * Prices the cold-start design at {@code memoryMb}: provisioned = the provisioned-concurrency line; warm-up =
   * what the pings add (the total with them less the total without); normal = the rest (requests and
   * duration, on demand and on provisioned instances).
   */
  public static ColdStartCost coldStart(int memoryMb) {
    BigDecimal requests = BigDecimal.valueOf(100_000);
    LambdaInference design = coldStartDesign(memoryMb);
    MonthlyEstimate with = scenario("cold-start design", requests, design).estimate();
    LambdaInference noPings = LambdaInference.builder().from(design).warmUpInterval(java.util.Optional.empty())
        .build();
    MonthlyEstimate without = scenario("without pings", requests, noPings).estimate();
    Money provisioned = with.lineItems().stream().filter(l -> l.description().startsWith("Lambda provisioned"))
        .map(LineItem::cost).findFirst().orElseThrow();
    return new ColdStartCost(memoryMb, without.total().minus(provisioned), provisioned,
        with.total().minus(without.total()), with.total());
  }

  /** The Markdown answer. */
  public static String render() {
    StringBuilder md = new StringBuilder("# The deployment chapter's questions, from list prices (us-east-1)\n\n");
    md.append("## Exercise 1, scenario A: 100,000 requests a day at 100 ms\n\n")
        .append(Comparison.ofScenarios(exerciseA()).toMarkdown()).append('\n');
    for (RealtimeInference endpoint : List.of(endpoint("ml.m5.large", 1), endpoint("ml.c5.xlarge", 2))) {
      md.append("- ").append(breakEven(endpoint).explanation()).append('\n');
    }
    md.append("\n## Exercise 1, scenario B: a monthly one-hour job\n\n")
        .append("On Lambda: ").append(exerciseBOnLambda()).append("\n\n");
    for (String type : List.of("ml.m5.large", "ml.m5.xlarge")) {
      MonthlyEstimate b = exerciseB(type);
      md.append("- ").append(b.lineItems().get(0)).append('\n');
    }
    md.append("\n## Cold start: the chapter's USD 40 a month for 100,000 requests\n\n").append(coldStartTable());
    return md.toString();
  }

  /** The cold-start claim against list prices at 1,024, 1,769 and 2,048 MB, as a Markdown table. */
  public static String coldStartTable() {
    List<String> rows = new ArrayList<>();
    rows.add("| memory | normal | provisioned 5 × 8 h/day | warm-up every 5 min | total (USD/month) |");
    rows.add("|---|---:|---:|---:|---:|");
    rows.add("| the chapter's claim | ~5 | ~30 | ~3 | **~40** |");
    for (int mb : new int[] {1024, 1769, 2048}) {
      ColdStartCost cost = coldStart(mb);
      rows.add("| " + String.format(Locale.ROOT, "%,d", mb) + " MB | " + cents(cost.normal()) + " | "
          + cents(cost.provisioned()) + " | " + String.format(Locale.ROOT, "%.4f", cost.warmUp().amount()) + " | **" + cents(cost.total()) + "** |");
    }
    return String.join("\n", rows) + "\n";
  }

  private static String cents(Money money) {
    BigDecimal amount = money.rounded().amount();
    return String.format(Locale.ROOT, "%,.2f", amount);
  }
}
