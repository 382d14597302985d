package dev.costmodel.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A limit a cloud provider enforces on a design, with where the provider documents it: SageMaker Serverless
 * Inference's 60-second invocation timeout, the 4 MB payload of a serverless endpoint, the 28 days a training
 * job may run.
 *
 * <p>A design beyond a hard limit is refused when a scenario is built, with a {@link LimitExceededException}
 * that carries the limit. A limit the provider lets an account raise (a service quota) names that quota in
 * {@link #quota()}, and a design beyond it becomes a {@link Finding} instead, since the account can ask for
 * more. The bundled AWS limits are the constants of {@link dev.costmodel.api.aws.AwsLimits}.
 *
 * <pre>{@code
 * try {
 *   scenario.build();
 * } catch (LimitExceededException e) {
 *   e.limit().name();     // "SageMaker Serverless Inference invocation timeout"
 *   e.limit().bound();    // "60 s"
 *   e.limit().source();   // where AWS documents it
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProviderLimit {
  private final String provider;
  private final String name;
  private final String bound;
  private final String source;
  private final Optional<String> quota;

  private ProviderLimit(String provider, String name, String bound, String source, Optional<String> quota) {
    this.provider = requireText("provider", provider);
    this.name = requireText("name", name);
    this.bound = requireText("bound", bound);
    this.source = requireText("source", source);
    this.quota = Objects.requireNonNull(quota, "quota");
  }

  /** A hard limit: the provider refuses a design beyond it, and no request raises it. */
  public static ProviderLimit hard(String provider, String name, String bound, String source) {
    return new ProviderLimit(provider, name, bound, source, Optional.empty());
  }

  /** A service quota: the provider's default, which an account can ask to raise under the quota's name. */
  public static ProviderLimit quota(String provider, String name, String bound, String source, String quota) {
    return new ProviderLimit(provider, name, bound, source, Optional.of(requireText("quota", quota)));
  }

  /** The provider that enforces it, such as {@code AWS}. */
  public String provider() {
    return provider;
  }

  /** What is limited, such as {@code SageMaker Serverless Inference invocation timeout}. */
  public String name() {
    return name;
  }

  /** The limit as a reader would write it, such as {@code 60 s} or {@code 4 MB (4,194,304 bytes)}. */
  public String bound() {
    return bound;
  }

  /** Where the provider documents the limit: the document, its section, and its address. */
  public String source() {
    return source;
  }

  /** The service quota to ask to raise, if the provider lets an account raise the limit; empty if hard. */
  public Optional<String> quota() {
    return quota;
  }

  /** Whether an account can ask the provider to raise the limit. */
  public boolean isAdjustable() {
    return quota.isPresent();
  }

  /** {@code SageMaker Serverless Inference invocation timeout (60 s; AWS: <source>)}. */
  @Override
  public String toString() {
    return name + " (" + bound + "; " + provider + ": " + source + ")";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ProviderLimit)) {
      return false;
    }
    ProviderLimit that = (ProviderLimit) other;
    return provider.equals(that.provider) && name.equals(that.name) && bound.equals(that.bound)
        && source.equals(that.source) && quota.equals(that.quota);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, name, bound, source, quota);
  }

  private static String requireText(String field, String value) {
    if (Objects.requireNonNull(value, field).isBlank()) {
      throw new IllegalArgumentException("ProviderLimit." + field + " must not be blank, but was '" + value + "'");
    }
    return value;
  }
}
