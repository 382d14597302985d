package dev.costmodel.core.advisor;

import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
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
 * What a design must meet: a monthly budget, a p95 latency target, features it must offer, a retraining
 * deadline within a concurrent-job quota, and findings it must not have. A design AWS refuses (a
 * {@code LimitExceededException} when its scenario is built) is never a candidate, whatever the constraints.
 *
 * <pre>{@code
 * Constraints constraints = Constraints.builder()
 *     .budget(Money.usd(500))
 *     .latencyP95AtMost(Duration.ofMillis(200))
 *     .require(Feature.MODEL_MONITOR)
 *     .retrainWithin(Duration.ofHours(8), 50)      // every model retrained within 8 h, at most 50 jobs at once
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Constraints {
  private final Optional<Money> budget;
  private final Optional<Duration> latency;
  private final Set<Feature> required;
  private final Optional<Duration> deadline;
  private final OptionalInt quota;
  private final List<String> rejectedFindings;

  private Constraints(Builder b) {
    this.budget = Optional.ofNullable(b.budget);
    this.latency = Optional.ofNullable(b.latency);
    this.required = Collections.unmodifiableSet(b.required.isEmpty() ? EnumSet.noneOf(Feature.class)
        : EnumSet.copyOf(b.required));
    this.deadline = Optional.ofNullable(b.deadline);
    this.quota = b.deadline == null ? OptionalInt.empty() : OptionalInt.of(b.quota);
    this.rejectedFindings = List.copyOf(b.rejected);
  }

  /** No constraint: the cheapest design AWS accepts wins. */
  public static Constraints none() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The monthly budget, if any. */
  public Optional<Money> budget() {
    return budget;
  }

  /** The p95 latency target, if any. */
  public Optional<Duration> latencyP95AtMost() {
    return latency;
  }

  /** The features every candidate must offer. */
  public Set<Feature> required() {
    return required;
  }

  /** The retraining deadline, if any. */
  public Optional<Duration> retrainDeadline() {
    return deadline;
  }

  /** The concurrent-job quota the deadline must be met within, if a deadline is set. */
  public OptionalInt retrainQuota() {
    return quota;
  }

  /** The finding codes no candidate may have. */
  public List<String> rejectedFindings() {
    return rejectedFindings;
  }

  /** Builds {@link Constraints}; every constraint is optional. */
  public static final class Builder {
    private Money budget;
    private Duration latency;
    private final Set<Feature> required = EnumSet.noneOf(Feature.class);
    private Duration deadline;
    private int quota;
    private final List<String> rejected = new ArrayList<>();

    Builder() {}

    /** Candidates must cost at most {@code monthly}. */
    public Builder budget(Money monthly) {
      if (monthly.amount().signum() < 0) {
        throw new IllegalArgumentException("Constraints.budget must be >= 0, but was " + monthly);
      }
      this.budget = monthly;
      return this;
    }

    /** Candidates' serving option must answer within {@code latency} at p95 (its latency must be known). */
    public Builder latencyP95AtMost(Duration target) {
      if (target.isNegative() || target.isZero()) {
        throw new IllegalArgumentException("Constraints.latencyP95AtMost must be > 0 s, but was " + target);
      }
      this.latency = target;
      return this;
    }

    /** Candidates must offer {@code features}. */
    public Builder require(Feature... features) {
      required.addAll(List.of(features));
      return this;
    }

    /**
     * Every model must be retrained once within {@code deadline}, with at most {@code quota} jobs at once (the
     * account's concurrent-job quota): see {@code CompletionTime.leastParallelism}.
     */
    public Builder retrainWithin(Duration deadline, int quota) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("Constraints.retrainWithin deadline must be > 0 s, but was " + deadline);
      }
      if (quota < 1) {
        throw new IllegalArgumentException("Constraints.retrainWithin quota must be >= 1, but was " + quota
            + "; it is the account's concurrent training/processing job quota");
      }
      this.deadline = deadline;
      this.quota = quota;
      return this;
    }

    /** Candidates must not have findings of these codes (such as serverless-many-models). */
    public Builder rejectFindings(FindingCode... codes) {
      for (FindingCode code : codes) {
        rejected.add(Objects.requireNonNull(code, "code").id());
      }
      return this;
    }

    /** Builds the constraints. */
    public Constraints build() {
      return new Constraints(this);
    }
  }
}
