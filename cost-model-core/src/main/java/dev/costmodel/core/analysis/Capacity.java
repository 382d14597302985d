package dev.costmodel.core.analysis;

import dev.costmodel.api.PricingContext;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Maths;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much traffic a real-time endpoint can take, from a per-instance throughput you measured (load tests:
 * requests per second at your p95/p99 latency target, seed report section 4-3).
 *
 * <pre>{@code
 * Capacity.saturationRequestsPerMonth(endpoint, new BigDecimal("50"));   // 2 × 50 rps × 730 h × 3,600 s
 * Capacity.instancesNeeded(workload, new BigDecimal("50"), new BigDecimal("10"));
 * }</pre>
 *
 * <p>The month is {@link PricingContext#HOURS_PER_MONTH} hours. Traffic is rarely flat, so
 * {@link #instancesNeeded} takes a peak-to-average ratio.
 */
public final class Capacity {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private Capacity() {}

  /**
   * The requests per month at which {@code endpoint} saturates, if every instance serves
   * {@code perInstanceRequestsPerSecond} and traffic is flat: {@code instances × rps × hours × 3,600}.
   */
  public static BigDecimal saturationRequestsPerMonth(RealtimeInference endpoint,
      BigDecimal perInstanceRequestsPerSecond) {
    Checks.positive("Capacity perInstanceRequestsPerSecond", perInstanceRequestsPerSecond);
    return BigDecimal.valueOf(endpoint.instanceCount()).multiply(perInstanceRequestsPerSecond)
        .multiply(endpoint.hoursPerMonth()).multiply(SECONDS_PER_HOUR);
  }

  /**
   * The fewest instances that serve {@code workload} at its peak: {@code ceil(requests per second on average
   * × peakToAverage ÷ perInstanceRequestsPerSecond)}, at least one.
   */
  public static int instancesNeeded(Workload workload, BigDecimal perInstanceRequestsPerSecond,
      BigDecimal peakToAverage) {
    Checks.positive("Capacity perInstanceRequestsPerSecond", perInstanceRequestsPerSecond);
    if (peakToAverage.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("Capacity peakToAverage must be >= 1, but was " + peakToAverage.toPlainString());
    }
    BigDecimal averageRps = workload.requestsPerMonth()
        .divide(PricingContext.HOURS_PER_MONTH.multiply(SECONDS_PER_HOUR), Maths.CONTEXT);
    BigDecimal needed = averageRps.multiply(peakToAverage).divide(perInstanceRequestsPerSecond, Maths.CONTEXT)
        .setScale(0, RoundingMode.CEILING);
    return Math.max(1, needed.intValueExact());
  }
}
