package dev.costmodel.api.aws;

import static dev.costmodel.api.Fixtures.flat;

import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceUnit;
import java.util.List;

/** A hand-made catalog of the list prices the endpoint options need (us-east-1, as in the bundled catalog). */
final class EndpointFixtures {
  /**
   * Hosting ml.m5.xlarge 0.23 and ml.c5.xlarge 0.204 per instance-hour, batch transform ml.m5.xlarge 0.23,
   * processing ml.m5.xlarge 0.23, data processed 0.016 per GiB each way, S3 PUT 0.005 and GET 0.0004 per 1,000.
   */
  static final PriceCatalog PRICES = PriceCatalog.of("endpoints/us-east-1", List.of(
      flat("SageMaker", "RealTimeHosting", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "RealTimeHosting", "ml.c5.xlarge", "0.204", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "BatchTransform", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "Processing", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "ServerlessInference", "2048MB", "0.00004", PriceUnit.SECOND),
      flat("SageMaker", "DataProcessedIn", "endpoint", "0.016", PriceUnit.GIB),
      flat("SageMaker", "DataProcessedOut", "endpoint", "0.016", PriceUnit.GIB),
      flat("S3", "Requests", "PUT", "0.005", PriceUnit.THOUSAND_REQUESTS),
      flat("S3", "Requests", "GET", "0.0004", PriceUnit.THOUSAND_REQUESTS)));

  /** The seed's 100,000 users × 40 requests = 4,000,000 requests a month, 20 KiB in and 2 KiB out. */
  static final Workload SEED_WORKLOAD = workload(100_000, 40);

  private EndpointFixtures() {}

  static Workload workload(long users, double requestsPerUser) {
    return Workload.builder().users(users).requestsPerUserPerMonth(requestsPerUser)
        .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();
  }

  static CostScenario.Builder scenario(Workload workload, ModelTopology topology) {
    return CostScenario.builder().name("endpoints").prices(PRICES).workload(workload).topology(topology);
  }
}
