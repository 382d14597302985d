package dev.costmodel.core.advisor;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Finding;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One architecture of a {@link SearchSpace}, priced: its choices, its scenario and estimate (with findings),
 * and what the constraints and objectives look at.
 *
 * <p>Immutable and thread-safe.
 */
public final class Candidate {
  private final ModelTopology topology;
  private final String discount;
  private final Option serving;
  private final Option monitoring;
  private final Option retraining;
  private final CostScenario scenario;
  private final OptionalInt parallelism;

  Candidate(ModelTopology topology, String discount, Option serving, Option monitoring, Option retraining,
      CostScenario scenario, OptionalInt parallelism) {
    this.topology = topology;
    this.discount = discount;
    this.serving = serving;
    this.monitoring = monitoring;
    this.retraining = retraining;
    this.scenario = scenario;
    this.parallelism = parallelism;
  }

  /** Its name: the choices, joined by " / ". */
  public String name() {
    return scenario.name();
  }

  /** The topology. */
  public ModelTopology topology() {
    return topology;
  }

  /** The discount it is priced with ({@link SearchSpace#LIST_PRICES} for none). */
  public String discount() {
    return discount;
  }

  /** The serving option. */
  public Option serving() {
    return serving;
  }

  /** The monitoring option. */
  public Option monitoring() {
    return monitoring;
  }

  /** The retraining option. */
  public Option retraining() {
    return retraining;
  }

  /** The scenario it stands for. */
  public CostScenario scenario() {
    return scenario;
  }

  /** Its monthly estimate. */
  public MonthlyEstimate estimate() {
    return scenario.estimate();
  }

  /** Its exact monthly total. */
  public Money total() {
    return estimate().total();
  }

  /** Its findings. */
  public List<Finding> findings() {
    return estimate().findings();
  }

  /** The serving option's p95 latency, if known. */
  public Optional<Duration> latencyP95() {
    return serving.latencyP95();
  }

  /** Retraining pipelines at once: the least the deadline needs, the option's own, or 1. */
  public OptionalInt parallelism() {
    return parallelism;
  }

  /** Time to retrain every model once at {@link #parallelism()}; empty without a retraining pipeline. */
  public Optional<Duration> completionTime() {
    return retraining.pipeline().map(p -> p.completionTime(topology.modelCount(scenario.workload()),
        parallelism.orElse(1)));
  }

  /** The value of {@code objective}, if known: seconds for time, instances for redundancy. */
  public Optional<BigDecimal> value(Objective objective) {
    switch (objective) {
      case LATENCY:
        return latencyP95().map(d -> BigDecimal.valueOf(d.toNanos(), 9));
      case COMPLETION_TIME:
        return completionTime().map(d -> BigDecimal.valueOf(d.toNanos(), 9));
      default:
        OptionalInt instances = serving.redundancy();
        return instances.isPresent() ? Optional.of(BigDecimal.valueOf(instances.getAsInt())) : Optional.empty();
    }
  }

  /** {@code <name>: USD 69.07}. */
  @Override
  public String toString() {
    return name() + ": " + total().rounded();
  }
}
