package dev.costmodel.api;

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
    PricingContext.Term requests = PricingContext.term(workload.requestsPerMonth(), "requests");
    return List.of(
        context.lineItem(component, CostCategory.INFERENCE, "data processed in (requests)", IN, "resource",
            workload.requestGibibytesPerMonth(),
            List.of(requests, PricingContext.term(workload.requestPayload().toString()))),
        context.lineItem(component, CostCategory.INFERENCE, "data processed out (responses)", OUT, "resource",
            workload.responseGibibytesPerMonth(),
            List.of(requests, PricingContext.term(workload.responsePayload().toString()))));
  }
}
