package dev.costmodel.core.analysis;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.RetrainSchedule;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.internal.Maths;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One number of a scenario that an analysis varies: retrain runs per month, requests per user, a step's
 * duration… It has a name and a unit for tables and charts, and knows how to set itself on a scenario.
 *
 * <pre>{@code
 * ScenarioInput runs = ScenarioInput.retrainRunsPerMonth();
 * CostScenario weekly = runs.apply(scenario, new BigDecimal("5.2"));
 * runs.valueIn(scenario);   // 1.2
 * }</pre>
 */
public final class ScenarioInput {
  private final String name;
  private final String unit;
  private final BiFunction<CostScenario, BigDecimal, CostScenario> apply;
  private final Function<CostScenario, BigDecimal> read;
  private final boolean wholeNumber;
  private final Shape shape;

  /**
   * How the built-in components' line quantities depend on this input, as read from their formulas; what
   * {@link MonteCarlo} relies on to price samples without an estimate each.
   */
  enum Shape {
    /** Every quantity is multilinear in the value (whole numbers: in the rounded value). */
    LINEAR,
    /** Multilinear in the value rounded up to the whole millisecond, as Lambda bills a duration. */
    CEIL_MILLIS,
    /** Not known to be multilinear (an input of your own, or one with steps or a min/max): priced by estimates. */
    UNKNOWN
  }

  private ScenarioInput(String name, String unit, BiFunction<CostScenario, BigDecimal, CostScenario> apply,
      Function<CostScenario, BigDecimal> read) {
    this(name, unit, apply, read, false, Shape.LINEAR);
  }

  private ScenarioInput(String name, String unit, BiFunction<CostScenario, BigDecimal, CostScenario> apply,
      Function<CostScenario, BigDecimal> read, boolean wholeNumber) {
    this(name, unit, apply, read, wholeNumber, Shape.LINEAR);
  }

  private ScenarioInput(String name, String unit, BiFunction<CostScenario, BigDecimal, CostScenario> apply,
      Function<CostScenario, BigDecimal> read, boolean wholeNumber, Shape shape) {
    this.wholeNumber = wholeNumber;
    this.shape = Objects.requireNonNull(shape, "shape");
    this.name = Objects.requireNonNull(name, "name");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.apply = Objects.requireNonNull(apply, "apply");
    this.read = Objects.requireNonNull(read, "read");
  }

  /** An input of your own: how to set it on a scenario and how to read it back. */
  public static ScenarioInput of(String name, String unit, BiFunction<CostScenario, BigDecimal, CostScenario> apply,
      Function<CostScenario, BigDecimal> read) {
    return new ScenarioInput(name, unit, apply, read, false, Shape.UNKNOWN);
  }

  /** How many times a month every model is retrained ({@link RetrainPipeline#runsPerMonth()}). */
  public static ScenarioInput retrainRunsPerMonth() {
    return new ScenarioInput("retrain runs per month", "runs/month",
        (s, v) -> replace(s, RetrainPipeline.class, "retrain runs per month", p -> p.withRunsPerMonth(v)),
        s -> find(s, RetrainPipeline.class, "retrain runs per month").runsPerMonth());
  }

  /** Inference requests each user makes per month. */
  public static ScenarioInput requestsPerUserPerMonth() {
    return new ScenarioInput("requests per user per month", "requests/user/month",
        (s, v) -> s.withWorkload(s.workload().withRequestsPerUserPerMonth(v)),
        s -> s.workload().requestsPerUserPerMonth());
  }

  /** Inference requests per month in all; sets requests per user to this ÷ users. */
  public static ScenarioInput requestsPerMonth() {
    return new ScenarioInput("requests per month", "requests/month",
        (s, v) -> s.withWorkload(s.workload().withRequestsPerUserPerMonth(
            v.divide(BigDecimal.valueOf(s.workload().users()), Maths.CONTEXT))),
        s -> s.workload().requestsPerMonth());
  }

  /** The number of users (a whole number). */
  public static ScenarioInput users() {
    return new ScenarioInput("users", "users",
        (s, v) -> s.withWorkload(s.workload().withUsers(whole("users", v))),
        s -> BigDecimal.valueOf(s.workload().users()), true);
  }

  /** The number of groups of a {@code perGroup} topology: the model count of pattern B (a whole number). */
  public static ScenarioInput modelGroups() {
    return new ScenarioInput("model groups", "models",
        (s, v) -> s.withTopology(ModelTopology.perGroup(whole("model groups", v))),
        s -> BigDecimal.valueOf(s.topology().modelCount(s.workload())), true);
  }

