package dev.costmodel.api;

import java.util.Objects;

/**
 * Thrown when a design goes beyond a limit the provider enforces, so the provider would refuse it: a
 * serverless inference that runs longer than the endpoint's invocation timeout, a payload larger than the
 * endpoint accepts, a training job longer than SageMaker lets one run. Such a design has no price.
 *
 * <p>The message names the field, the value, the limit and where the provider documents it, and the fix:
 * <pre>{@code
 * ServerlessInference.meanDuration must be <= 60 s (SageMaker Serverless Inference invocation timeout; AWS:
 * ...), but was 600 s; ...
 * }</pre>
 * {@link #limit()} carries the limit itself, for code that sorts designs the provider refuses from those it
 * merely prices.
 */
public final class LimitExceededException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The limit; not serialized. */
  private final transient ProviderLimit limit;
  private final String field;

  private LimitExceededException(String message, ProviderLimit limit, String field) {
    super(message);
    this.limit = limit;
    this.field = field;
  }

  /**
   * Returns an exception for {@code field} at {@code value} beyond {@code limit}:
   * {@code <field> must be <comparison> <bound> (<limit name>; <provider>: <source>), but was <value>; <fix>}.
   *
   * @param comparison how the value must relate to the bound, such as {@code <=}
   * @param fix what to do instead, without a leading "use"; may be empty
   */
  public static LimitExceededException of(String field, String comparison, ProviderLimit limit, String value,
      String fix) {
    Objects.requireNonNull(limit, "limit");
    String message = field + " must be " + comparison + " " + limit.bound() + " (" + limit.name() + "; "
        + limit.provider() + ": " + limit.source() + "), but was " + value + (fix.isEmpty() ? "" : "; " + fix);
    return new LimitExceededException(message, limit, field);
  }

  /**
   * Returns an exception whose message is written whole by the caller (it must still name the field, the
   * value, the limit with its source, and the fix).
   */
  public static LimitExceededException withMessage(String field, ProviderLimit limit, String message) {
    return new LimitExceededException(message, Objects.requireNonNull(limit, "limit"), field);
  }

  /** The limit the design goes beyond. */
  public ProviderLimit limit() {
    return limit;
  }

  /** The field whose value goes beyond it, such as {@code ServerlessInference.meanDuration}. */
  public String field() {
    return field;
  }
}
