package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.api.azure.AzureOnlineEndpoint;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Money;
import dev.costmodel.api.Workload;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossCloudTest {
  private static final Workload SEED = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  private static CrossCloud.Builder threeClouds() {
    return CrossCloud.builder().name("s").workload(SEED).prices(PriceCatalogs.awsUsEast1())
        .prices(PriceCatalogs.gcpUsCentral1()).prices(PriceCatalogs.azureEastUs());
  }

  @Test
  void defaultMapping_pricesEachProvider() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.TRAINING).role(CrossCloud.Role.REALTIME_ENDPOINT).build();
    // AWS: 1.2 × 0.5 h × 0.23 = 0.138; 2 × 730 × 0.23 = 335.80; 83.9233 GiB × 0.016 = 1.3428; total 337.28
    assertThat(clouds.estimate(Cloud.AWS).total().rounded()).isEqualTo(Money.usd("337.28"));
    // GCP: 1.2 × 0.5 × 0.2185 = 0.1311; 2 × 730 × 0.219 = 319.74; total 319.87
    assertThat(clouds.estimate(Cloud.GCP).total().rounded()).isEqualTo(Money.usd("319.87"));
    // Azure: 1.2 × 0.5 × 0.293 = 0.1758; 2 × 730 × 0.293 = 427.78; total 427.96
    assertThat(clouds.estimate(Cloud.AZURE).total().rounded()).isEqualTo(Money.usd("427.96"));
    assertThat(clouds.comparison().estimates()).extracting(e -> e.scenarioName())
        .containsExactly("s / AWS", "s / Google Cloud", "s / Azure");
    assertThat(clouds.chart()).contains("<svg").contains("s / Google Cloud");
    assertThat(clouds.findings()).isEmpty();
  }

  @Test
  void serverlessDefaults_sageMakerCloudRunAzureFunctions() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS).build();
    // SageMaker 2 GB: 400,000 s × 0.00004 = 16.00 + data 1.34 = 17.34 (seed); Cloud Run 9.60 + 2.00 + 1.60 = 13.20;
    // Azure Functions 1.5 GB: 600,000 GB-s × 0.000016 = 9.60 + 4 × 0.20 = 0.80: 10.40
    assertThat(clouds.estimates()).extracting(e -> e.total().rounded())
        .containsExactly(Money.usd("17.34"), Money.usd("13.20"), Money.usd("10.40"));
  }

  @Test
  void roleMissingOnAProvider_isAFinding() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS)
        .role(CrossCloud.Role.REALTIME_ENDPOINT, VertexOnlinePrediction.builder().machineType("n1-standard-4")
            .acceleratorType("NVIDIA_TESLA_T4").minReplicas(2).build())
        .build();
    assertThat(clouds.findings()).filteredOn(f -> f.is(FindingCode.NO_EQUIVALENT)).hasSize(2);
    assertThat(clouds.findings()).anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
  }

  @Test
  void twoCatalogsOfOneProvider_isAnError() {
    assertThatThrownBy(() -> threeClouds().prices(PriceCatalogs.awsEuWest1()))
        .hasMessage("CrossCloud.prices must hold one catalog per provider, but AWS has both aws/us-east-1 and"
            + " aws/eu-west-1");
  }

  @Test
  void scenarios_oneper_provider_inCloudOrder_namedAfterIt() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS).build();
    assertThat(clouds.clouds()).containsExactly(Cloud.AWS, Cloud.GCP, Cloud.AZURE);
    assertThat(clouds.scenarios().keySet()).containsExactly(Cloud.AWS, Cloud.GCP, Cloud.AZURE);
    assertThat(clouds.scenarios().get(Cloud.GCP).name()).isEqualTo("s / Google Cloud");
    assertThat(clouds.scenarios().get(Cloud.AZURE).estimate()).isEqualTo(clouds.estimate(Cloud.AZURE));
  }

  @Test
  void topology_setsTheModelCountOnEveryProvider() {
    // 200 models × 1.2 runs × 0.5 h: AWS × 0.23 = 27.60, GCP × 0.2185 = 26.22, Azure × 0.293 = 35.16
    // (the shared model of the default topology costs a 200th of that)
    CrossCloud clouds = threeClouds().topology(ModelTopology.perGroup(200)).role(CrossCloud.Role.TRAINING).build();
    assertThat(clouds.estimates()).extracting(e -> e.total().amount())
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("27.6"), new java.math.BigDecimal("26.22"),
            new java.math.BigDecimal("35.16"));
  }

  @Test
  void component_withoutAProvider_goesOnEvery_withOne_onlyOnItsOwn() {
    CostComponent neutral = new CostComponent() {
      @Override
      public String name() {
        return "neutral";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        return List.of();
      }
    };
    CrossCloud clouds = threeClouds().component(neutral).component(SeedFixtures.STORAGE).build();
    assertThat(clouds.scenarios().get(Cloud.AWS).components()).containsExactly(neutral, SeedFixtures.STORAGE);
    assertThat(clouds.scenarios().get(Cloud.GCP).components()).containsExactly(neutral);
    assertThat(clouds.scenarios().get(Cloud.AZURE).components()).containsExactly(neutral);
  }

  @Test
  void aCatalogNotNamedAfterAProvider_isRejectedWithItsName() {
    PriceCatalog queue = PriceCatalog.of("test/queue", List.of(Price.flat(PriceKey.of("Queue", "Requests", "all"),
        UnitPrice.of(Money.usd("0.001"), PriceUnit.REQUEST), PriceSource.of("test", "2026", PriceStatus.OFFICIAL))));
    assertThatThrownBy(() -> CrossCloud.builder().prices(queue))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CrossCloud.prices must be named after its provider (aws/..., gcp/..., azure/...), but was"
            + " test/queue; name your catalog like 'gcp/us-central1'");
  }

  private static CrossCloud.Builder serverless() {
    return threeClouds().role(CrossCloud.Role.SERVERLESS);
  }

  @Test
  void gpuEndpoints_onAnyProvider_areAFinding_cpuOnesAreNot() {
    // each provider serves the serverless role, so a provider without the endpoint still has a scenario
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, AzureOnlineEndpoint.builder()
        .instanceType("Standard_NC4as_T4_v3").instanceCount(1).build()).build().findings())
        .anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
    // and every other GPU family of Azure's, ND, NG and NV (the bundled catalog prices none of them)
    for (String gpu : List.of("Standard_ND40rs_v2", "Standard_NG8ads_V620_v1", "Standard_NV12ads_A10_v5")) {
      assertThat(CrossCloud.Builder.usesGpu(AzureOnlineEndpoint.builder().instanceType(gpu).instanceCount(1).build()))
          .as(gpu).isTrue();
    }
    assertThat(CrossCloud.Builder.usesGpu(AzureOnlineEndpoint.builder().instanceType("Standard_D4s_v5")
        .instanceCount(1).build())).isFalse();
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, RealtimeInference.builder()
        .instanceType("ml.g4dn.xlarge").instanceCount(1).build()).build().findings())
        .anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, AzureOnlineEndpoint.builder()
        .instanceType("Standard_DS3_v2").instanceCount(1).build()).build().findings())
        .noneMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
    // nor is an autoscaled endpoint on CPUs, or a component of your own, which has no instance type to read
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, AutoscaledRealtimeInference.builder()
        .instanceType("ml.c5.xlarge").minInstances(1).maxInstances(2).requestsPerSecondPerInstance(10)
        .targetUtilization(0.7).traffic(TrafficProfile.flat()).build()).build().findings())
        .noneMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
    CostComponent own = new CostComponent() {
      @Override
      public String name() {
        return "own endpoint";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        return List.of();
      }
    };
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, own).build().findings())
        .noneMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
  }

  @Test
  void toString_isTheTableThenEachFinding() {
    CrossCloud clouds = threeClouds().role(CrossCloud.Role.SERVERLESS)
        .role(CrossCloud.Role.REALTIME_ENDPOINT, RealtimeInference.builder().instanceType("ml.c5.xlarge")
            .instanceCount(2).build())
        .build();
    assertThat(clouds.toString()).isEqualTo(clouds.comparison().toMarkdown()
        + "\nWARNING no-equivalent: Google Cloud has no component for the role REALTIME_ENDPOINT in this comparison,"
        + " so its total leaves the role out; add one with role(REALTIME_ENDPOINT, ...) or compare without it"
        + "\nWARNING no-equivalent: Azure has no component for the role REALTIME_ENDPOINT in this comparison,"
        + " so its total leaves the role out; add one with role(REALTIME_ENDPOINT, ...) or compare without it");
  }

  @Test
  void aGpuEndpointThatAutoscales_orServesManyModels_isAGpuEndpointToo() {
    // ml.g5.xlarge is a GPU instance whether the endpoint has a fixed count, autoscales or serves many models
    assertThat(serverless().role(CrossCloud.Role.REALTIME_ENDPOINT, AutoscaledRealtimeInference.builder()
        .instanceType("ml.g5.xlarge").minInstances(1).maxInstances(2).requestsPerSecondPerInstance(10)
        .targetUtilization(0.7).traffic(TrafficProfile.flat()).build()).build().findings())
        .anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
    assertThat(serverless().topology(ModelTopology.perGroup(200)).role(CrossCloud.Role.REALTIME_ENDPOINT,
        dev.costmodel.api.aws.MultiModelEndpoint.builder().instanceType("ml.g5.xlarge")
            .modelMemory(DataSize.ofMebibytes(500)).warmShare(0.2).build()).build().findings())
        .anyMatch(f -> f.is(FindingCode.NO_SERVERLESS_GPU));
  }
}
