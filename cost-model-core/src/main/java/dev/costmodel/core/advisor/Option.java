package dev.costmodel.core.advisor;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.aws.AsyncInference;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.MultiModelEndpoint;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One choice in one dimension of a {@link SearchSpace}: a label, the components it adds to a scenario, and
 * what is known about it beyond its cost (its p95 latency, the features it offers, how many instances
 * serve).
 *
 * <pre>{@code
 * Option serverless = Option.of("serverless 2 GiB", ServerlessInference.builder()
 *     .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build())
 *     .withLatencyP95(Duration.ofMillis(250));          // measured; cold starts included
 * Option noMonitor = Option.none("no drift monitor");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Option {
  private final String label;
  private final List<CostComponent> components;
  private final Optional<Duration> latencyP95;
  private final Set<Feature> declared;
  private final OptionalInt redundancy;
  private final OptionalInt parallelism;

  private Option(String label, List<CostComponent> components, Optional<Duration> latencyP95, Set<Feature> declared,
      OptionalInt redundancy, OptionalInt parallelism) {
    if (Objects.requireNonNull(label, "label").isBlank()) {
      throw new IllegalArgumentException("Option.label must not be blank, but was '" + label + "'");
    }
    this.label = label;
    this.components = List.copyOf(components);
    this.latencyP95 = latencyP95;
    this.declared = Collections.unmodifiableSet(declared.isEmpty() ? EnumSet.noneOf(Feature.class)
        : EnumSet.copyOf(declared));
    this.redundancy = redundancy;
    this.parallelism = parallelism;
  }

  /** An option that adds {@code components} (at least one) to a scenario. */
  public static Option of(String label, CostComponent... components) {
    if (components.length == 0) {
      throw new IllegalArgumentException("Option.components of '" + label + "' must hold at least one component,"
          + " but was empty; use Option.none(label) for a choice that adds nothing");
    }
    return new Option(label, List.of(components), Optional.empty(), Set.of(), OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** A choice that adds nothing, such as "no drift monitor". */
  public static Option none(String label) {
    return new Option(label, List.of(), Optional.empty(), Set.of(), OptionalInt.empty(), OptionalInt.empty());
  }

  /** Returns a copy whose p95 latency is {@code latency}: measured by you, cold starts included. */
  public Option withLatencyP95(Duration latency) {
    if (latency.isNegative() || latency.isZero()) {
      throw new IllegalArgumentException("Option.latencyP95 of '" + label + "' must be > 0 s, but was " + latency);
    }
    return new Option(label, components, Optional.of(latency), declared, redundancy, parallelism);
  }

  /** Returns a copy that also offers {@code features}, such as {@link Feature#VPC}. */
  public Option withFeatures(Feature... features) {
    Set<Feature> more = EnumSet.noneOf(Feature.class);
    more.addAll(declared);
    more.addAll(List.of(features));
    return new Option(label, components, latencyP95, more, redundancy, parallelism);
  }

  /** Returns a copy served by at least {@code instances} instances (for options whose components do not say). */
  public Option withRedundancy(int instances) {
    if (instances < 1) {
      throw new IllegalArgumentException("Option.redundancy of '" + label + "' must be >= 1, but was " + instances);
    }
    return new Option(label, components, latencyP95, declared, OptionalInt.of(instances), parallelism);
  }

  /**
   * Returns a copy of a retraining option that runs {@code pipelines} retraining pipelines at once, when no
   * deadline decides it (cost does not depend on it; completion time does).
   */
  public Option withParallelism(int pipelines) {
    if (pipelines < 1) {
      throw new IllegalArgumentException("Option.parallelism of '" + label + "' must be >= 1, but was " + pipelines);
    }
    return new Option(label, components, latencyP95, declared, redundancy, OptionalInt.of(pipelines));
  }

  /** The option's label, as candidates show it. */
  public String label() {
    return label;
  }

  /** The components it adds; empty for {@link #none}. */
  public List<CostComponent> components() {
    return components;
  }

  /** Its p95 latency, if you gave one. */
  public Optional<Duration> latencyP95() {
    return latencyP95;
  }

  /** The parallelism of a retraining option, if you gave one. */
  public OptionalInt parallelism() {
    return parallelism;
  }

  /** The features it offers: those its components imply and those you declared. */
  public Set<Feature> features() {
    Set<Feature> all = EnumSet.noneOf(Feature.class);
    all.addAll(declared);
    for (CostComponent component : components) {
      if (component instanceof DriftMonitor && ((DriftMonitor) component).kind() == DriftMonitor.Kind.MODEL_MONITOR) {
        all.add(Feature.MODEL_MONITOR);
      }
      instanceType(component).filter(type -> type.startsWith("ml.g") || type.startsWith("ml.p"))
          .ifPresent(type -> all.add(Feature.GPU));
      if (component instanceof ServerlessInference || component instanceof LambdaInference
          || component instanceof BatchTransform
          || component instanceof AsyncInference && ((AsyncInference) component).minInstances() == 0) {
        all.add(Feature.SCALE_TO_ZERO);
      }
    }
    return Collections.unmodifiableSet(all);
  }

  /** The fewest instances that serve: declared, or read from an instance-based endpoint. */
  public OptionalInt redundancy() {
    if (redundancy.isPresent()) {
      return redundancy;
    }
    for (CostComponent component : components) {
      if (component instanceof RealtimeInference) {
        return OptionalInt.of(((RealtimeInference) component).instanceCount());
      }
      if (component instanceof AutoscaledRealtimeInference) {
        return OptionalInt.of(((AutoscaledRealtimeInference) component).minInstances());
      }
      if (component instanceof MultiModelEndpoint) {
        return OptionalInt.of(((MultiModelEndpoint) component).minInstances());
      }
    }
    return OptionalInt.empty();
  }

  /** The retraining pipeline among its components, if any. */
  Optional<RetrainPipeline> pipeline() {
    return components.stream().filter(c -> c instanceof RetrainPipeline).map(c -> (RetrainPipeline) c).findFirst();
  }

  private static Optional<String> instanceType(CostComponent component) {
    if (component instanceof RealtimeInference) {
      return Optional.of(((RealtimeInference) component).instanceType());
    }
    if (component instanceof AutoscaledRealtimeInference) {
      return Optional.of(((AutoscaledRealtimeInference) component).instanceType());
    }
    if (component instanceof MultiModelEndpoint) {
      return Optional.of(((MultiModelEndpoint) component).instanceType());
    }
    if (component instanceof AsyncInference) {
      return Optional.of(((AsyncInference) component).instanceType());
    }
    if (component instanceof BatchTransform) {
      return Optional.of(((BatchTransform) component).instanceType());
    }
    return Optional.empty();
  }

  /** The labels of {@code options}, in order. */
  static List<String> labels(List<Option> options) {
    List<String> labels = new ArrayList<>();
    options.forEach(option -> labels.add(option.label));
    return labels;
  }

  @Override
  public String toString() {
    return label;
  }
}
