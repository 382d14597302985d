package dev.costmodel.api;

import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** The seed report's prices and components, typed in by hand from its section 5, for api tests. */
public final class Fixtures {
  public static final PriceSource SEED = PriceSource.of("seed report section 5", "2026", PriceStatus.SECONDARY);
  public static final PriceSource GUESS = PriceSource.of("test guess", "2026", PriceStatus.INFERRED);

  public static final PriceCatalog PRICES = PriceCatalog.of("test/us-east-1", List.of(
      flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "Processing", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "RealTimeHosting", "ml.c5.xlarge", "0.204", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "RealTimeHosting", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "ServerlessInference", "1024MB", "0.00002", PriceUnit.SECOND),
      flat("SageMaker", "ServerlessInference", "2048MB", "0.00004", PriceUnit.SECOND),
      flat("SageMaker", "ServerlessInference", "3072MB", "0.00006", PriceUnit.SECOND),
      flat("SageMaker", "ServerlessInference", "4096MB", "0.00008", PriceUnit.SECOND),
      flat("SageMaker", "ServerlessInference", "5120MB", "0.0001", PriceUnit.SECOND),
      flat("SageMaker", "ServerlessInference", "6144MB", "0.00012", PriceUnit.SECOND),
      flat("SageMaker", "DataProcessedIn", "endpoint", "0.016", PriceUnit.GIB),
      flat("SageMaker", "DataProcessedOut", "endpoint", "0.016", PriceUnit.GIB),
      Price.tiered(PriceKey.of("S3", "Storage", "Standard"), List.of(
          PriceTier.of(BigDecimal.ZERO, new BigDecimal("51200"), rate("0.023", PriceUnit.GIB_MONTH)),
          PriceTier.of(new BigDecimal("51200"), new BigDecimal("512000"), rate("0.022", PriceUnit.GIB_MONTH))
              .withSource(GUESS),
          PriceTier.from(new BigDecimal("512000"), rate("0.021", PriceUnit.GIB_MONTH)).withSource(GUESS)),
          SEED)));

  public static final Workload WORKLOAD = Workload.builder()
      .users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2))
      .build();

  public static final RetrainPipeline RETRAIN = RetrainPipeline.builder()
      .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
      .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
      .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
      .runsPerMonth(1.2)
      .build();

  public static final ModelStorage STORAGE = ModelStorage.builder()
      .artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();

  public static final ServerlessInference SERVERLESS = ServerlessInference.builder()
      .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build();

  public static final RealtimeInference REALTIME = RealtimeInference.builder()
      .instanceType("ml.c5.xlarge").instanceCount(2).build();

  public static final DriftMonitor CUSTOM_MONITOR = monitor(DriftMonitor.Kind.CUSTOM_PROCESSING);
  public static final DriftMonitor MODEL_MONITOR = monitor(DriftMonitor.Kind.MODEL_MONITOR);

  private Fixtures() {}

  public static CostScenario.Builder scenario(ModelTopology topology) {
    return CostScenario.builder().name("test").prices(PRICES).workload(WORKLOAD).topology(topology);
  }

  public static MonthlyEstimate serverless(ModelTopology topology) {
    return scenario(topology)
        .addComponent(RETRAIN).addComponent(STORAGE).addComponent(SERVERLESS).addComponent(CUSTOM_MONITOR)
        .build().estimate();
  }

  /**
   * The seed's real-time design: Model Monitor where the endpoint hosts one model (pattern C); for many models
   * (patterns A and B) a custom processing monitor, since Model Monitor cannot watch a multi-model endpoint and
   * the seed's formula prices both the same.
   */
  public static MonthlyEstimate realtime(ModelTopology topology) {
    DriftMonitor monitor = topology.kind() == ModelTopology.Kind.SHARED ? MODEL_MONITOR : CUSTOM_MONITOR;
    return scenario(topology)
        .addComponent(RETRAIN).addComponent(STORAGE).addComponent(REALTIME).addComponent(monitor)
        .build().estimate();
  }

  public static Price flat(String service, String usage, String resource, String price, PriceUnit unit) {
    return Price.flat(PriceKey.of(service, usage, resource), rate(price, unit), SEED);
  }

  public static UnitPrice rate(String price, PriceUnit unit) {
    return UnitPrice.of(Money.usd(price), unit);
  }

  public static BigDecimal cents(MonthlyEstimate estimate) {
    return estimate.total().rounded().amount();
  }

  private static DriftMonitor monitor(DriftMonitor.Kind kind) {
    return DriftMonitor.builder().kind(kind).instanceType("ml.m5.xlarge").jobsPerMonth(30)
        .jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();
  }
}
