package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.Workload;
import dev.costmodel.api.internal.Formats;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.util.List;

/** The "data processed" lines every SageMaker endpoint pays: request payloads in, response payloads out. */
final class EndpointData {
  /** The catalog key for data sent to an endpoint. */
  static final PriceKey IN = PriceKey.of("SageMaker", "DataProcessedIn", "endpoint");
  /** The catalog key for data returned by an endpoint. */
  static final PriceKey OUT = PriceKey.of("SageMaker", "DataProcessedOut", "endpoint");

  private EndpointData() {}

  static List<LineItem> lineItems(String component, PricingContext context) {
    Workload workload = context.workload();
    PricingContext.Term requests = PricingContext.term(workload.requestsPerMonth(), "request", "requests");
    return List.of(
        context.lineItem(component, CostCategory.INFERENCE, "data processed in (requests)", IN, "resource",
            workload.requestGibibytesPerMonth(),
            List.of(requests, PricingContext.term(workload.requestPayload().toString()))),
        context.lineItem(component, CostCategory.INFERENCE, "data processed out (responses)", OUT, "resource",
            workload.responseGibibytesPerMonth(),
            List.of(requests, PricingContext.term(workload.responsePayload().toString()))));
  }

  /** Throws a {@link LimitExceededException} if a request or response payload is above {@code max}. */
  static void checkPayloads(String component, PricingContext context, DataSize max, ProviderLimit limit) {
    checkPayloads(component, context, max, limit, "serve larger payloads from an asynchronous endpoint (up to 1"
        + " GB through S3) or a batch transform job, or send a reference to the data in S3 instead of the data");
  }

  /**
   * Throws a {@link LimitExceededException} if a request or response payload is above {@code max}, naming
   * {@code fix}.
   */
  static void checkPayloads(String component, PricingContext context, DataSize max, ProviderLimit limit,
      String fix) {
    Workload workload = context.workload();
    checkPayload("requestPayload", component, workload.requestPayload(), max, limit, fix);
    checkPayload("responsePayload", component, workload.responsePayload(), max, limit, fix);
  }

  /**
   * Throws a {@link LimitExceededException} if the scenario has a {@link DriftMonitor} of kind
   * {@link DriftMonitor.Kind#MODEL_MONITOR}: SageMaker Model Monitor cannot watch {@code endpoint}, a
   * multi-model endpoint.
   */
  static void refuseModelMonitor(PricingContext context, String endpoint) {
    boolean modelMonitor = context.components().stream().anyMatch(c -> c instanceof DriftMonitor
        && ((DriftMonitor) c).kind() == DriftMonitor.Kind.MODEL_MONITOR);
    if (modelMonitor) {
      ProviderLimit limit = AwsLimits.MODEL_MONITOR_SINGLE_MODEL;
      throw LimitExceededException.withMessage("DriftMonitor.kind", limit,
          "DriftMonitor.kind MODEL_MONITOR cannot watch " + endpoint + ": Model Monitor supports only "
              + limit.bound() + " (AWS: " + limit.source() + "); use DriftMonitor.Kind.CUSTOM_PROCESSING,"
              + " a scheduled Processing job of your own that this formula prices the same");
    }
  }

  private static void checkPayload(String payload, String component, DataSize value, DataSize max,
      ProviderLimit limit, String fix) {
    if (value.compareTo(max) > 0) {
      throw LimitExceededException.of("Workload." + payload + " (served by " + component + ")", "<=", limit,
          value + " (" + Formats.exact(BigDecimal.valueOf(value.toBytes())) + " bytes)", fix);
    }
  }

  /**
   * The finding of a real-time endpoint that serves more than one model: it is priced as a SageMaker
   * multi-model endpoint, with what that implies; empty for one model.
   */
  static java.util.Optional<Finding> multiModelFinding(String component, String endpoint, PricingContext context) {
    long models = context.modelCount();
    if (models <= 1) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Finding.of(Finding.Severity.WARNING, FindingCode.MULTI_MODEL_ENDPOINT, component,
        "one " + endpoint + " serving " + Formats.whole(models) + " models (" + context.topology() + ") is priced"
            + " as a SageMaker multi-model endpoint: the same instance-hours, but models load on demand, so expect"
            + " loading latency on cache misses (a cold load can take minutes), and note that Model Monitor does"
            + " not support multi-model endpoints; use MultiModelEndpoint to size the instances for the models"
            + " kept warm"));
  }
}