  /** The instance count of the real-time endpoint (a whole number). */
  public static ScenarioInput realtimeInstanceCount() {
    return new ScenarioInput("real-time instances", "instances",
        (s, v) -> replace(s, RealtimeInference.class, "real-time instances",
            r -> r.withInstanceCount(Math.toIntExact(whole("real-time instances", v)))),
        s -> BigDecimal.valueOf(find(s, RealtimeInference.class, "real-time instances").instanceCount()), true);
  }

  /** The mean duration of a serverless request, in milliseconds. */
  public static ScenarioInput serverlessMeanDurationMillis() {
    return new ScenarioInput("serverless mean duration", "ms",
        (s, v) -> replace(s, ServerlessInference.class, "serverless mean duration",
            r -> ServerlessInference.builder().from(r).meanDuration(nanos(v, 1_000_000)).build()),
        s -> BigDecimal.valueOf(find(s, ServerlessInference.class, "serverless mean duration").meanDuration()
            .toNanos(), 6));
  }

  /** The duration of the retrain pipeline's step {@code stepName}, in minutes. */
  public static ScenarioInput stepDurationMinutes(String stepName) {
    String label = stepName + " duration";
    return new ScenarioInput(label, "min",
        (s, v) -> replace(s, RetrainPipeline.class, label, p -> p.withSteps(withStep(p, stepName,
            step -> step.withDuration(nanos(v, 60_000_000_000L))))),
        s -> {
          JobStep step = step(find(s, RetrainPipeline.class, label), stepName);
          return BigDecimal.valueOf(step.duration().toNanos()).divide(BigDecimal.valueOf(60_000_000_000L),
              Maths.CONTEXT);
        });
  }

  /**
   * The memory of the Lambda function, in AWS's MB (mebibytes; a whole number, 128 to 10,240). Lambda's cost
   * is linear in it (GiB-seconds) until a duration tier is crossed.
   */
  public static ScenarioInput lambdaMemoryMegabytes() {
    return new ScenarioInput("Lambda memory", "MB",
        (s, v) -> replace(s, LambdaInference.class, "Lambda memory", f -> LambdaInference.builder().from(f)
            .memory(DataSize.ofMebibytes(whole("Lambda memory", v))).build()),
        s -> find(s, LambdaInference.class, "Lambda memory").memory().toMebibytes(), true);
  }

  /** The mean duration of a Lambda invocation, in milliseconds (billed rounded up to the millisecond). */
  public static ScenarioInput lambdaMeanDurationMillis() {
    return new ScenarioInput("Lambda mean duration", "ms",
        (s, v) -> replace(s, LambdaInference.class, "Lambda mean duration", f -> LambdaInference.builder().from(f)
            .meanDuration(nanos(v, 1_000_000)).build()),
        s -> BigDecimal.valueOf(find(s, LambdaInference.class, "Lambda mean duration").meanDuration().toNanos(), 6),
        false, Shape.CEIL_MILLIS);
  }

  /** The Lambda function's provisioned concurrency, in instances (a whole number). */
  public static ScenarioInput lambdaProvisionedConcurrency() {
    return new ScenarioInput("Lambda provisioned concurrency", "instances",
        (s, v) -> replace(s, LambdaInference.class, "Lambda provisioned concurrency",
            f -> LambdaInference.builder().from(f)
                .provisionedConcurrency(Math.toIntExact(whole("Lambda provisioned concurrency", v))).build()),
        s -> BigDecimal.valueOf(find(s, LambdaInference.class, "Lambda provisioned concurrency")
            .provisionedConcurrency()), true, Shape.UNKNOWN);
  }

  /**
   * Hours a day the Lambda function's provisioned concurrency is configured, 0 to 24. Without an explicit
   * {@code provisionedTrafficShare}, the share of requests served on provisioned capacity follows it
   * ({@code hours ÷ 24}).
   */
  public static ScenarioInput lambdaProvisionedHoursPerDay() {
    return new ScenarioInput("Lambda provisioned hours a day", "h/day",
        (s, v) -> replace(s, LambdaInference.class, "Lambda provisioned hours a day",
            f -> LambdaInference.builder().from(f).provisionedHoursPerDay(v).build()),
        s -> find(s, LambdaInference.class, "Lambda provisioned hours a day").provisionedHoursPerDay(),
        false, Shape.UNKNOWN);
  }

  /**
   * GiB sent out to the internet a month ({@link DataTransferOut#gibibytesPerMonth()}); setting it fixes the
   * figure, reading it gives the fixed figure or the one derived from the workload. Not linear: the price is
   * tiered (and the free allowance subtracts 100 GiB), so a {@link BreakEven} across a tier bound refuses it.
   */
  public static ScenarioInput dataTransferOutGibibytes() {
    String label = "data transfer out";
    return new ScenarioInput(label, "GiB/month",
        (s, v) -> replace(s, DataTransferOut.class, label, t -> t.withGibibytesPerMonth(v)),
        s -> find(s, DataTransferOut.class, label).gibibytesPerMonth(s.context()));
  }

