package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.azure.AzureFunctions;
import dev.costmodel.api.azure.AzureOnlineEndpoint;
import dev.costmodel.api.gcp.CloudFunctions;
import dev.costmodel.api.gcp.CloudRun;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.core.analysis.CrossCloud;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Laws every provider's components keep: linear in instance-hours and in requests, never negative. */
class CloudPropertiesTest {
  private static final PriceCatalog AWS = PriceCatalogs.awsUsEast1();
  private static final PriceCatalog GCP = PriceCatalogs.gcpUsCentral1();
  private static final PriceCatalog AZURE = PriceCatalogs.azureEastUs();

  private static Workload requests(long users) {
    return Workload.builder().users(users).requestsPerUserPerMonth(40).requestPayload(DataSize.ofKibibytes(20))
        .responsePayload(DataSize.ofKibibytes(2)).build();
  }

  private static BigDecimal total(PriceCatalog prices, Workload workload, CostComponent component) {
    return CostScenario.builder().name("p").prices(prices).workload(workload).topology(ModelTopology.shared())
        .addComponent(component).build().estimate().total().amount();
  }

  private static void linearInInstances(PriceCatalog prices, IntFunction<CostComponent> endpoint, boolean data) {
    qt().withExamples(100).forAll(integers().between(1, 500)).checkAssert(n -> {
      Workload workload = requests(1000);
      BigDecimal one = total(prices, workload, endpoint.apply(1));
      BigDecimal many = total(prices, workload, endpoint.apply(n));
      BigDecimal fixed = data ? one.subtract(total(prices, workload, endpoint.apply(2)).subtract(one)) : BigDecimal.ZERO;
      assertThat(many.subtract(fixed)).isEqualByComparingTo(one.subtract(fixed).multiply(BigDecimal.valueOf(n)));
    });
  }

  @Test
  void endpointCost_scalesLinearlyWithInstanceHours_onEveryProvider() {
    // AWS adds data processed, which does not depend on the instance count: subtract it first
    linearInInstances(AWS, n -> RealtimeInference.builder().instanceType("ml.m5.xlarge").instanceCount(n).build(),
        true);
    linearInInstances(GCP, n -> VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(n).build(),
        false);
    linearInInstances(AZURE, n -> AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2").instanceCount(n)
        .build(), false);
  }

  @Test
  void serverlessCost_scalesLinearlyWithRequests_onEveryProvider() {
    Duration tenth = Duration.ofMillis(100);
    List<Object[]> cases = List.of(
        new Object[] {AWS, ServerlessInference.builder().memory(DataSize.ofGibibytes(2)).meanDuration(tenth).build()},
        new Object[] {GCP, CloudRun.builder().memory(DataSize.ofGibibytes(2)).meanDuration(tenth).build()},
        new Object[] {GCP, CloudFunctions.builder().generation(CloudFunctions.Generation.FIRST)
            .memory(DataSize.ofMebibytes(512)).meanDuration(tenth).build()},
        new Object[] {AZURE, AzureFunctions.builder().memory(DataSize.ofMebibytes(1536)).meanDuration(tenth).build()});
    qt().withExamples(100).forAll(integers().between(1, 1_000_000)).checkAssert(users -> {
      for (Object[] c : cases) {
        BigDecimal one = total((PriceCatalog) c[0], requests(1), (CostComponent) c[1]);
        BigDecimal many = total((PriceCatalog) c[0], requests(users), (CostComponent) c[1]);
        assertThat(many).isEqualByComparingTo(one.multiply(BigDecimal.valueOf(users)));
      }
    });
  }

  @Test
  void crossCloud_listsEveryProviderExactlyOnce_withNoNegativeCost() {
    qt().withExamples(50).forAll(integers().between(1, 1_000_000), integers().between(0, 7))
        .checkAssert((users, mask) -> {
          CrossCloud.Builder builder = CrossCloud.builder().workload(requests(users)).prices(AWS).prices(GCP)
              .prices(AZURE);
          CrossCloud.Role[] roles = CrossCloud.Role.values();
          boolean any = false;
          for (int r = 0; r < roles.length; r++) {
            if ((mask & (1 << r)) != 0) {
              builder.role(roles[r]);
              any = true;
            }
          }
          if (!any) {
            builder.role(CrossCloud.Role.SERVERLESS);
          }
          CrossCloud clouds = builder.build();
          assertThat(clouds.clouds()).containsExactly(Cloud.AWS, Cloud.GCP, Cloud.AZURE);
          assertThat(clouds.comparison().estimates()).hasSize(3);
          for (MonthlyEstimate estimate : clouds.estimates()) {
            assertThat(estimate.total().amount().signum()).isNotNegative();
            for (LineItem item : estimate.lineItems()) {
              assertThat(item.cost().amount().signum()).isNotNegative();
            }
          }
        });
  }

  @Test
  void freeAllowances_neverMakeACostNegative() {
    qt().withExamples(100).forAll(integers().between(1, 100_000)).checkAssert(users -> {
      assertThat(total(GCP, requests(users), CloudRun.builder().memory(DataSize.ofMebibytes(512))
          .meanDuration(Duration.ofMillis(100)).freeTier(true).build()).signum()).isNotNegative();
      assertThat(total(AZURE, requests(users), AzureFunctions.builder().memory(DataSize.ofMebibytes(512))
          .meanDuration(Duration.ofMillis(100)).freeGrant(true).build()).signum()).isNotNegative();
    });
  }
}
