package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.azure.AzureFunctions;
import dev.costmodel.api.azure.AzureMLCompute;
import dev.costmodel.api.azure.AzureOnlineEndpoint;
import dev.costmodel.api.gcp.CloudFunctions;
import dev.costmodel.api.gcp.CloudRun;
import dev.costmodel.api.gcp.VertexBatchPrediction;
import dev.costmodel.api.gcp.VertexOnlinePrediction;
import dev.costmodel.api.gcp.VertexTraining;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.UnknownPriceException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Google Cloud and Azure components priced from the bundled catalogs; every figure computed by hand. */
class CloudComponentsTest {
  private static final PriceCatalog GCP = PriceCatalogs.gcpUsCentral1();
  private static final PriceCatalog AZURE = PriceCatalogs.azureEastUs();
  /** The seed's workload: 100,000 users × 40 = 4,000,000 requests, 20 KiB in, 2 KiB out. */
  private static final Workload SEED = Workload.builder().users(100_000).requestsPerUserPerMonth(40)
      .requestPayload(DataSize.ofKibibytes(20)).responsePayload(DataSize.ofKibibytes(2)).build();

  private static MonthlyEstimate estimate(PriceCatalog prices, ModelTopology topology, CostComponent component) {
    return CostScenario.builder().name("t").prices(prices).workload(SEED).topology(topology)
        .addComponent(component).build().estimate();
  }

  private static MonthlyEstimate estimate(PriceCatalog prices, CostComponent component) {
    return estimate(prices, ModelTopology.shared(), component);
  }

  @Test
  void catalogs_areNamedByProviderAndRegion() {
    assertThat(GCP.name()).isEqualTo("gcp/us-central1");
    assertThat(AZURE.name()).isEqualTo("azure/eastus");
    assertThat(PriceCatalogs.of("gcp", "us-central1")).isSameAs(GCP);
    assertThat(PriceCatalogs.of("azure", "eastus")).isSameAs(AZURE);
    assertThat(Cloud.of(GCP)).contains(Cloud.GCP);
    assertThat(Cloud.of(AZURE)).contains(Cloud.AZURE);
    assertThat(Cloud.of(PriceCatalogs.awsUsEast1())).contains(Cloud.AWS);
  }

  @Test
  void standardDs3v2_isContested_andMarkedInferred() {
    var price = AZURE.price(dev.costmodel.api.price.PriceKey.parse("VirtualMachines/Linux/Standard_DS3_v2"));
    assertThat(price.source().description()).startsWith("CONTESTED");
    assertThat(price.source().status()).isEqualTo(dev.costmodel.api.price.PriceStatus.INFERRED);
  }

  @Test
  void vertexOnlinePrediction_twoNodes_isNodeHoursTimesPrice() {
    // 1 model × 2 nodes × 730 h = 1,460 node-hours × USD 0.219 = USD 319.74
    MonthlyEstimate estimate = estimate(GCP,
        VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(2).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("319.74"));
    assertThat(estimate.findings()).anyMatch(f -> f.is(FindingCode.NO_SCALE_TO_ZERO));
  }

  @Test
  void vertexOnlinePrediction_perGroup_paysNodesPerDeployedModel() {
    // 200 models × 1 node × 730 h = 146,000 node-hours × USD 0.1095 = USD 15,987.00
    MonthlyEstimate estimate = estimate(GCP, ModelTopology.perGroup(200),
        VertexOnlinePrediction.builder().machineType("n1-standard-2").minReplicas(1).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("15987.00"));
    assertThat(estimate.findings()).anyMatch(f -> f.is(FindingCode.NO_MULTI_MODEL_ENDPOINT))
        .anyMatch(f -> f.is(FindingCode.SINGLE_INSTANCE_ENDPOINT));
  }

