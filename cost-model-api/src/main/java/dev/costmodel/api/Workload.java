package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Who uses the system and how much: users, inference requests per user per month, and the payload of each
 * request and response.
 *
 * <p>Requests per month are {@code users × requestsPerUserPerMonth}; the data an endpoint processes each
 * month is {@code requests × (requestPayload + responsePayload)}, in GiB (the unit AWS bills as "GB"). For the
 * seed report: 100,000 users × 40 requests = 4,000,000 requests × 22 KiB = 83.92 GiB.
 *
 * <pre>{@code
 * Workload workload = Workload.builder()
 *     .users(100_000).requestsPerUserPerMonth(40)
 *     .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2))
 *     .build();
 * workload.requestsPerMonth();   // 4000000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Workload {
  Workload() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of users; at least one. */
  public abstract long users();

  /** Inference requests each user makes per month, exact; at least zero. */
  public abstract BigDecimal requestsPerUserPerMonth();

  /** Data sent to the model with each request. */
  public abstract DataSize requestPayload();

  /** Data returned by the model with each response. */
  public abstract DataSize responsePayload();

  /** Inference requests per month: {@code users × requestsPerUserPerMonth}, exact. */
  @Value.Lazy
  public BigDecimal requestsPerMonth() {
    return BigDecimal.valueOf(users()).multiply(requestsPerUserPerMonth());
  }

  /** GiB sent to the model per month: {@code requests × requestPayload}, exact. */
  @Value.Lazy
  public BigDecimal requestGibibytesPerMonth() {
    return requestsPerMonth().multiply(requestPayload().toGibibytes());
  }

  /** GiB returned by the model per month: {@code requests × responsePayload}, exact. */
  @Value.Lazy
  public BigDecimal responseGibibytesPerMonth() {
    return requestsPerMonth().multiply(responsePayload().toGibibytes());
  }

  /** GiB in and out per month: what an endpoint's "data processed" is billed on. */
  @Value.Lazy
  public BigDecimal inferenceGibibytesPerMonth() {
    return requestGibibytesPerMonth().add(responseGibibytesPerMonth());
  }

  /** Returns a copy with {@code users} users. */
  public Workload withUsers(long users) {
    return ImmutableWorkload.copyOf(this).withUsers(users);
  }

  /** Returns a copy with {@code requests} requests per user per month. */
  public Workload withRequestsPerUserPerMonth(BigDecimal requests) {
    return ImmutableWorkload.copyOf(this).withRequestsPerUserPerMonth(requests);
  }

  @Value.Check
  void check() {
    Checks.positive("Workload.users", users());
    Checks.nonNegative("Workload.requestsPerUserPerMonth", requestsPerUserPerMonth());
  }

  /** Builds a {@link Workload}; {@code users}, {@code requestsPerUserPerMonth} and both payloads are required. */
  public static final class Builder extends ImmutableWorkload.Builder {
    Builder() {}

    /** Sets the requests per user per month from a {@code double}, exactly as written. */
    public Builder requestsPerUserPerMonth(double requests) {
      return requestsPerUserPerMonth(Checks.finite("Workload.requestsPerUserPerMonth", requests));
    }
  }
}
