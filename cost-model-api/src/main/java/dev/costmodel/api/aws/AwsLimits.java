package dev.costmodel.api.aws;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.ProviderLimit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The AWS limits the bundled components check, each with where AWS documents it. A design beyond a hard limit
 * fails when its scenario is built ({@link dev.costmodel.api.LimitExceededException}); a design beyond a quota an account can
 * raise gets a {@link dev.costmodel.api.Finding} that names the quota.
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
 *   <tr><td>{@link #LAMBDA_FUNCTION_TIMEOUT}</td><td>900 s (15 minutes)</td>
 *       <td>{@code LambdaInference.meanDuration}, {@code warmUpDuration}</td></tr>
 *   <tr><td>{@link #LAMBDA_PAYLOAD}</td><td>6 MB</td><td>{@code Workload.requestPayload}, {@code responsePayload}</td></tr>
 *   <tr><td>{@link #LAMBDA_MEMORY}</td><td>128 to 10,240 MB</td><td>{@code LambdaInference.memory}</td></tr>
 *   <tr><td>{@link #LAMBDA_EPHEMERAL_STORAGE}</td><td>512 to 10,240 MB</td>
 *       <td>{@code LambdaInference.ephemeralStorage}</td></tr>
 *   <tr><td>{@link #LAMBDA_CONCURRENT_EXECUTIONS}</td><td>1,000 (quota)</td>
 *       <td>mean concurrency of a {@code LambdaInference}</td></tr>
 *   <tr><td>{@link #API_GATEWAY_REST_TIMEOUT}</td><td>29 s (quota)</td>
 *       <td>mean duration of the inference behind a REST {@code ApiGateway}</td></tr>
 *   <tr><td>{@link #API_GATEWAY_HTTP_TIMEOUT}</td><td>30 s</td>
 *       <td>mean duration of the inference behind an HTTP {@code ApiGateway}</td></tr>
 *   <tr><td>{@link #API_GATEWAY_PAYLOAD}</td><td>10 MB</td>
 *       <td>{@code Workload.requestPayload}, {@code responsePayload} behind an {@code ApiGateway}</td></tr>
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
   * A month has 730 billable hours ({@link dev.costmodel.api.PricingContext#HOURS_PER_MONTH}): the convention of AWS's price
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

  // ------------------------------------------------------------------ Lambda and API Gateway (LambdaInference, ApiGateway)

  /** The longest a Lambda invocation may run: 900 s (15 minutes). */
  public static final Duration LAMBDA_TIMEOUT = Duration.ofMinutes(15);
  /** The largest request or response of a synchronous Lambda invocation: 6 MB (6,291,456 bytes). */
  public static final DataSize LAMBDA_MAX_PAYLOAD = DataSize.ofMebibytes(6);
  /** Concurrent executions an account may run in a region by default: 1,000 (a quota). */
  public static final BigDecimal LAMBDA_MAX_CONCURRENCY = BigDecimal.valueOf(1_000);
  /** The integration timeout of a REST API by default: 29 s (a quota for Regional and private APIs). */
  public static final Duration API_GATEWAY_REST_MAX_TIMEOUT = Duration.ofSeconds(29);
  /** The integration timeout of an HTTP API: 30 s. */
  public static final Duration API_GATEWAY_HTTP_MAX_TIMEOUT = Duration.ofSeconds(30);
  /** The largest request or response API Gateway passes: 10 MB (taken as 10,485,760 bytes). */
  public static final DataSize API_GATEWAY_MAX_PAYLOAD = DataSize.ofMebibytes(10);

  private static final String LAMBDA_QUOTAS = "Lambda developer guide, \"Lambda quotas\","
      + " https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";
  private static final String REST_QUOTAS = "API Gateway developer guide, \"Quotas for configuring and running a"
      + " REST API in API Gateway\","
      + " https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html";
  private static final String HTTP_QUOTAS = "API Gateway developer guide, \"Quotas for configuring and running an"
      + " HTTP API in API Gateway\", https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html";

  /** A Lambda function runs at most 900 seconds (15 minutes) per invocation; no request raises this. */
  public static final ProviderLimit LAMBDA_FUNCTION_TIMEOUT = ProviderLimit.hard("AWS",
      "Lambda function timeout", "900 s (15 minutes)", LAMBDA_QUOTAS);

  /** A synchronous Lambda invocation takes a request and returns a response of at most 6 MB each. */
  public static final ProviderLimit LAMBDA_PAYLOAD = ProviderLimit.hard("AWS",
      "Lambda synchronous invocation payload, request and response", "6 MB (6,291,456 bytes)", LAMBDA_QUOTAS);

  /** A Lambda function's memory is 128 to 10,240 MB in 1 MB steps. */
  public static final ProviderLimit LAMBDA_MEMORY = ProviderLimit.hard("AWS",
      "Lambda function memory, in 1 MB steps", "128 to 10,240 MB", LAMBDA_QUOTAS);

  /** A Lambda function's ephemeral storage ({@code /tmp}) is 512 to 10,240 MB. */
  public static final ProviderLimit LAMBDA_EPHEMERAL_STORAGE = ProviderLimit.hard("AWS",
      "Lambda function ephemeral storage (/tmp)", "512 to 10,240 MB", LAMBDA_QUOTAS);

  /** An account runs at most 1,000 Lambda executions at once per region by default; it can ask for more. */
  public static final ProviderLimit LAMBDA_CONCURRENT_EXECUTIONS = ProviderLimit.quota("AWS",
      "Lambda concurrent executions per account and region", "1,000 concurrent executions", LAMBDA_QUOTAS,
      "Concurrent executions (Service Quotas, AWS Lambda)");

  /**
   * A REST API waits at most 29 s for its integration by default; for Regional and private REST APIs (not
   * edge-optimized ones) an account can ask for more, possibly at the cost of a lower account-level throttle
   * quota (AWS What's New, 2024-06-04,
   * https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/).
   */
  public static final ProviderLimit API_GATEWAY_REST_TIMEOUT = ProviderLimit.quota("AWS",
      "API Gateway REST API integration timeout", "29 s", REST_QUOTAS,
      "Maximum integration timeout in milliseconds (Service Quotas, Amazon API Gateway)");

  /** An HTTP API waits at most 30 s for its integration; AWS does not raise it. */
  public static final ProviderLimit API_GATEWAY_HTTP_TIMEOUT = ProviderLimit.hard("AWS",
      "API Gateway HTTP API maximum integration timeout", "30 s", HTTP_QUOTAS);

  /** REST and HTTP APIs pass payloads of at most 10 MB; AWS does not raise it. */
  public static final ProviderLimit API_GATEWAY_PAYLOAD = ProviderLimit.hard("AWS",
      "API Gateway payload size, REST and HTTP APIs", "10 MB", REST_QUOTAS + "; " + HTTP_QUOTAS);
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
        LAMBDA_FUNCTION_TIMEOUT, LAMBDA_PAYLOAD, LAMBDA_MEMORY, LAMBDA_EPHEMERAL_STORAGE,
        LAMBDA_CONCURRENT_EXECUTIONS, API_GATEWAY_REST_TIMEOUT, API_GATEWAY_HTTP_TIMEOUT, API_GATEWAY_PAYLOAD,
        ASYNC_PAYLOAD, ASYNC_PROCESSING_TIME);
  }
}
