package dev.costmodel.examples;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.PriceCatalogs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The seed report's standard scenario (section 5), as costmodel values: 100,000 users in us-east-1, patterns
 * A (a model per user), B (200 group models) and C (one shared model), served serverless or real-time.
 */
public final class SeedScenarios {
  /** 100,000 users × 40 requests a month, 20 KiB in and 2 KiB out per request (sections 2 and 5-4). */
  public static final Workload WORKLOAD = Workload.builder()
      .users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2))
      .build();

  /** Preprocess 15 min → train 30 min → evaluate 10 min on ml.m5.xlarge, 1.2 runs a month (5-1, 5-2). */
  public static final RetrainPipeline RETRAIN = RetrainPipeline.builder()
      .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
      .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
      .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
      .runsPerMonth(1.2)
      .build();

  /** 20 MiB artifacts, 6 versions kept (5-3). */
  public static final ModelStorage STORAGE = ModelStorage.builder()
      .artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();

  /** Serverless, 2 GiB, 100 ms a request (5-4 a). */
  public static final ServerlessInference SERVERLESS = ServerlessInference.builder()
      .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build();

  /** Real-time, 2 × ml.c5.xlarge always on (5-4 b). */
  public static final RealtimeInference REALTIME = RealtimeInference.builder()
      .instanceType("ml.c5.xlarge").instanceCount(2).build();

  /** Daily 5-minute drift job on ml.m5.xlarge reading 1% of the inference data (7-1). */
  public static final DriftMonitor CUSTOM_MONITOR = monitor(DriftMonitor.Kind.CUSTOM_PROCESSING);

  /**
   * The same job run by SageMaker Model Monitor, possible only on a real-time endpoint that hosts a single
   * model: pattern C's.
   */
  public static final DriftMonitor MODEL_MONITOR = monitor(DriftMonitor.Kind.MODEL_MONITOR);

  /** The seed's weekly retraining: 52 ÷ 12 weeks a month × 1.2 drift uplift (section 10). */
  public static final BigDecimal WEEKLY_RUNS =
      RetrainPipeline.WEEKLY_RUNS_PER_MONTH.multiply(new BigDecimal("1.2"));

  private SeedScenarios() {}

  /** The three patterns, in the seed's order, with their labels. */
  public enum Pattern {
    /** A model per user. */
    A("A (100k)", ModelTopology.perUser()),
    /** A model per group, G = 200. */
    B("B (G=200)", ModelTopology.perGroup(200)),
    /** One shared model. */
    C("C (1)", ModelTopology.shared());

    private final String label;
    private final ModelTopology topology;

    Pattern(String label, ModelTopology topology) {
      this.label = label;
      this.topology = topology;
    }

    /** The seed's row label, such as {@code B (G=200)}. */
    public String label() {
      return label;
    }

    /** The pattern's topology. */
    public ModelTopology topology() {
      return topology;
    }
  }

  /** Pattern {@code pattern} served by a serverless endpoint with a custom drift monitor (table 7-3 (A)). */
  public static CostScenario serverless(Pattern pattern) {
    return scenario(pattern.label() + " / serverless", pattern,
        List.of(RETRAIN, STORAGE, SERVERLESS, CUSTOM_MONITOR));
  }

  /**
   * Pattern {@code pattern} served by 2 × ml.c5.xlarge (table 7-3 (B)). The seed monitors it with Model
   * Monitor, which AWS offers only on endpoints that host a single model: that holds for pattern C, but
   * patterns A and B serve 100,000 and 200 models from one (multi-model) endpoint, so their design needs a
   * custom processing monitor ({@link #monitorFor(Pattern)}), which the seed's formula prices the same.
   */
  public static CostScenario realtime(Pattern pattern) {
    return scenario(pattern.label() + " / real-time", pattern,
        List.of(RETRAIN, STORAGE, REALTIME, monitorFor(pattern)));
  }

  /**
   * The drift monitor the seed's real-time design can really have: Model Monitor for pattern C's single
   * model, a custom processing job for the multi-model endpoints of patterns A and B.
   */
  public static DriftMonitor monitorFor(Pattern pattern) {
    return pattern == Pattern.C ? MODEL_MONITOR : CUSTOM_MONITOR;
  }

  private static CostScenario scenario(String name, Pattern pattern, List<CostComponent> components) {
    PriceCatalog prices = PriceCatalogs.awsUsEast1();
    return CostScenario.builder()
        .name(name)
        .prices(prices)
        .workload(WORKLOAD)
        .topology(pattern.topology())
        .addAllComponents(components)
        .build();
  }

  private static DriftMonitor monitor(DriftMonitor.Kind kind) {
    return DriftMonitor.builder()
        .kind(kind)
        .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5))
        .samplingRate(0.01)
        .build();
  }
}