  @Test
  void vertexOnlinePrediction_withT4_addsAcceleratorHours() {
    // 1,460 node-hours × USD 0.219 = 319.74; 1,460 × 1 T4 × USD 0.4025 = 587.65; total USD 907.39
    MonthlyEstimate estimate = estimate(GCP, VertexOnlinePrediction.builder().machineType("n1-standard-4")
        .acceleratorType("NVIDIA_TESLA_T4").minReplicas(2).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("907.39"));
  }

  @Test
  void vertexOnlinePrediction_zeroReplicas_saysVertexDoesNotScaleToZero() {
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("VertexOnlinePrediction.minReplicas must be >= 1, but was 0; Vertex AI endpoints do"
            + " not scale to zero");
  }

  @Test
  void vertexOnlinePrediction_requestAboveOnePointFiveMegabytes_isRefused() {
    assertThatThrownBy(() -> CostScenario.builder().name("t").prices(GCP)
            .workload(Workload.builder().users(1).requestsPerUserPerMonth(1)
                .requestPayload(DataSize.ofMebibytes(2)).responsePayload(DataSize.ofKibibytes(1)).build())
            .topology(ModelTopology.shared())
            .addComponent(VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(2).build())
            .build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("Vertex AI online prediction maximum request size");
  }

  @Test
  void unknownMachineType_suggestsTheNearest() {
    assertThatThrownBy(() -> estimate(GCP,
            VertexOnlinePrediction.builder().machineType("n1-standard-5").minReplicas(2).build()))
        .isInstanceOf(UnknownPriceException.class)
        .hasMessageStartingWith("unknown machine type 'n1-standard-5' for VertexAI/OnlinePrediction in catalog"
            + " gcp/us-central1; did you mean n1-standard-");
  }

  @Test
  void vertexTraining_machineAndAccelerator() {
    // 200 models × 1.2 runs × 1 replica × 0.5 h = 120 h × USD 0.2185 = 26.22; 120 × 1 T4 × 0.4025 = 48.30
    MonthlyEstimate estimate = estimate(GCP, ModelTopology.perGroup(200), VertexTraining.builder()
        .machineType("n1-standard-4").acceleratorType("NVIDIA_TESLA_T4").duration(Duration.ofMinutes(30))
        .runsPerMonth(1.2).build());
    assertThat(estimate.lineItems().get(0).cost().rounded()).isEqualTo(Money.usd("26.22"));
    assertThat(estimate.lineItems().get(1).cost().rounded()).isEqualTo(Money.usd("48.30"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("74.52"));
  }

  @Test
  void vertexBatchPrediction_runsNodesHours() {
    // 30 runs × 2 nodes × 1 h = 60 node-hours × USD 0.219 = USD 13.14
    assertThat(estimate(GCP, VertexBatchPrediction.builder().machineType("n1-standard-4").nodes(2)
        .durationPerRun(Duration.ofHours(1)).runsPerMonth(30).build()).total().rounded())
        .isEqualTo(Money.usd("13.14"));
  }

  @Test
  void cloudRun_seedWorkload_cpuMemoryAndRequests() {
    // 4,000,000 × 0.1 s = 400,000 s: × 1 vCPU × 0.000024 = 9.60; × 2 GiB × 0.0000025 = 2.00; 4 M × 0.40 = 1.60
    MonthlyEstimate estimate = estimate(GCP,
        CloudRun.builder().memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build());
    assertThat(estimate.lineItems()).extracting(l -> l.cost().rounded())
        .containsExactly(Money.usd("9.60"), Money.usd("2.00"), Money.usd("1.60"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("13.20"));
  }

  @Test
  void cloudRun_durationBilledInHundredMillisecondSteps_andMinInstances() {
    // 120 ms bills as 0.2 s: 800,000 s × 0.000024 = 19.20; × 0.5 GiB × 0.0000025 = 1.00; requests 1.60;
    // 1 min instance × 730 h × 3,600 s = 2,628,000 s: CPU × 0.0000025 = 6.57; × 0.5 GiB × 0.0000025 = 3.285
    MonthlyEstimate estimate = estimate(GCP, CloudRun.builder().memory(DataSize.ofMebibytes(512))
        .meanDuration(Duration.ofMillis(120)).minInstances(1).build());
    assertThat(estimate.lineItems()).extracting(l -> l.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("19.2", "1", "1.6", "6.57", "3.285");
  }

  @Test
  void cloudRun_freeTier_isOptIn_andSubtracted() {
    // 400,000 − 180,000 = 220,000 vCPU-s × 0.000024 = 5.28; 200,000 GiB-s < 360,000 free: 0; 4 M − 2 M = 2 M × 0.40 = 0.80
    MonthlyEstimate estimate = estimate(GCP, CloudRun.builder().memory(DataSize.ofMebibytes(512))
        .meanDuration(Duration.ofMillis(100)).freeTier(true).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("6.08"));
    assertThat(estimate.findings()).anyMatch(f -> f.is(FindingCode.FREE_ALLOWANCE_SHARED));
  }

  @Test
  void cloudRun_requestAboveSixtyMinutes_isRefused() {
    assertThatThrownBy(() -> CloudRun.builder().memory(DataSize.ofGibibytes(1)).meanDuration(Duration.ofMinutes(61))
            .build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("CloudRun.meanDuration must be <= 60 minutes (3,600 s) (Cloud Run maximum request"
            + " timeout; Google Cloud: ");
  }

  @Test
  void cloudFunctionsFirstGen_invocationsMemoryAndGigahertz() {
    // 4 M × 0.40 = 1.60; 4,000,000 × 0.1 s × 0.5 GiB = 200,000 × 0.0000025 = 0.50; × 0.8 GHz = 320,000 × 0.00001 = 3.20
    MonthlyEstimate estimate = estimate(GCP, CloudFunctions.builder().generation(CloudFunctions.Generation.FIRST)
        .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100)).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("5.30"));
  }

  @Test
  void cloudFunctionsFirstGen_aboveNineMinutes_isRefused() {
    assertThatThrownBy(() -> CloudFunctions.builder().generation(CloudFunctions.Generation.FIRST)
            .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMinutes(10)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("Cloud Functions (1st gen) maximum timeout");
  }

  @Test
  void cloudFunctionsSecondGen_isPricedAsCloudRun() {
    // 2 GiB → 1 vCPU: 400,000 s × 0.000024 = 9.60; × 2 GiB × 0.0000025 = 2.00; 1.60
    MonthlyEstimate estimate = estimate(GCP, CloudFunctions.builder().memory(DataSize.ofGibibytes(2))
        .meanDuration(Duration.ofMillis(100)).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("13.20"));
    assertThat(estimate.lineItems()).allMatch(l -> l.component().equals("CloudFunctions"));
  }

  @Test
  void azureOnlineEndpoint_standardDs3v2() {
    // 1 deployment × 2 instances × 730 h = 1,460 × USD 0.293 = USD 427.78
    MonthlyEstimate estimate = estimate(AZURE,
        AzureOnlineEndpoint.builder().instanceType("Standard_DS3_v2").instanceCount(2).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("427.78"));
    assertThat(estimate.findings()).anyMatch(f -> f.is(FindingCode.INFERRED_PRICES));
  }

  @Test
  void azureMLCompute_trainingPerModel_andBatchOnce() {
    // training: 200 × 1.2 × 1 × 0.5 h = 120 h × USD 0.146 = 17.52; batch: 30 × 2 × 1 h = 60 h × 0.146 = 8.76
    assertThat(estimate(AZURE, ModelTopology.perGroup(200), AzureMLCompute.builder().vmSize("Standard_DS2_v2")
        .duration(Duration.ofMinutes(30)).runsPerMonth(1.2).build()).total().rounded()).isEqualTo(Money.usd("17.52"));
    assertThat(estimate(AZURE, ModelTopology.perGroup(200), AzureMLCompute.builder()
        .kind(AzureMLCompute.Kind.BATCH_ENDPOINT).vmSize("Standard_DS2_v2").nodes(2)
        .duration(Duration.ofHours(1)).runsPerMonth(30).build()).total().rounded()).isEqualTo(Money.usd("8.76"));
  }

  @Test
  void azureFunctions_memoryRoundedUpTo128Megabytes() {
    // 300 MiB bills as 384 MB = 0.375 GB: 4,000,000 × 0.1 s × 0.375 = 150,000 GB-s × 0.000016 = 2.40; 4 × 0.20 = 0.80
    MonthlyEstimate estimate = estimate(AZURE,
        AzureFunctions.builder().memory(DataSize.ofMebibytes(300)).meanDuration(Duration.ofMillis(100)).build());
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("3.20"));
  }

  @Test
  void azureFunctions_freeGrant_isOptIn() {
    // 1,536 MB = 1.5 GB: 600,000 GB-s; without the grant 9.60 + 0.80 = 10.40;
    // with it (600,000 − 400,000) × 0.000016 = 3.20 and (4 M − 1 M) × 0.20 = 0.60: 3.80
    AzureFunctions function = AzureFunctions.builder().memory(DataSize.ofMebibytes(1536))
        .meanDuration(Duration.ofMillis(100)).build();
    assertThat(estimate(AZURE, function).total().rounded()).isEqualTo(Money.usd("10.40"));
    MonthlyEstimate granted = estimate(AZURE, AzureFunctions.builder().from(function).freeGrant(true).build());
    assertThat(granted.total().rounded()).isEqualTo(Money.usd("3.80"));
    assertThat(granted.findings()).anyMatch(f -> f.is(FindingCode.FREE_ALLOWANCE_SHARED));
  }

  @Test
  void azureFunctions_limits() {
    assertThatThrownBy(() -> AzureFunctions.builder().memory(DataSize.ofGibibytes(2))
            .meanDuration(Duration.ofMillis(100)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("AzureFunctions.memory must be <= 1.5 GB (1,536 MB) (Azure Functions consumption"
            + " plan maximum memory per instance; Azure: ");
    assertThatThrownBy(() -> AzureFunctions.builder().memory(DataSize.ofMebibytes(512))
            .meanDuration(Duration.ofMinutes(11)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("Azure Functions consumption plan maximum timeout");
    assertThatThrownBy(() -> AzureFunctions.builder().memory(DataSize.ofMebibytes(512))
            .meanDuration(Duration.ofMinutes(5)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("Azure Functions HTTP response time");
  }

  @Test
  void awsComponent_withAzureCatalog_namesAzuresEquivalent() {
    assertThatThrownBy(() -> estimate(AZURE,
            ServerlessInference.builder().memory(DataSize.ofGibibytes(2)).meanDuration(Duration.ofMillis(100)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ServerlessInference.prices must be an AWS catalog (ServerlessInference prices AWS services),"
            + " but was azure/eastus, an Azure catalog; use AzureFunctions, Azure's equivalent, or price"
            + " ServerlessInference from PriceCatalogs.awsUsEast1()");
  }

  @Test
  void gcpComponent_withAwsCatalog_namesSageMakersEquivalents() {
    assertThatThrownBy(() -> estimate(PriceCatalogs.awsUsEast1(),
            VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(2).build()))
        .hasMessage("VertexOnlinePrediction.prices must be a Google Cloud catalog (VertexOnlinePrediction prices"
            + " Google Cloud services), but was aws/us-east-1, an AWS catalog; use RealtimeInference or"
            + " AutoscaledRealtimeInference or MultiModelEndpoint or AsyncInference, AWS's equivalent, or price"
            + " VertexOnlinePrediction from PriceCatalogs.gcpUsCentral1()");
  }
}
