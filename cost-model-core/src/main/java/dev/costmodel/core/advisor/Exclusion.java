package dev.costmodel.core.advisor;

import java.util.Optional;

/**
 * Why candidates were left out: one constraint (or AWS's refusal), how many candidates it removed, an example
 * of the reason, and the cheapest priced candidate it removed.
 *
 * <p>Immutable and thread-safe.
 */
public final class Exclusion {
  private final String constraint;
  private final long count;
  private final String reason;
  private final Optional<Candidate> cheapest;

  Exclusion(String constraint, long count, String reason, Optional<Candidate> cheapest) {
    this.constraint = constraint;
    this.count = count;
    this.reason = reason;
    this.cheapest = cheapest;
  }

  /** The constraint: {@code budget}, {@code latency}, {@code feature MODEL_MONITOR}, {@code refused by AWS: …}. */
  public String constraint() {
    return constraint;
  }

  /** How many candidates it removed. */
  public long count() {
    return count;
  }

  /** One candidate's reason, in words. */
  public String reason() {
    return reason;
  }

  /** The cheapest candidate it removed, if that candidate could be priced. */
  public Optional<Candidate> cheapest() {
    return cheapest;
  }

  @Override
  public String toString() {
    return constraint + ": " + count + (count == 1 ? " candidate" : " candidates")
        + cheapest.map(c -> ", the cheapest " + c).orElse("") + " (" + reason + ")";
  }
}
