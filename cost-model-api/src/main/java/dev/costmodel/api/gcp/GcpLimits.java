package dev.costmodel.api.gcp;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.ProviderLimit;
import java.time.Duration;
import java.util.List;

/**
 * The Google Cloud limits the bundled components check, each with where Google documents it. A design beyond
 * one fails when its scenario is built, with a {@link dev.costmodel.api.LimitExceededException}.
 *
 * <table>
 *   <caption>Limits and what checks them</caption>
 *   <tr><th>limit</th><th>bound</th><th>checked on</th></tr>
 *   <tr><td>{@link #CLOUD_RUN_REQUEST_TIMEOUT}</td><td>60 minutes</td><td>{@code CloudRun.meanDuration}</td></tr>
 *   <tr><td>{@link #CLOUD_RUN_REQUEST_SIZE}</td><td>32 MiB</td><td>{@code Workload.requestPayload} behind
 *       {@code CloudRun} or a 2nd gen {@code CloudFunctions}</td></tr>
 *   <tr><td>{@link #CLOUD_RUN_MEMORY}</td><td>32 GiB</td><td>{@code CloudRun.memory}</td></tr>
 *   <tr><td>{@link #FUNCTIONS_1ST_GEN_TIMEOUT}</td><td>540 s</td><td>{@code CloudFunctions.meanDuration}, 1st gen</td></tr>
 *   <tr><td>{@link #FUNCTIONS_2ND_GEN_TIMEOUT}</td><td>60 minutes</td><td>{@code CloudFunctions.meanDuration}, 2nd gen</td></tr>
 *   <tr><td>{@link #FUNCTIONS_1ST_GEN_MEMORY}</td><td>128 MiB to 8 GiB</td><td>{@code CloudFunctions.memory}, 1st gen</td></tr>
 *   <tr><td>{@link #FUNCTIONS_1ST_GEN_PAYLOAD}</td><td>10 MB</td><td>{@code Workload.requestPayload},
 *       {@code responsePayload}, 1st gen</td></tr>
 *   <tr><td>{@link #VERTEX_PREDICTION_REQUEST_SIZE}</td><td>1.5 MB</td><td>{@code Workload.requestPayload} behind
 *       {@code VertexOnlinePrediction}</td></tr>
 * </table>
 *
 * <p>Not instantiable; every constant is immutable.
 */
public final class GcpLimits {
  /** The longest a Cloud Run service may take to answer a request: 60 minutes. */
  public static final Duration CLOUD_RUN_TIMEOUT = Duration.ofMinutes(60);
  /** The largest HTTP/1 request a Cloud Run service accepts: 32 MiB. */
  public static final DataSize CLOUD_RUN_MAX_REQUEST = DataSize.ofMebibytes(32);
  /** The most memory a Cloud Run instance may have: 32 GiB (at 8 vCPU). */
  public static final DataSize CLOUD_RUN_MAX_MEMORY = DataSize.ofGibibytes(32);
  /** The longest a Cloud Functions (1st gen) invocation may run: 540 s. */
  public static final Duration FUNCTIONS_1ST_GEN_MAX_DURATION = Duration.ofSeconds(540);
  /** The longest a Cloud Run functions (2nd gen) HTTP invocation may run: 60 minutes. */
  public static final Duration FUNCTIONS_2ND_GEN_MAX_DURATION = Duration.ofMinutes(60);
  /** The largest request or response of a Cloud Functions (1st gen) HTTP function: 10 MB (taken as 10 MiB). */
  public static final DataSize FUNCTIONS_1ST_GEN_MAX_PAYLOAD = DataSize.ofMebibytes(10);
  /** The largest online prediction request Vertex AI accepts: 1.5 MB (taken as 1,572,864 bytes). */
  public static final DataSize VERTEX_MAX_REQUEST = DataSize.ofKibibytes(1536);

  private static final String RUN_QUOTAS = "Cloud Run documentation, \"Cloud Run quotas and limits\","
      + " https://cloud.google.com/run/quotas";
  private static final String FUNCTIONS_QUOTAS = "Cloud Run functions documentation, \"Quotas\","
      + " https://cloud.google.com/functions/quotas";