  /**
   * Extra EventBridge Scheduler invocations a retraining run ({@link RetrainSchedule#extraInvocationsPerRun()};
   * a whole number). Not linear: the first 14 M invocations a month are free.
   */
  public static ScenarioInput schedulerExtraInvocationsPerRun() {
    String label = "scheduler extra invocations per run";
    return new ScenarioInput(label, "invocations/run",
        (s, v) -> replace(s, RetrainSchedule.class, label,
            r -> r.withExtraInvocationsPerRun(Math.toIntExact(whole(label, v)))),
        s -> BigDecimal.valueOf(find(s, RetrainSchedule.class, label).extraInvocationsPerRun()), true);
  }

  /**
   * The managed spot training discount of the retrain pipeline's step {@code stepName} (0.7 is 70 % off),
   * which must already run on managed spot training; the overhead on its duration is kept.
   */
  public static ScenarioInput spotDiscount(String stepName) {
    String label = stepName + " spot discount";
    return new ScenarioInput(label, "share of the price",
        (s, v) -> replace(s, RetrainPipeline.class, label, p -> p.withSteps(withStep(p, stepName,
            step -> step.withManagedSpot(spot(step, label).withDiscount(v))))),
        s -> spot(step(find(s, RetrainPipeline.class, label), stepName), label).discount());
  }

  /** The input's name, such as {@code retrain runs per month}. */
  public String name() {
    return name;
  }

  /** The unit of its values, such as {@code runs/month}. */
  public String unit() {
    return unit;
  }

  /** {@code name (unit)}, for axis labels. */
  public String label() {
    return name + " (" + unit + ")";
  }

  /** True if the input takes whole numbers only (users, groups, instances): sampled values are rounded. */
  public boolean isWholeNumber() {
    return wholeNumber;
  }

  /** How the built-in components' quantities depend on this input. */
  Shape shape() {
    return shape;
  }

  /** Returns a copy of {@code scenario} with this input set to {@code value}. */
  public CostScenario apply(CostScenario scenario, BigDecimal value) {
    return apply.apply(scenario, value);
  }

  /** This input's value in {@code scenario}. */
  public BigDecimal valueIn(CostScenario scenario) {
    return read.apply(scenario);
  }

  @Override
  public String toString() {
    return label();
  }

  private static <T extends CostComponent> CostScenario replace(CostScenario scenario, Class<T> type, String input,
      Function<T, T> change) {
    List<CostComponent> components = new ArrayList<>();
    boolean found = false;
    for (CostComponent component : scenario.components()) {
      if (type.isInstance(component)) {
        components.add(change.apply(type.cast(component)));
        found = true;
      } else {
        components.add(component);
      }
    }
    if (!found) {
      throw missing(scenario, type, input);
    }
    return scenario.withComponents(components);
  }

  private static <T extends CostComponent> T find(CostScenario scenario, Class<T> type, String input) {
    for (CostComponent component : scenario.components()) {
      if (type.isInstance(component)) {
        return type.cast(component);
      }
    }
    throw missing(scenario, type, input);
  }

  private static IllegalArgumentException missing(CostScenario scenario, Class<?> type, String input) {
    return new IllegalArgumentException("scenario '" + scenario.name() + "' has no " + type.getSimpleName()
        + " whose " + input + " could vary; add one, or choose another input");
  }

  private static List<JobStep> withStep(RetrainPipeline pipeline, String stepName, Function<JobStep, JobStep> change) {
    step(pipeline, stepName);
    List<JobStep> steps = new ArrayList<>();
    for (JobStep step : pipeline.steps()) {
      steps.add(step.name().equals(stepName) ? change.apply(step) : step);
    }
    return steps;
  }

  private static JobStep step(RetrainPipeline pipeline, String stepName) {
    List<String> names = new ArrayList<>();
    for (JobStep step : pipeline.steps()) {
      if (step.name().equals(stepName)) {
        return step;
      }
      names.add(step.name());
    }
    throw new IllegalArgumentException("the retrain pipeline has no step '" + stepName + "'; its steps are "
        + String.join(", ", names));
  }

  private static dev.costmodel.api.aws.ManagedSpot spot(JobStep step, String input) {
    return step.managedSpot().orElseThrow(() -> new IllegalArgumentException("the retrain pipeline's step '"
        + step.name() + "' runs on demand, so its " + input + " cannot vary; give it withManagedSpot(...) first"));
  }

  private static long whole(String input, BigDecimal value) {
    try {
      return value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(input + " must be a whole number, but was " + value.toPlainString(), e);
    }
  }

