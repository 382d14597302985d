package dev.costmodel.api;

import org.immutables.value.Value;

/**
 * Something an estimate's reader should know about the design: not an error (the estimate stands) but a
 * doubt, such as a single-instance real-time endpoint (no redundancy) or prices that were inferred rather
 * than read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** How much the finding matters. */
  public enum Severity {
    /** Worth knowing; the design may be fine. */
    INFO,
    /** Likely to hurt in production or to make the estimate wrong. */
    WARNING
  }

  /** Returns a finding with one of the bundled {@link FindingCode codes}. */
  public static Finding of(Severity severity, FindingCode code, String component, String message) {
    return of(severity, code.id(), component, message);
  }

  /** Returns a finding with a code of your own, such as {@code my-queue-unbounded}. */
  public static Finding of(Severity severity, String code, String component, String message) {
    return ImmutableFinding.builder().severity(severity).code(code).component(component).message(message).build();
  }

  /** How much it matters. */
  public abstract Severity severity();

  /** A stable identifier, such as {@code single-instance-endpoint}, for filtering in tests. */
  public abstract String code();

  /** Whether this finding has the code {@code code}. */
  public boolean is(FindingCode code) {
    return code().equals(code.id());
  }

  /** The component it is about, or {@code CostScenario}. */
  public abstract String component();

  /** What the finding is and what to do about it. */
  public abstract String message();

  /** {@code WARNING single-instance-endpoint: …}. */
  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message();
  }
}
