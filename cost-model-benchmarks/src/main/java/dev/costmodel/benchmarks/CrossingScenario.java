package dev.costmodel.benchmarks;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.ManagedSpot;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.analysis.MonteCarlo;
import dev.costmodel.core.analysis.ScenarioInput;
import dev.costmodel.core.analysis.TriangularRange;
import java.time.Duration;

/**
 * A scenario whose samples cross price tiers and free allowances, for the exact path: one model per user,
 * 600 MiB each, so 80,000 to 95,000 users straddle S3's 50 TB (51,200 GiB) tier; Lambda with the free tier,
 * whose requests and GB-seconds straddle the free 1 M and 400,000; data transfer out from 20 to 20,000 GiB
 * across the free 100 GB and the 10 TB tier; EventBridge Scheduler invocations across the 14 M free a month; a
 * managed spot discount and a train duration. Seven inputs.
 */
final class CrossingScenario {
  private CrossingScenario() {}

  static final CostScenario SCENARIO = CostScenario.builder().name("crossing tiers").prices(PriceCatalogs.awsUsEast1())
      .workload(Workload.builder().users(90_000).requestsPerUserPerMonth(10)
          .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build())
      .topology(ModelTopology.perUser())
      .addComponent(RetrainPipeline.builder()
          .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
          .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30))
              .withManagedSpot(ManagedSpot.of(0.7, 1.2)))
          .runsPerMonth(1.2).build())
      .addComponent(ModelStorage.builder().artifactSize(DataSize.ofMebibytes(100)).versionsRetained(6).build())
      .addComponent(LambdaInference.builder().memory(DataSize.ofMebibytes(1024)).meanDuration(Duration.ofMillis(300))
          .freeTier(true).build())
      .addComponent(DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(true).build())
      .addComponent(RetrainSchedule.builder().build())
      .build();

  /** The Monte Carlo of {@link #SCENARIO} with {@code samples} samples on {@code threads} threads. */
  static MonteCarlo monteCarlo(int samples, int threads, MonteCarlo.Method method) {
    return MonteCarlo.builder().scenario(SCENARIO)
        .vary(ScenarioInput.users(), TriangularRange.of(80_000, 88_000, 95_000))
        .vary(ScenarioInput.requestsPerUserPerMonth(), TriangularRange.of(5, 10, 20))
        .vary(ScenarioInput.lambdaMeanDurationMillis(), TriangularRange.of(100.5, 300, 700))
        .vary(ScenarioInput.dataTransferOutGibibytes(), TriangularRange.of(20, 500, 20_000))
        .vary(ScenarioInput.schedulerExtraInvocationsPerRun(), TriangularRange.of(100, 120, 160))
        .vary(ScenarioInput.spotDiscount("train"), TriangularRange.of(0.5, 0.7, 0.8))
        .vary(ScenarioInput.stepDurationMinutes("train"), TriangularRange.of(20, 30, 60))
        .samples(samples).seed(42).threads(threads).method(method)
        .build();
  }
}
