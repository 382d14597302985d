package dev.costmodel.core.analysis;

import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.internal.Checks;
import java.time.Duration;

/**
 * How long retraining takes on the wall clock, and how much parallelism a deadline needs. Cost does not
 * depend on parallelism (it follows instance-hours, seed report section 9); time does:
 * {@code ceil(models ÷ parallelism) × one run of the pipeline}.
 *
 * <pre>{@code
 * CompletionTime.of(retrain, 200, 10);                                  // PT18H20M: 20 waves of 55 min
 * CompletionTime.leastParallelism(retrain, 200, Duration.ofHours(8), 50);   // 25: 8 waves of 55 min
 * }</pre>
 */
public final class CompletionTime {
  private CompletionTime() {}

  /** Wall-clock time to retrain {@code models} models once, {@code parallelism} at a time. */
  public static Duration of(RetrainPipeline pipeline, long models, int parallelism) {
    return pipeline.completionTime(models, parallelism);
  }

  /**
   * The least parallelism that retrains {@code models} models within {@code deadline}.
   *
   * @throws IllegalArgumentException if the deadline is not positive, shorter than one run, or needs more
   *     concurrent jobs than {@code quota} allows (the message names the deadline the quota can meet)
   */
  public static int leastParallelism(RetrainPipeline pipeline, long models, Duration deadline, int quota) {
    Checks.nonNegative("CompletionTime models", models);
    Checks.positive("CompletionTime deadline", deadline);
    Checks.positive("CompletionTime quota", quota);
    Duration run = pipeline.runDuration();
    if (models == 0) {
      return 1;
    }
    long waves = deadline.toNanos() / run.toNanos();
    if (waves == 0) {
      throw new IllegalArgumentException("CompletionTime deadline must be at least one run of the pipeline ("
          + run + "), but was " + deadline + ": no parallelism retrains a model faster than one run");
    }
    long needed = (models + waves - 1) / waves;
    if (needed > quota) {
      Duration atQuota = pipeline.completionTime(models, quota);
      throw new IllegalArgumentException("CompletionTime needs parallelism " + needed + " to retrain " + models
          + " models within " + deadline + ", but the concurrent-job quota is " + quota
          + ": request a Service Quotas increase, or allow " + atQuota + " (the time at parallelism " + quota + ")");
    }
    return Math.toIntExact(needed);
  }
}
