package dev.costmodel.api.aws;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * SageMaker managed spot training for a training {@link JobStep}: the job runs on spare EC2 capacity at a
 * {@link #discount()} off the on-demand price, and, when AWS reclaims the capacity, resumes from its last
 * checkpoint, so it runs {@link #durationFactor()} times as long as on demand.
 *
 * <p>Formula: {@code billed instance-hours = instanceCount × duration × durationFactor}, priced at the
 * training price × {@code (1 − discount)}. The discount is what you expect to save: AWS says managed spot
 * training saves "up to 90%" over on-demand (SageMaker developer guide, "Managed Spot Training in Amazon
 * SageMaker", https://docs.aws.amazon.com/sagemaker/latest/dg/model-managed-spot-training.html), so a
 * discount must be above 0 and at most 0.9. The duration factor is an assumption about interruptions (1.2: a
 * fifth of the work is redone or restarted); it is at least 1. Spot never costs more than on demand while
 * {@code (1 − discount) × durationFactor <= 1}; above that, {@link RetrainPipeline} reports a
 * {@link dev.costmodel.api.FindingCode#MANAGED_SPOT_COSTS_MORE finding}.
 *
 * <p>What AWS requires of the job, which this model does not price but a reader should know: the training
 * job's {@code StoppingCondition.MaxWaitTimeInSeconds} (time waiting for spot capacity plus time running)
 * must be at least its {@code MaxRuntimeInSeconds}, and the runtime, stretched by interruptions, is still at
 * most 28 days ({@link AwsLimits#TRAINING_MAX_RUNTIME}); {@link JobStep} checks the stretched duration.
 *
 * <pre>{@code
 * JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30))
 *     .withManagedSpot(ManagedSpot.of(0.7, 1.2));   // -70 %, +20 % duration for interruptions
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagedSpot {
  /** The largest discount AWS states for managed spot training: 0.9 ("up to 90%"). */
  public static final BigDecimal MAX_DISCOUNT = new BigDecimal("0.9");

  /** Where AWS states it. */
  public static final String SOURCE = "SageMaker developer guide, \"Managed Spot Training in Amazon SageMaker\","
      + " https://docs.aws.amazon.com/sagemaker/latest/dg/model-managed-spot-training.html";

  ManagedSpot() {}

  /**
   * Returns managed spot training at {@code discount} off (0.7 is 70 % off) with durations stretched by
   * {@code durationFactor} (1.2 is 20 % longer).
   *
   * @throws IllegalArgumentException unless {@code 0 < discount <= 0.9} and {@code durationFactor >= 1}
   */
  public static ManagedSpot of(BigDecimal discount, BigDecimal durationFactor) {
    return ImmutableManagedSpot.builder().discount(discount).durationFactor(durationFactor).build();
  }

  /** As {@link #of(BigDecimal, BigDecimal)}, with the numbers exactly as written ({@code 0.7}, {@code 1.2}). */
  public static ManagedSpot of(double discount, double durationFactor) {
    return of(Checks.finite("ManagedSpot.discount", discount),
        Checks.finite("ManagedSpot.durationFactor", durationFactor));
  }

  /** The share saved on the training price: above 0, at most 0.9. */
  public abstract BigDecimal discount();

  /** How much longer a job runs because of interruptions: at least 1 (1.2 is 20 % longer). */
  public abstract BigDecimal durationFactor();

  /** Returns a copy at another discount. */
  public ManagedSpot withDiscount(BigDecimal discount) {
    return ImmutableManagedSpot.copyOf(this).withDiscount(discount);
  }

  /** What one on-demand hour's cost becomes: {@code (1 − discount) × durationFactor}; above 1, spot costs more. */
  public BigDecimal costFactor() {
    return BigDecimal.ONE.subtract(discount()).multiply(durationFactor());
  }

  /** True if spot costs more than on demand: {@code (1 − discount) × durationFactor > 1}. */
  public boolean costsMoreThanOnDemand() {
    return costFactor().compareTo(BigDecimal.ONE) > 0;
  }

  /** The note on a priced line: {@code managed spot training -70 %, +20 % duration for interruptions (assumed)}. */
  @Override
  public String toString() {
    return "managed spot training -" + Formats.plain(discount().movePointRight(2)) + " %, +"
        + Formats.plain(durationFactor().subtract(BigDecimal.ONE).movePointRight(2))
        + " % duration for interruptions (assumed)";
  }

  @Value.Check
  void check() {
    if (discount().signum() <= 0 || discount().compareTo(MAX_DISCOUNT) > 0) {
      throw new IllegalArgumentException("ManagedSpot.discount must be > 0 and <= 0.9 (AWS: managed spot"
          + " training saves \"up to 90%\" over on-demand; " + SOURCE + "), but was " + Formats.plain(discount())
          + "; give the share you expect to save, such as 0.7 for 70 %");
    }
    if (durationFactor().compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("ManagedSpot.durationFactor must be >= 1, but was "
          + Formats.plain(durationFactor()) + "; interruptions make a job run longer, never shorter: 1.2 is 20 %"
          + " longer, 1 is no interruption");
    }
  }
}
