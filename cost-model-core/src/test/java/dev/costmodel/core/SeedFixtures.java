package dev.costmodel.core;

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
import java.time.Duration;

/** The seed report's scenarios (section 5), typed in by hand, for core's tests; priced from the bundled catalog. */
public final class SeedFixtures {
  public static final Workload WORKLOAD = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();
  public static final RetrainPipeline RETRAIN = RetrainPipeline.builder()
      .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
      .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
      .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
      .runsPerMonth(1.2).build();
  public static final ModelStorage STORAGE =
      ModelStorage.builder().artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();
  public static final ServerlessInference SERVERLESS = ServerlessInference.builder().memory(DataSize.ofGibibytes(2))
      .meanDuration(Duration.ofMillis(100)).build();
  public static final RealtimeInference REALTIME =
      RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(2).build();

  private SeedFixtures() {}

  public static ModelTopology pattern(String p) {
    return p.startsWith("A") ? ModelTopology.perUser() : p.startsWith("B") ? ModelTopology.perGroup(200)
        : ModelTopology.shared();
  }

  public static CostScenario serverless(String p) {
    return CostScenario.builder().name(p + " / serverless").prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(pattern(p)).addComponent(RETRAIN).addComponent(STORAGE).addComponent(SERVERLESS)
        .addComponent(monitor(DriftMonitor.Kind.CUSTOM_PROCESSING)).build();
  }

  /**
   * The seed's real-time design: Model Monitor for the shared model (C); a custom processing monitor for A and
   * B, whose endpoint serves many models (Model Monitor cannot watch it; the seed's formula prices both alike).
   */
  public static CostScenario realtime(String p) {
    DriftMonitor.Kind monitor = pattern(p).kind() == ModelTopology.Kind.SHARED
        ? DriftMonitor.Kind.MODEL_MONITOR : DriftMonitor.Kind.CUSTOM_PROCESSING;
    return CostScenario.builder().name(p + " / real-time").prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(pattern(p)).addComponent(RETRAIN).addComponent(STORAGE).addComponent(REALTIME)
        .addComponent(monitor(monitor)).build();
  }

  public static DriftMonitor monitor(DriftMonitor.Kind kind) {
    return DriftMonitor.builder().kind(kind).instanceType("ml.m5.xlarge").jobsPerMonth(30)
        .jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();
  }
}
