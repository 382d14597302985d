package dev.costmodel.api.aws;

import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a {@link RetrainPipeline}: a SageMaker Processing or Training job of one model on
 * {@code instanceCount} instances of {@code instanceType} for {@code duration}.
 *
 * <p>Billed as {@code instanceCount × duration} instance-hours at the catalog's price for the job kind
 * ({@code SageMaker/Processing/<type>} or {@code SageMaker/Training/<type>}). An evaluation gate is a
 * processing step: it is billed like one (seed report, section 3-2). AWS's limits are checked: a training step
 * runs at most 28 days ({@link AwsLimits#TRAINING_MAX_RUNTIME}), a processing step at most 777,600 s
 * ({@link AwsLimits#PROCESSING_MAX_RUNTIME}).
 *
 * <p>A training step may run on {@linkplain #withManagedSpot(ManagedSpot) managed spot training}: billed
 * {@code instanceCount × duration × durationFactor} instance-hours at the training price × {@code (1 − discount)}
 * (see {@link ManagedSpot}); the 28-day limit then applies to the stretched duration. Managed spot training is
 * a feature of SageMaker training jobs, so a processing step with it is refused.
 *
 * <pre>{@code
 * JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));
 * JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)).withManagedSpot(0.7, 1.2);
 * JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)).withInstanceCount(2);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class JobStep {
  JobStep() {}

  /** The kind of SageMaker job, which decides the price's usage. */
  public enum Kind {
    /** A SageMaker Processing job: preprocessing, evaluation, custom monitoring. */
    PROCESSING("Processing"),
    /** A SageMaker Training job. */
    TRAINING("Training");

    private final String usage;

    Kind(String usage) {
      this.usage = usage;
    }

    /** The catalog usage this kind is priced by: {@code Processing} or {@code Training}. */
    public String usage() {
      return usage;
    }
  }

  /** A processing step (preprocessing, evaluation) on one instance. */
  public static JobStep processing(String name, String instanceType, Duration duration) {
    return ImmutableJobStep.builder().name(name).kind(Kind.PROCESSING).instanceType(instanceType)
        .duration(duration).build();
  }

  /** A training step on one instance. */
  public static JobStep training(String name, String instanceType, Duration duration) {
    return ImmutableJobStep.builder().name(name).kind(Kind.TRAINING).instanceType(instanceType)
        .duration(duration).build();
  }

  /** The step's name, such as {@code preprocess}. */
  public abstract String name();

  /** Processing or training. */
  public abstract Kind kind();

  /** The SageMaker instance type, such as {@code ml.m5.xlarge}. */
  public abstract String instanceType();

  /** How long one run of the step takes for one model; at most the job kind's maximum runtime. */
  public abstract Duration duration();

  /** How many instances the job runs on (distributed training); 1 by default. */
  @Value.Default
  public int instanceCount() {
    return 1;
  }

  /** Managed spot training, for a training step that uses it; empty (on demand) by default. */
  public abstract Optional<ManagedSpot> managedSpot();

  /**
   * Returns a copy on managed spot training.
   *
   * @throws IllegalArgumentException if this is a processing step: managed spot training is for training jobs
   */
  public JobStep withManagedSpot(ManagedSpot spot) {
    return ImmutableJobStep.copyOf(this).withManagedSpot(spot);
  }

  /**
   * Returns a copy on managed spot training at {@code discount} off with durations stretched by
   * {@code durationFactor}: {@code withManagedSpot(0.7, 1.2)} is 70 % off and 20 % longer.
   */
  public JobStep withManagedSpot(double discount, double durationFactor) {
    return withManagedSpot(ManagedSpot.of(discount, durationFactor));
  }

  /** Returns a copy on demand (without managed spot training). */
  public JobStep withoutManagedSpot() {
    return ImmutableJobStep.builder().name(name()).kind(kind()).instanceType(instanceType()).duration(duration())
        .instanceCount(instanceCount()).build();
  }

  /**
   * Instance-hours one run of one model is billed for: {@link #instanceHours()}, times the managed spot
   * duration factor when there is one.
   */
  public BigDecimal billedInstanceHours() {
    BigDecimal hours = instanceHours();
    return managedSpot().map(spot -> hours.multiply(spot.durationFactor())).orElse(hours);
  }

  /** Returns a copy on {@code count} instances. */
  public JobStep withInstanceCount(int count) {
    return ImmutableJobStep.copyOf(this).withInstanceCount(count);
  }

  /** Returns a copy that takes {@code duration}. */
  public JobStep withDuration(Duration duration) {
    return ImmutableJobStep.copyOf(this).withDuration(duration);
  }

  /** Instance-hours of one run for one model: {@code instanceCount × duration in hours}. */
  public BigDecimal instanceHours() {
    return Formats.hours(duration().multipliedBy(instanceCount()));
  }

  /** The catalog key this step is priced by. */
  @Value.Lazy
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", kind().usage(), instanceType());
  }

  @Value.Check
  void check() {
    Checks.notBlank("JobStep.name", name());
    Checks.notBlank("JobStep.instanceType", instanceType());
    Checks.positive("JobStep.duration", duration());
    if (kind() == Kind.TRAINING) {
      Checks.withinLimit("JobStep.duration of '" + name() + "'", duration(), AwsLimits.TRAINING_MAX_DURATION,
          AwsLimits.TRAINING_MAX_RUNTIME, "split the training into steps that checkpoint and resume, or train"
              + " on more instances (withInstanceCount) so that each job finishes sooner");
    } else {
      Checks.withinLimit("JobStep.duration of '" + name() + "'", duration(), AwsLimits.PROCESSING_MAX_DURATION,
          AwsLimits.PROCESSING_MAX_RUNTIME, "split the work into several processing steps, or run it on more"
              + " instances (withInstanceCount)");
    }
    Checks.positive("JobStep.instanceCount", instanceCount());
    managedSpot().ifPresent(this::checkSpot);
  }

  private void checkSpot(ManagedSpot spot) {
    if (kind() != Kind.TRAINING) {
      throw new IllegalArgumentException("JobStep.managedSpot of '" + name() + "' must be empty for a processing"
          + " step, but was " + spot + "; SageMaker managed spot training is for training jobs only: make it a"
          + " training step (JobStep.training(...)) or remove withManagedSpot(...)");
    }
    BigDecimal stretched = Formats.seconds(duration()).multiply(spot.durationFactor());
    if (stretched.compareTo(Formats.seconds(AwsLimits.TRAINING_MAX_DURATION)) > 0) {
      throw LimitExceededException.of("JobStep.duration × ManagedSpot.durationFactor of '" + name() + "'", "<=",
          AwsLimits.TRAINING_MAX_RUNTIME, Formats.number(stretched) + " s (" + Formats.number(Formats.seconds(
              duration())) + " s × " + Formats.plain(spot.durationFactor()) + ")",
          "a spot job's runtime, interruptions included, is bounded by MaxRuntimeInSeconds: checkpoint more"
              + " often so that interruptions cost less, split the training into steps, or train on more"
              + " instances (withInstanceCount)");
    }
  }
}
