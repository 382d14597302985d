package dev.costmodel.api.internal;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import java.math.BigDecimal;

/** The payload check every endpoint shares: request and response against one limit. Not public api. */
public final class Payloads {
  private Payloads() {}

  /** Throws a {@link LimitExceededException} if the workload's request payload is above {@code max}. */
  public static void checkRequest(String component, PricingContext context, DataSize max, ProviderLimit limit,
      String fix) {
    check("Workload.requestPayload (served by " + component + ")", context.workload().requestPayload(), max,
        limit, fix);
  }

  /** Throws a {@link LimitExceededException} if the request or the response payload is above {@code max}. */
  public static void checkBoth(String component, PricingContext context, DataSize max, ProviderLimit limit,
      String fix) {
    checkRequest(component, context, max, limit, fix);
    check("Workload.responsePayload (served by " + component + ")", context.workload().responsePayload(), max,
        limit, fix);
  }

  private static void check(String field, DataSize value, DataSize max, ProviderLimit limit, String fix) {
    if (value.compareTo(max) > 0) {
      throw LimitExceededException.of(field, "<=", limit,
          value + " (" + Formats.exact(BigDecimal.valueOf(value.toBytes())) + " bytes)", fix);
    }
  }
}
