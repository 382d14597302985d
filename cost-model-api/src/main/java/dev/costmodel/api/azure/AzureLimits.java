package dev.costmodel.api.azure;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.ProviderLimit;
import java.time.Duration;
import java.util.List;

/**
 * The Azure limits the bundled components check, each with where Microsoft documents it. A design beyond one
 * fails when its scenario is built, with a {@link dev.costmodel.api.LimitExceededException}.
 *
 * <table>
 *   <caption>Limits and what checks them</caption>
 *   <tr><th>limit</th><th>bound</th><th>checked on</th></tr>
 *   <tr><td>{@link #FUNCTIONS_CONSUMPTION_TIMEOUT}</td><td>10 minutes (5 by default)</td>
 *       <td>{@code AzureFunctions.meanDuration}</td></tr>
 *   <tr><td>{@link #FUNCTIONS_HTTP_RESPONSE}</td><td>230 s</td><td>{@code AzureFunctions.meanDuration}</td></tr>
 *   <tr><td>{@link #FUNCTIONS_CONSUMPTION_MEMORY}</td><td>1.5 GB</td><td>{@code AzureFunctions.memory}</td></tr>
 *   <tr><td>{@link #FUNCTIONS_REQUEST_SIZE}</td><td>100 MB</td><td>{@code Workload.requestPayload} behind
 *       {@code AzureFunctions}</td></tr>
 * </table>
 *
 * <p>Not instantiable; every constant is immutable.
 */
public final class AzureLimits {
  /** The longest a consumption plan function may run: 10 minutes (5 by default, set in host.json). */
  public static final Duration FUNCTIONS_MAX_DURATION = Duration.ofMinutes(10);
  /** The longest an HTTP-triggered function may take to respond: 230 s. */
  public static final Duration FUNCTIONS_HTTP_MAX_RESPONSE = Duration.ofSeconds(230);
  /** The most memory a consumption plan instance has: 1.5 GB (1,536 MB). */
  public static final DataSize FUNCTIONS_MAX_MEMORY = DataSize.ofMebibytes(1536);
  /** The largest HTTP request a function app accepts: 100 MB (taken as 100 MiB). */
  public static final DataSize FUNCTIONS_MAX_REQUEST = DataSize.ofMebibytes(100);

  private static final String LIMITS = "Azure Functions documentation, \"Azure Functions hosting options\","
      + " service limits (includes/functions-limits.md in MicrosoftDocs/azure-docs),"
      + " https://learn.microsoft.com/azure/azure-functions/functions-scale#service-limits";

  /** A consumption plan function runs 5 minutes by default ({@code functionTimeout}), at most 10. */
  public static final ProviderLimit FUNCTIONS_CONSUMPTION_TIMEOUT = ProviderLimit.hard("Azure",
      "Azure Functions consumption plan maximum timeout", "10 minutes (5 by default)", LIMITS);

  /** An HTTP-triggered function answers within 230 s whatever its timeout (Azure Load Balancer's idle timeout). */
  public static final ProviderLimit FUNCTIONS_HTTP_RESPONSE = ProviderLimit.hard("Azure",
      "Azure Functions HTTP response time", "230 s",
      "Azure Functions documentation, \"Function app timeout duration\" (note 1: \"230 seconds is the maximum"
          + " amount of time that an HTTP triggered function can take to respond\"),"
          + " https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout");

  /** A consumption plan instance has at most 1.5 GB of memory. */
  public static final ProviderLimit FUNCTIONS_CONSUMPTION_MEMORY = ProviderLimit.hard("Azure",
      "Azure Functions consumption plan maximum memory per instance", "1.5 GB (1,536 MB)", LIMITS);

  /** A function app accepts HTTP requests of at most 100 MB. */
  public static final ProviderLimit FUNCTIONS_REQUEST_SIZE = ProviderLimit.hard("Azure",
      "Azure Functions maximum HTTP request size", "100 MB", LIMITS);

  private AzureLimits() {}

  /** Every limit above, in the order of the table in this class's documentation. */
  public static List<ProviderLimit> all() {
    return List.of(FUNCTIONS_CONSUMPTION_TIMEOUT, FUNCTIONS_HTTP_RESPONSE, FUNCTIONS_CONSUMPTION_MEMORY,
        FUNCTIONS_REQUEST_SIZE);
  }
}
