package dev.costmodel.api.aws;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The AWS limits the bundled components check, each with where AWS documents it. A design beyond a hard limit
 * fails when its scenario is built ({@link LimitExceededException}); a design beyond a quota an account can
 * raise gets a {@link Finding} that names the quota.
 *
 * <table>
 *   <caption>Limits and what checks them</caption>
 *   <tr><th>limit</th><th>bound</th><th>checked on</th></tr>
 *   <tr><td>{@link #SERVERLESS_INVOCATION_TIMEOUT}</td><td>60 s</td>
 *       <td>{@code ServerlessInference.meanDuration}</td></tr>
 *   <tr><td>{@link #SERVERLESS_PAYLOAD}</td><td>4 MB</td><td>{@code Workload.requestPayload}, {@code responsePayload}</td></tr>
 *   <tr><td>{@link #SERVERLESS_MEMORY}</td><td>1 to 6 GB in 1 GB steps</td><td>{@code ServerlessInference.memory}</td></tr>
 *   <tr><td>{@link #SERVERLESS_ENDPOINT_CONCURRENCY}</td><td>200 (quota)</td>
 *       <td>mean concurrency of a {@code ServerlessInference}</td></tr>
 *   <tr><td>{@link #REALTIME_INVOCATION_TIMEOUT}</td><td>60 s</td><td>{@code RealtimeInference.meanDuration}</td></tr>
 *   <tr><td>{@link #REALTIME_PAYLOAD}</td><td>6 MB</td><td>{@code Workload.requestPayload}, {@code responsePayload}</td></tr>
 *   <tr><td>{@link #BILLING_MONTH}</td><td>730 h</td><td>{@code RealtimeInference.hoursPerMonth}</td></tr>
 *   <tr><td>{@link #TRAINING_MAX_RUNTIME}</td><td>28 days</td><td>{@code JobStep.duration} of a training step</td></tr>
 *   <tr><td>{@link #PROCESSING_MAX_RUNTIME}</td><td>777,600 s (9 days)</td>
 *       <td>{@code JobStep.duration} of a processing step, {@code DriftMonitor.jobDuration}</td></tr>
 *   <tr><td>{@link #MODEL_MONITOR_SINGLE_MODEL}</td><td>1 model per endpoint</td>
 *       <td>{@code DriftMonitor.Kind.MODEL_MONITOR} beside a multi-model real-time endpoint</td></tr>
 *   <tr><td>{@link #MODEL_MONITOR_NOT_SERVERLESS}</td><td>real-time endpoints only</td>
 *       <td>{@code DriftMonitor.Kind.MODEL_MONITOR} beside a {@code ServerlessInference}</td></tr>
 *   <tr><td>{@link #ASYNC_PAYLOAD}</td><td>1 GB</td><td>{@code Workload.requestPayload}, {@code responsePayload}
 *       served by an {@code AsyncInference}</td></tr>
 *   <tr><td>{@link #ASYNC_PROCESSING_TIME}</td><td>1 h</td><td>{@code AsyncInference.meanDuration}</td></tr>
 * </table>
 *
 * <p>AWS writes "MB" for these payloads; its API reference gives the real-time body's maximum as 6,291,456
 * bytes, that is 6 × 2<sup>20</sup>, so "MB" here is 2<sup>20</sup> bytes and 4 MB is 4,194,304 bytes.
 *
 * <p>Not instantiable; every constant is immutable.
 */
public final class AwsLimits {
  /** Seconds a serverless endpoint may take to answer one invocation: 60. */
  public static final Duration SERVERLESS_TIMEOUT = Duration.ofSeconds(60);
  /** The largest request or response a serverless endpoint accepts: 4 MB (4,194,304 bytes). */
  public static final DataSize SERVERLESS_MAX_PAYLOAD = DataSize.ofMebibytes(4);
  /** Concurrent invocations one serverless endpoint may run by default: 200 (a quota). */
  public static final BigDecimal SERVERLESS_MAX_CONCURRENCY = BigDecimal.valueOf(200);
  /** Seconds a real-time endpoint's container may take to answer one invocation: 60. */
  public static final Duration REALTIME_TIMEOUT = Duration.ofSeconds(60);
  /** The largest request or response a real-time endpoint accepts: 6 MB (6,291,456 bytes). */
  public static final DataSize REALTIME_MAX_PAYLOAD = DataSize.ofMebibytes(6);
  /** The longest a SageMaker training job may run: 28 days. */
  public static final Duration TRAINING_MAX_DURATION = Duration.ofDays(28);
  /** The longest a SageMaker processing job may run: 777,600 s (9 days). */
  public static final Duration PROCESSING_MAX_DURATION = Duration.ofSeconds(777_600);

  private static final String SERVERLESS_GUIDE = "SageMaker developer guide, \"Deploy models with Amazon SageMaker"
      + " Serverless Inference\", https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html";
  private static final String INVOKE_ENDPOINT = "SageMaker API reference, InvokeEndpoint,"
      + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html";
  private static final String MODEL_MONITOR_GUIDE = "SageMaker developer guide, \"Data and model quality"
      + " monitoring with Amazon SageMaker Model Monitor\","
      + " https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html";

  /** SageMaker Serverless Inference answers an invocation within 60 s or fails it; no request raises this. */
  public static final ProviderLimit SERVERLESS_INVOCATION_TIMEOUT = ProviderLimit.hard("AWS",
      "SageMaker Serverless Inference invocation timeout", "60 s", SERVERLESS_GUIDE);

  /** A serverless endpoint accepts requests and returns responses of at most 4 MB. */
  public static final ProviderLimit SERVERLESS_PAYLOAD = ProviderLimit.hard("AWS",
      "SageMaker Serverless Inference maximum request and response payload", "4 MB (4,194,304 bytes)",
      "SageMaker developer guide, \"Invoke a serverless endpoint\","
          + " https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html");

  /** A serverless endpoint's memory is 1024, 2048, 3072, 4096, 5120 or 6144 MB. */
  public static final ProviderLimit SERVERLESS_MEMORY = ProviderLimit.hard("AWS",
      "SageMaker Serverless Inference memory sizes, 1024 to 6144 MB in 1024 MB steps", "1, 2, 3, 4, 5 or 6 GiB",
      SERVERLESS_GUIDE);

  /** One serverless endpoint runs at most 200 invocations at once by default; an account can ask for more. */
  public static final ProviderLimit SERVERLESS_ENDPOINT_CONCURRENCY = ProviderLimit.quota("AWS",
      "SageMaker Serverless Inference maximum concurrency of one endpoint", "200 concurrent invocations",
      "SageMaker endpoints and quotas, https://docs.aws.amazon.com/general/latest/gr/sagemaker.html",
      "Maximum concurrency for a single serverless endpoint (Service Quotas, Amazon SageMaker)");

  /** A real-time endpoint's container must answer an invocation within 60 s. */
  public static final ProviderLimit REALTIME_INVOCATION_TIMEOUT = ProviderLimit.hard("AWS",
      "SageMaker real-time endpoint invocation timeout", "60 s", INVOKE_ENDPOINT);

  /** A real-time endpoint accepts requests and returns responses of at most 6 MB. */
  public static final ProviderLimit REALTIME_PAYLOAD = ProviderLimit.hard("AWS",
      "SageMaker real-time endpoint maximum request and response payload", "6 MB (6,291,456 bytes)",
      INVOKE_ENDPOINT);

  /**
   * A month has 730 billable hours ({@link PricingContext#HOURS_PER_MONTH}): the convention of AWS's price
   * pages and Pricing Calculator.
   */
  public static final ProviderLimit BILLING_MONTH = ProviderLimit.hard("AWS",
      "hours in the billing month", "730 h",
      "AWS Pricing Calculator, \"Assumptions\": 730 hours in a month,"
          + " https://docs.aws.amazon.com/pricing-calculator/latest/userguide/pricing-assumptions.html");

  /** A SageMaker training job runs at most 28 days ({@code StoppingCondition.MaxRuntimeInSeconds}). */
  public static final ProviderLimit TRAINING_MAX_RUNTIME = ProviderLimit.hard("AWS",
      "SageMaker training job maximum runtime", "28 days (2,419,200 s)",
      "SageMaker API reference, StoppingCondition.MaxRuntimeInSeconds,"
          + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html");

  /** A SageMaker processing job runs at most 777,600 s ({@code ProcessingStoppingCondition}). */
  public static final ProviderLimit PROCESSING_MAX_RUNTIME = ProviderLimit.hard("AWS",
      "SageMaker processing job maximum runtime", "777,600 s (9 days)",
      "SageMaker API reference, ProcessingStoppingCondition.MaxRuntimeInSeconds,"
          + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingStoppingCondition.html");

  /** Model Monitor supports only endpoints that host a single model, not multi-model endpoints. */
  public static final ProviderLimit MODEL_MONITOR_SINGLE_MODEL = ProviderLimit.hard("AWS",
      "SageMaker Model Monitor endpoints", "endpoints that host a single model (no multi-model endpoints)",
      MODEL_MONITOR_GUIDE);

  /** Serverless Inference does not support Model Monitor (one of its feature exclusions). */
  public static final ProviderLimit MODEL_MONITOR_NOT_SERVERLESS = ProviderLimit.hard("AWS",
      "SageMaker Serverless Inference feature exclusions", "no Model Monitor, no multi-model endpoints",
      SERVERLESS_GUIDE);

  /** The largest request or response an asynchronous endpoint accepts: 1 GB (1,073,741,824 bytes). */
  public static final DataSize ASYNC_MAX_PAYLOAD = DataSize.ofGibibytes(1);
  /** The longest an asynchronous endpoint may process one request: 1 hour. */
  public static final Duration ASYNC_TIMEOUT = Duration.ofHours(1);

  private static final String ASYNC_GUIDE = "SageMaker developer guide, \"Asynchronous inference\","
      + " https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html";

  /**
   * An asynchronous endpoint takes payloads of up to 1 GB, through S3. AWS writes "1GB"; read, like its other
   * payload limits, as 2<sup>30</sup> bytes.
   */
  public static final ProviderLimit ASYNC_PAYLOAD = ProviderLimit.hard("AWS",
      "SageMaker Asynchronous Inference maximum payload", "1 GB (1,073,741,824 bytes)", ASYNC_GUIDE);

  /**
   * An asynchronous endpoint processes one request for up to one hour ({@code InvocationTimeoutSeconds} at most
   * 3,600; 15 minutes by default).
   */
  public static final ProviderLimit ASYNC_PROCESSING_TIME = ProviderLimit.hard("AWS",
      "SageMaker Asynchronous Inference maximum processing time", "1 h (3,600 s)", ASYNC_GUIDE
          + "; InvocationTimeoutSeconds, \"Invoke an Asynchronous Endpoint\","
          + " https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-invoke-endpoint.html");

  private AwsLimits() {}

  /** Every limit above, in the order of the table in this class's documentation. */
  public static List<ProviderLimit> all() {
    return List.of(SERVERLESS_INVOCATION_TIMEOUT, SERVERLESS_PAYLOAD, SERVERLESS_MEMORY,
        SERVERLESS_ENDPOINT_CONCURRENCY, REALTIME_INVOCATION_TIMEOUT, REALTIME_PAYLOAD, BILLING_MONTH,
        TRAINING_MAX_RUNTIME, PROCESSING_MAX_RUNTIME, MODEL_MONITOR_SINGLE_MODEL, MODEL_MONITOR_NOT_SERVERLESS,
        ASYNC_PAYLOAD, ASYNC_PROCESSING_TIME);
  }
}
