package dev.costmodel.assertj;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
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
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

/** The seed report's pattern B (section 5, prices typed in by hand from section 5), priced with the api alone. */
final class Estimates {
  private static final PriceSource SEED = PriceSource.of("seed report section 5", "2026", PriceStatus.SECONDARY);

  static final PriceCatalog PRICES = PriceCatalog.of("test/us-east-1", List.of(
      flat("SageMaker", "Training", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "Processing", "ml.m5.xlarge", "0.23", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "RealTimeHosting", "ml.c5.xlarge", "0.204", PriceUnit.INSTANCE_HOUR),
      flat("SageMaker", "ServerlessInference", "2048MB", "0.00004", PriceUnit.SECOND),
      flat("SageMaker", "DataProcessedIn", "endpoint", "0.016", PriceUnit.GIB),
      flat("SageMaker", "DataProcessedOut", "endpoint", "0.016", PriceUnit.GIB),
      flat("S3", "Storage", "Standard", "0.023", PriceUnit.GIB_MONTH)));

  static final Workload WORKLOAD = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  static final RetrainPipeline RETRAIN = RetrainPipeline.builder()
      .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
      .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
      .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
      .runsPerMonth(1.2).build();

  static final ModelStorage STORAGE = ModelStorage.builder()
      .artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();

  static final ServerlessInference SERVERLESS = ServerlessInference.builder()
      .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build();

  static final RealtimeInference REALTIME = RealtimeInference.builder()
      .instanceType("ml.c5.xlarge").instanceCount(2).build();

  static final DriftMonitor MONITOR = DriftMonitor.builder().kind(DriftMonitor.Kind.CUSTOM_PROCESSING)
      .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();

  /** Seed 7-3: USD 69.07 (retrain 50.60, storage 0.54, inference 17.34, monitoring 0.59). */
  static final MonthlyEstimate SERVERLESS_B = scenario("B (G=200) / serverless", SERVERLESS).estimate();

  /** Seed 7-3: USD 350.91 (retrain 50.60, storage 0.54, inference 299.18, monitoring 0.59). */
  static final MonthlyEstimate REALTIME_B = scenario("B (G=200) / real-time", REALTIME).estimate();

  private Estimates() {}

  static CostScenario scenario(String name, CostComponent inference) {
    return CostScenario.builder().name(name).prices(PRICES).workload(WORKLOAD).topology(ModelTopology.perGroup(200))
        .addComponent(RETRAIN).addComponent(STORAGE).addComponent(inference).addComponent(MONITOR).build();
  }

  /** Pattern B / serverless at 150 JPY a dollar: JPY 10,361. */
  static MonthlyEstimate inYen() {
    return SERVERLESS_B.convertedTo(Currency.getInstance("JPY"), new BigDecimal("150"));
  }

  /** {@code estimate} with one more finding of a code of the user's own. */
  static MonthlyEstimate withOwnFinding(MonthlyEstimate estimate) {
    return MonthlyEstimate.builder().from(estimate).addFinding(
        Finding.of(Finding.Severity.INFO, "my-queue-unbounded", "MyQueue", "the queue has no size limit")).build();
  }

  private static Price flat(String service, String usage, String resource, String price, PriceUnit unit) {
    return Price.flat(PriceKey.of(service, usage, resource), UnitPrice.of(Money.usd(price), unit), SEED);
  }
}
