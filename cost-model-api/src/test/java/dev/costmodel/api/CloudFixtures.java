package dev.costmodel.api;

import static dev.costmodel.api.Fixtures.flat;

import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceUnit;
import java.util.List;

/**
 * Hand-made Google Cloud and Azure catalogs for the api module's tests of the {@code gcp} and {@code azure}
 * components, with the list prices the bundled catalogs record (Cloud Run, Cloud Functions and Vertex AI
 * pricing for us-central1; Azure Functions and Linux VM pay-as-you-go prices for East US).
 */
public final class CloudFixtures {
  /**
   * Cloud Run request-based CPU 0.000024 per vCPU-second, memory 0.0000025 per GiB-second, requests 0.40 per
   * million; minimum instances idle CPU 0.0000025 per vCPU-second, idle memory 0.000002 per GiB-second (a test
   * rate, distinct from the others so a line priced at the wrong key shows); Cloud Functions (1st gen)
   * invocations 0.40 per million, memory 0.0000025 per GiB-second, CPU 0.00001 per GHz-second; Vertex AI
   * n1-standard-4 online and batch prediction 0.219 per node-hour, n1-standard-2 online 0.1095, T4 prediction
   * accelerator 0.4025 per hour, n1-standard-4 training 0.2185 per hour, T4 training accelerator 0.35 per hour
   * (a test rate, distinct from the prediction one).
   */
  public static final PriceCatalog GCP = PriceCatalog.of("gcp/test-central1", List.of(
      flat("CloudRun", "CPU", "request-based", "0.000024", PriceUnit.VCPU_SECOND),
      flat("CloudRun", "Memory", "request-based", "0.0000025", PriceUnit.GIB_SECOND),
      flat("CloudRun", "Requests", "", "0.40", PriceUnit.MILLION_REQUESTS),
      flat("CloudRun", "IdleCPU", "min-instance", "0.0000025", PriceUnit.VCPU_SECOND),
      flat("CloudRun", "IdleMemory", "min-instance", "0.000002", PriceUnit.GIB_SECOND),
      flat("CloudFunctions", "Invocations", "", "0.40", PriceUnit.MILLION_INVOCATIONS),
      flat("CloudFunctions", "Memory", "", "0.0000025", PriceUnit.GIB_SECOND),
      flat("CloudFunctions", "CPU", "", "0.00001", PriceUnit.GHZ_SECOND),
      flat("VertexAI", "OnlinePrediction", "n1-standard-4", "0.219", PriceUnit.NODE_HOUR),
      flat("VertexAI", "OnlinePrediction", "n1-standard-2", "0.1095", PriceUnit.NODE_HOUR),
      flat("VertexAI", "PredictionAccelerator", "NVIDIA_TESLA_T4", "0.4025", PriceUnit.HOUR),
      flat("VertexAI", "BatchPrediction", "n1-standard-4", "0.219", PriceUnit.NODE_HOUR),
      flat("VertexAI", "Training", "n1-standard-4", "0.2185", PriceUnit.INSTANCE_HOUR),
      flat("VertexAI", "TrainingAccelerator", "NVIDIA_TESLA_T4", "0.35", PriceUnit.HOUR)));

  /**
   * Azure Functions consumption plan execution time 0.000016 per GB-second and executions 0.20 per million;
   * Linux VMs Standard_DS2_v2 0.146 and Standard_DS3_v2 0.293 per hour.
   */
  public static final PriceCatalog AZURE = PriceCatalog.of("azure/test-eastus", List.of(
      flat("Functions", "ExecutionTime", "consumption", "0.000016", PriceUnit.GIB_SECOND),
      flat("Functions", "Executions", "consumption", "0.20", PriceUnit.MILLION_REQUESTS),
      flat("VirtualMachines", "Linux", "Standard_DS2_v2", "0.146", PriceUnit.INSTANCE_HOUR),
      flat("VirtualMachines", "Linux", "Standard_DS3_v2", "0.293", PriceUnit.INSTANCE_HOUR)));

  /** The seed prices of {@link Fixtures#PRICES} under a name that says AWS. */
  public static final PriceCatalog AWS = PriceCatalog.of("aws/test-east-1", Fixtures.PRICES.prices());

  /** The seed's 100,000 users × 40 = 4,000,000 requests a month, 20 KiB in and 2 KiB out. */
  public static final Workload SEED = workload(100_000, 40);

  private CloudFixtures() {}

  /** {@code users} users making {@code requestsPerUser} requests a month each, 20 KiB in and 2 KiB out. */
  public static Workload workload(long users, double requestsPerUser) {
    return Workload.builder().users(users).requestsPerUserPerMonth(requestsPerUser)
        .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();
  }

  /** A workload of {@code requests} requests a month with the given payloads. */
  public static Workload payloads(DataSize request, DataSize response) {
    return Workload.builder().users(1).requestsPerUserPerMonth(1000).requestPayload(request)
        .responsePayload(response).build();
  }

  /** A scenario of {@code component} alone. */
  public static CostScenario scenario(PriceCatalog prices, Workload workload, ModelTopology topology,
      CostComponent component) {
    return CostScenario.builder().name("clouds").prices(prices).workload(workload).topology(topology)
        .addComponent(component).build();
  }

  /** The estimate of {@code component} alone, for one shared model. */
  public static MonthlyEstimate estimate(PriceCatalog prices, Workload workload, CostComponent component) {
    return scenario(prices, workload, ModelTopology.shared(), component).estimate();
  }
}
