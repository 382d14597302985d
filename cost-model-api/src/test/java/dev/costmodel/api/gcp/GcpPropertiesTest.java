package dev.costmodel.api.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Laws of the Google Cloud components, on designs built through their public builders from random inputs within
 * Google's limits: the pay-per-request ones are linear in requests without a free tier or warm instances,
 * none is ever negative, and more traffic, memory, nodes or models never costs less.
 */
class GcpPropertiesTest {
  private static final int EXAMPLES = 100;
  private static final int[] CONCURRENCY = {1, 2, 4, 5, 8, 10, 80, 1000};
  private static final long[] SIZES = {128, 256, 512, 1024, 2048, 4096, 8192};

  private static MonthlyEstimate estimate(long users, CostComponent component) {
    return CloudFixtures.estimate(CloudFixtures.GCP, CloudFixtures.workload(users, 7), component);
  }

  private static CloudRun run(int mib, int millis, int concurrency, int minInstances, boolean free) {
    return CloudRun.builder().memory(DataSize.ofMebibytes(mib)).meanDuration(Duration.ofMillis(millis))
        .concurrency(concurrency).minInstances(minInstances).freeTier(free).build();
  }

  @Test
  void cloudRun_isLinearInRequests_withoutFreeTierOrMinInstances() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 32_768), integers().between(1, 60_000),
            integers().between(0, CONCURRENCY.length - 1), integers().between(1, 1_000_000))
        .checkAssert((mib, millis, c, users) -> {
          CloudRun run = run(mib, millis, CONCURRENCY[c], 0, false);
          assertThat(estimate(3L * users, run).total().amount())
              .isEqualByComparingTo(estimate(users, run).total().amount().multiply(BigDecimal.valueOf(3)));
        });
  }

  @Test
  void cloudRun_neverNegative_andNeverCheaperWithMoreRequests() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 32_768), integers().between(1, 60_000),
            integers().between(0, 7), integers().between(1, 2_000_000))
        .checkAssert((mib, millis, flags, users) -> {
          int minInstances = flags & 3;   // 0 to 3 warm instances
          boolean free = (flags & 4) != 0;
          CloudRun run = run(mib, millis, 1, minInstances, free);
          MonthlyEstimate fewer = estimate(users, run);
          MonthlyEstimate more = estimate(users + 100_000L, run);
          assertThat(fewer.lineItems()).allSatisfy(line -> assertThat(line.cost().amount().signum()).isNotNegative());
          assertThat(more.total()).isGreaterThanOrEqualTo(fewer.total());
          // the free tier only ever lowers the bill
          CloudRun billed = run(mib, millis, 1, minInstances, false);
          assertThat(estimate(users, billed).total()).isGreaterThanOrEqualTo(estimate(users, run(mib, millis, 1,
              minInstances, true)).total());
        });
  }

  @Test
  void cloudFunctions_firstGen_isLinearInRequests_andNeverCheaperWithMoreMemory() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, SIZES.length - 2), integers().between(1, 540_000),
            integers().between(1, 1_000_000))
        .checkAssert((size, millis, users) -> {
          CloudFunctions small = CloudFunctions.builder().generation(CloudFunctions.Generation.FIRST)
              .memory(DataSize.ofMebibytes(SIZES[size])).meanDuration(Duration.ofMillis(millis)).build();
          CloudFunctions large = CloudFunctions.builder().from(small).memory(DataSize.ofMebibytes(SIZES[size + 1]))
              .build();
          assertThat(estimate(2L * users, small).total().amount())
              .isEqualByComparingTo(estimate(users, small).total().amount().multiply(BigDecimal.valueOf(2)));
          assertThat(estimate(users, large).total()).isGreaterThanOrEqualTo(estimate(users, small).total());
        });
  }

  @Test
  void vertexOnlinePrediction_isLinearInReplicasAndDeployedModels() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 50), integers().between(1, 1_000),
            integers().between(1, 730), booleans().all())
        .checkAssert((replicas, models, hours, gpu) -> {
          VertexOnlinePrediction.Builder builder = VertexOnlinePrediction.builder().machineType("n1-standard-4")
              .minReplicas(replicas).deployedModels((long) models).hoursPerMonth(BigDecimal.valueOf(hours));
          if (gpu) {
            builder.acceleratorType("NVIDIA_TESLA_T4");
          }
          VertexOnlinePrediction one = builder.build();
          BigDecimal base = estimate(1, one).total().amount();
          assertThat(base.signum()).isPositive();
          assertThat(estimate(1, one.withMinReplicas(2 * replicas)).total().amount())
              .isEqualByComparingTo(base.multiply(BigDecimal.valueOf(2)));
          VertexOnlinePrediction doubled = VertexOnlinePrediction.builder().from(one)
              .deployedModels(2L * models).build();
          assertThat(estimate(1, doubled).total().amount()).isEqualByComparingTo(base.multiply(BigDecimal.valueOf(2)));
        });
  }

  @Test
  void vertexTrainingAndBatch_areLinearInRuns_andTrainingInModels() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 100), integers().between(1, 86_400),
            integers().between(1, 8), integers().between(1, 500))
        .checkAssert((runs, seconds, machines, groups) -> {
          VertexTraining training = VertexTraining.builder().machineType("n1-standard-4")
              .duration(Duration.ofSeconds(seconds)).runsPerMonth(BigDecimal.valueOf(runs)).replicaCount(machines)
              .build();
          VertexBatchPrediction batch = VertexBatchPrediction.builder().machineType("n1-standard-4")
              .durationPerRun(Duration.ofSeconds(seconds)).runsPerMonth(BigDecimal.valueOf(runs)).nodes(machines)
              .build();
          BigDecimal oneModel = total(ModelTopology.shared(), training);
          assertThat(total(ModelTopology.perGroup(groups), training))
              .isEqualByComparingTo(oneModel.multiply(BigDecimal.valueOf(groups)));
          assertThat(total(ModelTopology.perGroup(groups), batch)).isEqualByComparingTo(total(ModelTopology.shared(),
              batch));
          VertexBatchPrediction twice = VertexBatchPrediction.builder().from(batch)
              .runsPerMonth(BigDecimal.valueOf(2L * runs)).build();
          assertThat(total(ModelTopology.shared(), twice))
              .isEqualByComparingTo(total(ModelTopology.shared(), batch).multiply(BigDecimal.valueOf(2)));
        });
  }

  private static BigDecimal total(ModelTopology topology, CostComponent component) {
    return CloudFixtures.scenario(CloudFixtures.GCP, CloudFixtures.SEED, topology, component).estimate().total()
        .amount();
  }
}
