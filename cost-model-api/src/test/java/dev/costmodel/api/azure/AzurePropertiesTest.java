package dev.costmodel.api.azure;

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
 * Laws of the Azure components, on designs built through their public builders from random inputs within
 * Microsoft's limits: linear in volume without the free grant, never negative, never cheaper with more.
 */
class AzurePropertiesTest {
  private static final int EXAMPLES = 100;

  private static MonthlyEstimate estimate(long users, CostComponent component) {
    return CloudFixtures.estimate(CloudFixtures.AZURE, CloudFixtures.workload(users, 3), component);
  }

  private static AzureFunctions function(int mib, int millis, boolean grant) {
    return AzureFunctions.builder().memory(DataSize.ofMebibytes(mib)).meanDuration(Duration.ofMillis(millis))
        .freeGrant(grant).build();
  }

  @Test
  void functions_areLinearInExecutions_withoutTheGrant() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 1536), integers().between(1, 230_000),
            integers().between(1, 1_000_000), integers().between(2, 5))
        .checkAssert((mib, millis, users, k) -> {
          AzureFunctions function = function(mib, millis, false);
          assertThat(estimate((long) k * users, function).total().amount())
              .isEqualByComparingTo(estimate(users, function).total().amount().multiply(BigDecimal.valueOf(k)));
        });
  }

  @Test
  void functions_neverNegative_neverCheaperWithMoreMemoryTimeOrExecutions_andTheGrantOnlyLowersTheBill() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 1535), integers().between(1, 229_999),
            integers().between(1, 2_000_000), booleans().all())
        .checkAssert((mib, millis, users, grant) -> {
          AzureFunctions function = function(mib, millis, grant);
          MonthlyEstimate estimate = estimate(users, function);
          assertThat(estimate.lineItems()).allSatisfy(line -> assertThat(line.cost().amount().signum())
              .isNotNegative());
          assertThat(estimate(users, function(mib + 1, millis, grant)).total())
              .isGreaterThanOrEqualTo(estimate.total());
          assertThat(estimate(users, function(mib, millis + 1, grant)).total())
              .isGreaterThanOrEqualTo(estimate.total());
          assertThat(estimate(users + 1000L, function).total()).isGreaterThanOrEqualTo(estimate.total());
          assertThat(estimate(users, function(mib, millis, false)).total())
              .isGreaterThanOrEqualTo(estimate(users, function(mib, millis, true)).total());
        });
  }

  @Test
  void onlineEndpoint_isLinearInInstancesAndDeployments() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 50), integers().between(1, 1_000),
            integers().between(1, 730))
        .checkAssert((instances, deployments, hours) -> {
          AzureOnlineEndpoint endpoint = AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2")
              .instanceCount(instances).deployments((long) deployments).hoursPerMonth(BigDecimal.valueOf(hours))
              .build();
          BigDecimal base = estimate(1, endpoint).total().amount();
          assertThat(base.signum()).isPositive();
          assertThat(estimate(1, endpoint.withInstanceCount(3 * instances)).total().amount())
              .isEqualByComparingTo(base.multiply(BigDecimal.valueOf(3)));
          assertThat(estimate(1, AzureOnlineEndpoint.builder().from(endpoint).deployments(3L * deployments).build())
              .total().amount()).isEqualByComparingTo(base.multiply(BigDecimal.valueOf(3)));
        });
  }

  @Test
  void mlCompute_trainingScalesWithModels_batchDoesNot() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 100), integers().between(1, 86_400),
            integers().between(1, 8), integers().between(1, 500))
        .checkAssert((runs, seconds, nodes, groups) -> {
          AzureMLCompute training = AzureMLCompute.builder().vmSize("Standard_DS2_v2").nodes(nodes)
              .duration(Duration.ofSeconds(seconds)).runsPerMonth(BigDecimal.valueOf(runs)).build();
          AzureMLCompute batch = AzureMLCompute.builder().from(training).kind(AzureMLCompute.Kind.BATCH_ENDPOINT)
              .build();
          BigDecimal once = total(ModelTopology.shared(), training);
          assertThat(once.signum()).isNotNegative();
          assertThat(total(ModelTopology.perGroup(groups), training))
              .isEqualByComparingTo(once.multiply(BigDecimal.valueOf(groups)));
          // one model: a training run and a batch run of the same cluster cost the same
          assertThat(total(ModelTopology.perGroup(groups), batch)).isEqualByComparingTo(once);
        });
  }

  private static BigDecimal total(ModelTopology topology, CostComponent component) {
    return CloudFixtures.scenario(CloudFixtures.AZURE, CloudFixtures.SEED, topology, component).estimate().total()
        .amount();
  }
}