  private static Duration nanos(BigDecimal value, long nanosPerUnit) {
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("a duration must be > 0, but was " + value.toPlainString());
    }
    return Duration.ofNanos(value.multiply(BigDecimal.valueOf(nanosPerUnit)).setScale(0, RoundingMode.HALF_UP)
        .longValueExact());
  }

  // ---- SageMaker endpoint options (AutoscaledRealtimeInference, MultiModelEndpoint, BatchTransform,
  // AsyncInference). The autoscaled and multi-model costs step with these inputs (whole instances): a Sweep
  // shows the steps; BreakEven and MonteCarlo assume a line or a multilinear cost (see their docs).

  /** The fewest instances of the autoscaled real-time endpoint (a whole number). */
  public static ScenarioInput autoscaledMinInstances() {
    String label = "autoscaled min instances";
    return new ScenarioInput(label, "instances",
        (s, v) -> replace(s, AutoscaledRealtimeInference.class, label, r -> AutoscaledRealtimeInference.builder()
            .from(r).minInstances(Math.toIntExact(whole(label, v))).build()),
        s -> BigDecimal.valueOf(find(s, AutoscaledRealtimeInference.class, label).minInstances()), true, Shape.UNKNOWN);
  }

  /** The most instances of the autoscaled real-time endpoint (a whole number). */
  public static ScenarioInput autoscaledMaxInstances() {
    String label = "autoscaled max instances";
    return new ScenarioInput(label, "instances",
        (s, v) -> replace(s, AutoscaledRealtimeInference.class, label, r -> AutoscaledRealtimeInference.builder()
            .from(r).maxInstances(Math.toIntExact(whole(label, v))).build()),
        s -> BigDecimal.valueOf(find(s, AutoscaledRealtimeInference.class, label).maxInstances()), true, Shape.UNKNOWN);
  }

  /** Requests per second one instance of the autoscaled real-time endpoint sustains. */
  public static ScenarioInput autoscaledThroughput() {
    String label = "autoscaled throughput per instance";
    return new ScenarioInput(label, "requests/s",
        (s, v) -> replace(s, AutoscaledRealtimeInference.class, label, r -> AutoscaledRealtimeInference.builder()
            .from(r).requestsPerSecondPerInstance(v).build()),
        s -> find(s, AutoscaledRealtimeInference.class, label).requestsPerSecondPerInstance(),
        false, Shape.UNKNOWN);
  }

  /** The target utilization of the autoscaled real-time endpoint, 0 to 1. */
  public static ScenarioInput autoscaledTargetUtilization() {
    String label = "autoscaled target utilization";
    return new ScenarioInput(label, "share",
        (s, v) -> replace(s, AutoscaledRealtimeInference.class, label, r -> AutoscaledRealtimeInference.builder()
            .from(r).targetUtilization(v).build()),
        s -> find(s, AutoscaledRealtimeInference.class, label).targetUtilization(), false, Shape.UNKNOWN);
  }

  /** Models the multi-model endpoint keeps warm (a whole number; replaces a warm share). */
  public static ScenarioInput multiModelWarmModels() {
    String label = "warm models";
    return new ScenarioInput(label, "models",
        (s, v) -> replace(s, MultiModelEndpoint.class, label, m -> MultiModelEndpoint.builder().from(m)
            .warmShare(Optional.empty()).modelsKeptWarm(whole(label, v)).build()),
        s -> {
          MultiModelEndpoint endpoint = find(s, MultiModelEndpoint.class, label);
          return BigDecimal.valueOf(endpoint.warmModels(s.topology().modelCount(s.workload())));
        }, true, Shape.UNKNOWN);
  }

  /** Batch transform jobs a month ({@link BatchTransform#runsPerMonth()}). */
  public static ScenarioInput batchRunsPerMonth() {
    String label = "batch runs per month";
    return new ScenarioInput(label, "runs/month",
        (s, v) -> replace(s, BatchTransform.class, label, b -> b.withRunsPerMonth(v)),
        s -> find(s, BatchTransform.class, label).runsPerMonth());
  }

  /** Hours one batch transform job runs. */
  public static ScenarioInput batchHoursPerRun() {
    String label = "batch hours per run";
    return new ScenarioInput(label, "h",
        (s, v) -> replace(s, BatchTransform.class, label, b -> b.withRunDuration(nanos(v, 3_600_000_000_000L))),
        s -> BigDecimal.valueOf(find(s, BatchTransform.class, label).runDuration().toNanos())
            .divide(BigDecimal.valueOf(3_600_000_000_000L), Maths.CONTEXT));
  }

  /** Hours a month the asynchronous endpoint runs its instances ({@link AsyncInference#activeHoursPerMonth()}). */
  public static ScenarioInput asyncActiveHoursPerMonth() {
    String label = "async active hours per month";
    return new ScenarioInput(label, "h/month",
        (s, v) -> replace(s, AsyncInference.class, label, a -> a.withActiveHoursPerMonth(v)),
        s -> find(s, AsyncInference.class, label).activeHoursPerMonth());
  }
}