  /** A Cloud Run service answers a request within its timeout: 5 minutes by default, at most 60. */
  public static final ProviderLimit CLOUD_RUN_REQUEST_TIMEOUT = ProviderLimit.hard("Google Cloud",
      "Cloud Run maximum request timeout", "60 minutes (3,600 s)",
      "Cloud Run documentation, \"Set request timeout (services)\": \"set by default to 5 minutes (300 seconds)"
          + " and can be extended up to 60 minutes (3600 seconds)\","
          + " https://cloud.google.com/run/docs/configuring/request-timeout");

  /** Cloud Run accepts HTTP/1 requests of at most 32 MiB (HTTP/2 streams are not limited this way). */
  public static final ProviderLimit CLOUD_RUN_REQUEST_SIZE = ProviderLimit.hard("Google Cloud",
      "Cloud Run maximum HTTP/1 request size", "32 MiB (33,554,432 bytes)", RUN_QUOTAS
          + "; the same 32 MB for Cloud Run functions (2nd gen), " + FUNCTIONS_QUOTAS);

  /** A Cloud Run instance has at most 32 GiB of memory (with 8 vCPU). */
  public static final ProviderLimit CLOUD_RUN_MEMORY = ProviderLimit.hard("Google Cloud",
      "Cloud Run maximum memory per instance", "32 GiB (with 8 vCPU)",
      "Cloud Run documentation, \"Configure CPU limits for instances\" (8 vCPU: 4 to 32 GiB),"
          + " https://cloud.google.com/run/docs/configuring/instances/cpu");

  /** A Cloud Functions (1st gen) invocation runs at most 540 s (nine minutes). */
  public static final ProviderLimit FUNCTIONS_1ST_GEN_TIMEOUT = ProviderLimit.hard("Google Cloud",
      "Cloud Functions (1st gen) maximum timeout", "540 s (9 minutes)",
      "Cloud Run functions documentation, \"Function timeout (1st gen)\","
          + " https://cloud.google.com/functions/1stgendocs/configuring/timeout");

  /** A Cloud Run functions (2nd gen) HTTP invocation runs at most 60 minutes. */
  public static final ProviderLimit FUNCTIONS_2ND_GEN_TIMEOUT = ProviderLimit.hard("Google Cloud",
      "Cloud Run functions (2nd gen) maximum timeout of an HTTP function", "60 minutes (3,600 s)",
      FUNCTIONS_QUOTAS);

  /** A Cloud Functions (1st gen) instance has 128 MB to 8 GiB, in its fixed sizes. */
  public static final ProviderLimit FUNCTIONS_1ST_GEN_MEMORY = ProviderLimit.hard("Google Cloud",
      "Cloud Functions (1st gen) memory sizes", "128, 256 or 512 MiB, 1, 2, 4 or 8 GiB",
      "Cloud Run functions documentation, \"Configure memory and vCPU limits (1st gen)\","
          + " https://cloud.google.com/functions/1stgendocs/configuring/memory; " + FUNCTIONS_QUOTAS);

  /** A Cloud Functions (1st gen) HTTP function takes requests and returns responses of at most 10 MB. */
  public static final ProviderLimit FUNCTIONS_1ST_GEN_PAYLOAD = ProviderLimit.hard("Google Cloud",
      "Cloud Functions (1st gen) maximum HTTP request and response size", "10 MB", FUNCTIONS_QUOTAS);

  /** A Vertex AI online prediction request is at most 1.5 MB. */
  public static final ProviderLimit VERTEX_PREDICTION_REQUEST_SIZE = ProviderLimit.hard("Google Cloud",
      "Vertex AI online prediction maximum request size", "1.5 MB",
      "gcloud reference, \"gcloud ai endpoints predict\": \"the service itself will accept instances up to the"
          + " payload limit size (currently, 1.5MB)\", https://cloud.google.com/sdk/gcloud/reference/ai/endpoints/predict");

  private GcpLimits() {}

  /** Every limit above, in the order of the table in this class's documentation. */
  public static List<ProviderLimit> all() {
    return List.of(CLOUD_RUN_REQUEST_TIMEOUT, CLOUD_RUN_REQUEST_SIZE, CLOUD_RUN_MEMORY, FUNCTIONS_1ST_GEN_TIMEOUT,
        FUNCTIONS_2ND_GEN_TIMEOUT, FUNCTIONS_1ST_GEN_MEMORY, FUNCTIONS_1ST_GEN_PAYLOAD,
        VERTEX_PREDICTION_REQUEST_SIZE);
  }
}
