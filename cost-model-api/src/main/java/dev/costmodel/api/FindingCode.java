package dev.costmodel.api;

/**
 * The stable codes of the findings the bundled components and {@link CostScenario} report, so a test can name
 * a finding without a string literal:
 *
 * <pre>{@code
 * assertThat(estimate.findings()).noneMatch(f -> f.is(FindingCode.SINGLE_INSTANCE_ENDPOINT));
 * }</pre>
 *
 * <p>A code's {@link #id()} never changes once released; a component of your own may use codes of its own
 * through {@link Finding#of(Finding.Severity, String, String, String)}.
 */
public enum FindingCode {
  /** A real-time endpoint on one instance has no redundancy. */
  SINGLE_INSTANCE_ENDPOINT("single-instance-endpoint"),
  /** A real-time endpoint serves more than one model, so it is priced as a multi-model endpoint. */
  MULTI_MODEL_ENDPOINT("multi-model-endpoint"),
  /** One serverless endpoint would serve more than one model, which Serverless Inference cannot do. */
  SERVERLESS_MANY_MODELS("serverless-many-models"),
  /** A serverless endpoint's mean concurrency is above the default quota of concurrent invocations. */
  SERVERLESS_CONCURRENCY_QUOTA("serverless-concurrency-quota"),
  /** The estimate reached a price or a tier that was inferred, not read from a source. */
  INFERRED_PRICES("inferred-prices"),
  /** {@code perGroup(n)} has more groups than the workload has users; only groups with users are priced. */
  MORE_GROUPS_THAN_USERS("more-groups-than-users"),
  /** The scenario holds the same kind of component more than once, and each is priced in full. */
  REPEATED_COMPONENT("repeated-component"),
  /** The scenario holds inference components of different kinds, and each serves the whole workload. */
  MIXED_INFERENCE("mixed-inference"),
  /** A drift monitor with no inference component in the scenario to watch. */
  MONITOR_WITHOUT_ENDPOINT("monitor-without-endpoint"),
  /** SageMaker Model Monitor is chosen, which AWS no longer opens to new customers. */
  MODEL_MONITOR_AVAILABILITY("model-monitor-availability"),
  /** A Lambda function's mean concurrency is above the account's default quota of concurrent executions. */
  LAMBDA_CONCURRENCY_QUOTA("lambda-concurrency-quota"),
  /** The Lambda free tier is subtracted (it is per account), or was asked for but AWS would not apply it. */
  LAMBDA_FREE_TIER("lambda-free-tier"),
  /** The inference behind a REST API takes longer than its default 29-second integration timeout. */
  API_GATEWAY_TIMEOUT_QUOTA("api-gateway-timeout-quota"),
  /** An autoscaled endpoint's traffic needs more instances in some hour than its {@code maxInstances}. */
  AUTOSCALING_MAX_INSTANCES("autoscaling-max-instances"),
  /** A multi-model endpoint keeps only some models warm; the others load from S3 on their first request. */
  MULTI_MODEL_COLD_LOADS("multi-model-cold-loads"),
  /** A multi-model endpoint has no drift monitor, and SageMaker Model Monitor cannot watch one. */
  MULTI_MODEL_NO_MODEL_MONITOR("multi-model-no-model-monitor"),
  /** An asynchronous endpoint's active hours are too few to process its requests: the queue grows. */
  ASYNC_BACKLOG("async-backlog"),
  /** A training step on managed spot training costs more than on demand: its overhead outweighs its discount. */
  MANAGED_SPOT_COSTS_MORE("managed-spot-costs-more"),
  /** Scheduled invocations go beyond the EventBridge Scheduler invocations free each month (per account). */
  SCHEDULER_FREE_TIER_EXCEEDED("scheduler-free-tier-exceeded"),
  /** A component is priced with a provider's free allowance, which the account's other usage shares. */
  FREE_ALLOWANCE_SHARED("free-allowance-shared"),
  /** An endpoint that bills its nodes or instances with no traffic: it cannot scale to zero (Vertex AI, Azure ML). */
  NO_SCALE_TO_ZERO("no-scale-to-zero"),
  /** Several models on a provider with no multi-model endpoint: each deployed model has nodes of its own. */
  NO_MULTI_MODEL_ENDPOINT("no-multi-model-endpoint"),
  /** A role of a cross-cloud comparison that a provider has no bundled component for. */
  NO_EQUIVALENT("no-equivalent"),
  /** A GPU design on a provider whose serverless option offers no GPU. */
  NO_SERVERLESS_GPU("no-serverless-gpu");

  private final String id;

  FindingCode(String id) {
    this.id = id;
  }

  /** The code as it appears in {@link Finding#code()}, such as {@code single-instance-endpoint}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
