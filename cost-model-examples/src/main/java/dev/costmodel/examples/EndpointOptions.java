package dev.costmodel.examples;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.core.analysis.Comparison;
import dev.costmodel.examples.SeedScenarios.Pattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's pattern B (200 group models, 100,000 users, 4,000,000 requests a month) served every way SageMaker
 * offers, side by side: the seed's serverless endpoint, an autoscaled real-time endpoint, a multi-model
 * endpoint, an asynchronous endpoint, and a nightly batch transform; the retraining runs on managed spot
 * training and is started by an EventBridge Scheduler schedule.
 *
 * <p>Every option keeps the seed's storage and (but the batch job, which serves no endpoint to watch) its
 * custom drift monitor, so the comparison's inference column is where they differ. Run {@link #main} to print
 * the comparison as Markdown.
 */
public final class EndpointOptions {
  /** The seed's retraining with the training step on managed spot training: -70 %, +20 % duration. */
  public static final RetrainPipeline SPOT_RETRAIN = SeedScenarios.RETRAIN.withSteps(List.of(
      SeedScenarios.RETRAIN.steps().get(0),
      SeedScenarios.RETRAIN.steps().get(1).withManagedSpot(0.7, 1.2),
      SeedScenarios.RETRAIN.steps().get(2)));

  /** One scheduled invocation starts each model's retraining run. */
  public static final RetrainSchedule SCHEDULE = RetrainSchedule.builder().build();

  private EndpointOptions() {}

  /** Prints the comparison as Markdown. */
  public static void main(String[] args) {
    System.out.println(comparison().toMarkdown());
  }

  /** The options, in the order of the comparison. */
  public static List<CostScenario> scenarios() {
    List<CostScenario> scenarios = new ArrayList<>();
    scenarios.add(SeedScenarios.serverless(Pattern.B));
    scenarios.add(option("B / autoscaled real-time", AutoscaledRealtimeInference.builder()
        .instanceType("ml.c5.xlarge").minInstances(2).maxInstances(6)
        .requestsPerSecondPerInstance(20).targetUtilization(0.7)
        .traffic(TrafficProfile.peak(8, 0.8)).build()));
    scenarios.add(option("B / multi-model", MultiModelEndpoint.builder()
        .instanceType("ml.m5.xlarge").minInstances(2).modelMemory(DataSize.ofMebibytes(20))
        .modelsKeptWarm(200).build()));
    scenarios.add(option("B / asynchronous", AsyncInference.builder()
        .instanceType("ml.m5.xlarge").instanceCount(1).activeHoursPerMonth(200).build()));
    scenarios.add(SeedScenarios.serverless(Pattern.B).withName("B / nightly batch").withComponents(List.of(
        SPOT_RETRAIN, SCHEDULE, SeedScenarios.STORAGE, BatchTransform.builder()
            .instanceType("ml.m5.xlarge").runDuration(Duration.ofHours(1)).runsPerMonth(30).build())));
    return scenarios;
  }

  /** The options side by side. */
  public static Comparison comparison() {
    return Comparison.ofScenarios(scenarios());
  }

  /** Pattern B with the seed's storage and monitor, spot retraining on a schedule, served by {@code serving}. */
  static CostScenario option(String name, CostComponent serving) {
    return SeedScenarios.serverless(Pattern.B).withName(name).withComponents(List.of(
        SPOT_RETRAIN, SCHEDULE, SeedScenarios.STORAGE, serving, SeedScenarios.CUSTOM_MONITOR));
  }

  /** The estimate of one option by name. */
  public static MonthlyEstimate estimate(String name) {
    return scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().estimate();
  }

  /** The training step of {@link #SPOT_RETRAIN}, for the tests. */
  static JobStep spotTraining() {
    return SPOT_RETRAIN.steps().get(1);
  }
}
