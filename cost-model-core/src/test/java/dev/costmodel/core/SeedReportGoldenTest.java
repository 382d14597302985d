package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.DriftMonitor;
import dev.costmodel.api.JobStep;
import dev.costmodel.api.ModelStorage;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.RealtimeInference;
import dev.costmodel.api.RetrainPipeline;
import dev.costmodel.api.ServerlessInference;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed report's tables (section 7-3), typed in by hand, from the bundled aws/us-east-1 catalog: the
 * bundled prices must give the seed's numbers to the cent.
 */
class SeedReportGoldenTest {
  private static final Workload WORKLOAD = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();
  private static final RetrainPipeline RETRAIN = RetrainPipeline.builder()
      .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
      .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
      .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
      .runsPerMonth(1.2).build();
  private static final ModelStorage STORAGE =
      ModelStorage.builder().artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();

  private static DriftMonitor monitor(DriftMonitor.Kind kind) {
    return DriftMonitor.builder().kind(kind).instanceType("ml.m5.xlarge").jobsPerMonth(30)
        .jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();
  }

  private static MonthlyEstimate estimate(String pattern, CostComponent inference, DriftMonitor.Kind kind) {
    ModelTopology topology = pattern.equals("A") ? ModelTopology.perUser()
        : pattern.equals("B") ? ModelTopology.perGroup(200) : ModelTopology.shared();
    return CostScenario.builder().name(pattern).prices(PriceCatalogs.awsUsEast1()).workload(WORKLOAD)
        .topology(topology).addAllComponents(List.of(RETRAIN, STORAGE, inference, monitor(kind))).build()
        .estimate();
  }

  @ParameterizedTest(name = "7-3 (A) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 17.34, 0.59, 25587.46",
      "B, 50.60, 0.54, 17.34, 0.59, 69.07",
      "C, 0.25, 0.00, 17.34, 0.59, 18.19"})
  void serverless(String pattern, String retrain, String storage, String inference, String monitor, String total) {
    ServerlessInference serverless = ServerlessInference.builder().memory(DataSize.ofGibibytes(2))
        .meanDuration(Duration.ofMillis(100)).build();
    check(estimate(pattern, serverless, DriftMonitor.Kind.CUSTOM_PROCESSING),
        retrain, storage, inference, monitor, total);
  }

  @ParameterizedTest(name = "7-3 (B) pattern {0}")
  @CsvSource({
      "A, 25300.00, 269.53, 299.18, 0.59, 25869.30",
      "B, 50.60, 0.54, 299.18, 0.59, 350.91",
      "C, 0.25, 0.00, 299.18, 0.59, 300.03"})
  void realtime(String pattern, String retrain, String storage, String inference, String monitor, String total) {
    RealtimeInference realtime = RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(2).build();
    check(estimate(pattern, realtime, DriftMonitor.Kind.MODEL_MONITOR), retrain, storage, inference, monitor, total);
  }

  private static void check(MonthlyEstimate e, String retrain, String storage, String inference, String monitor,
      String total) {
    assertThat(cents(e, CostCategory.RETRAIN)).isEqualByComparingTo(retrain);
    assertThat(cents(e, CostCategory.STORAGE)).isEqualByComparingTo(storage);
    assertThat(cents(e, CostCategory.INFERENCE)).isEqualByComparingTo(inference);
    assertThat(cents(e, CostCategory.MONITORING)).isEqualByComparingTo(monitor);
    assertThat(e.total().rounded().amount()).isEqualByComparingTo(total);
  }

  private static BigDecimal cents(MonthlyEstimate e, CostCategory category) {
    return e.subtotal(category).rounded().amount();
  }
}
