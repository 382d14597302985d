package dev.costmodel.examples;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.report.MarkdownReport;
import java.time.Duration;

/** The README's quick start: the seed report's pattern B (200 group models) on serverless inference. */
public final class QuickStart {
  private QuickStart() {}

  /** Prints the estimate as Markdown, then its total and retraining subtotal. */
  public static void main(String[] args) {
    MonthlyEstimate estimate = estimate();
    System.out.println(MarkdownReport.estimate(estimate));
    System.out.println("total: " + estimate.total().rounded());
    System.out.println("retrain: " + estimate.subtotal(CostCategory.RETRAIN).rounded());
  }

  /** The quick start's estimate. */
  public static MonthlyEstimate estimate() {
    // quickstart:begin
    PriceCatalog prices = PriceCatalogs.awsUsEast1();   // bundled snapshot, dated and sourced

    Workload workload = Workload.builder()
        .users(100_000).requestsPerUserPerMonth(40)
        .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2))
        .build();

    RetrainPipeline retrain = RetrainPipeline.builder()
        .addStep(JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15)))
        .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)))
        .addStep(JobStep.processing("evaluate", "ml.m5.xlarge", Duration.ofMinutes(10)))
        .runsPerMonth(1.2)
        .build();

    MonthlyEstimate estimate = CostScenario.builder()
        .name("B / serverless")
        .prices(prices)
        .workload(workload)
        .topology(ModelTopology.perGroup(200))
        .addComponent(retrain)
        .addComponent(ModelStorage.builder()
            .artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build())
        .addComponent(ServerlessInference.builder()
            .memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build())
        .addComponent(DriftMonitor.builder()
            .kind(DriftMonitor.Kind.CUSTOM_PROCESSING)
            .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5))
            .samplingRate(0.01)
            .build())
        .build()
        .estimate();

    estimate.total().rounded();                  // USD 69.07
    estimate.subtotal(CostCategory.RETRAIN);     // USD 50.60
    // quickstart:end
    return estimate;
  }
}
