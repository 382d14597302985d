package dev.costmodel.api.gcp;

import static dev.costmodel.api.CloudFixtures.GCP;
import static dev.costmodel.api.CloudFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.PriceKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vertex AI online prediction: node-hours per deployed model from list prices, findings, limits. */
class VertexOnlinePredictionTest {
  static final VertexOnlinePrediction TWO_NODES = VertexOnlinePrediction.builder().machineType("n1-standard-4")
      .minReplicas(2).build();

  private static MonthlyEstimate estimate(ModelTopology topology, VertexOnlinePrediction online) {
    return CloudFixtures.scenario(GCP, SEED, topology, online).estimate();
  }

  @Test
  void oneModel_twoNodes_allMonth() {
    // 1 deployed model × 2 nodes × 730 h = 1,460 node-hours × USD 0.219 = USD 319.74
    MonthlyEstimate estimate = estimate(ModelTopology.shared(), TWO_NODES);
    assertThat(estimate.lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Vertex AI online prediction (2 × n1-standard-4 per deployed model)");
      assertThat(line.quantity()).isEqualByComparingTo("1460");
      assertThat(line.cost().amount()).isEqualByComparingTo("319.74");
      assertThat(line.formula()).isEqualTo("1 deployed model × 2 nodes × 730 h = 1,460 node-hours × USD"
          + " 0.219/node-hour = USD 319.74");
      assertThat(line.component()).isEqualTo("VertexOnlinePrediction");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
    // it does not scale to zero: said once, and two nodes are redundant, one model needs no multi-model endpoint
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.NO_SCALE_TO_ZERO)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.component()).isEqualTo("VertexOnlinePrediction");
      assertThat(f.message()).isEqualTo("Vertex AI endpoints do not scale to zero: each deployed model's 2 node(s)"
          + " are billed all month with or without traffic; undeploy a model to stop paying, or serve sparse"
          + " traffic from CloudRun, which scales to zero");
    });
  }

  @Test
  void perGroup_paysTheNodesOfEveryDeployedModel_andSaysVertexHasNoMultiModelEndpoint() {
    // perGroup(1,500) of 100,000 users = 1,500 models × 1 node × 730 h = 1,095,000 node-hours × USD 0.1095
    //   = USD 119,902.50
    VertexOnlinePrediction one = VertexOnlinePrediction.builder().machineType("n1-standard-2").minReplicas(1)
        .build();
    MonthlyEstimate estimate = estimate(ModelTopology.perGroup(1500), one);
    assertThat(estimate.lineItems().get(0).quantity()).isEqualByComparingTo("1095000");
    assertThat(estimate.total().amount()).isEqualByComparingTo("119902.50");
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id(),
        FindingCode.SINGLE_INSTANCE_ENDPOINT.id(), FindingCode.NO_MULTI_MODEL_ENDPOINT.id());
    assertThat(estimate.findings().get(1)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("a Vertex AI deployed model on 1 node has no redundancy: a node failure or"
          + " a redeployment takes it down; use minReplicas(2) or more");
    });
    assertThat(estimate.findings().get(2)).satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("Vertex AI has no multi-model endpoint like SageMaker's: each of the 1,500"
          + " deployed models runs on nodes of its own, so the node-hours are paid 1,500 times; share one model"
          + " (ModelTopology.shared()), or set deployedModels(n) if you co-host models on shared nodes");
    });
  }

  @Test
  void deployedModels_overridesTheTopology_andTwoAlreadyWarn() {
    // 2 deployed models × 2 nodes × 730 h = 2,920 node-hours × USD 0.219 = USD 639.48, whatever the topology
    VertexOnlinePrediction two = VertexOnlinePrediction.builder().from(TWO_NODES).deployedModels(2L).build();
    MonthlyEstimate estimate = estimate(ModelTopology.perUser(), two);
    assertThat(estimate.total().amount()).isEqualByComparingTo("639.48");
    assertThat(estimate.lineItems().get(0).formula()).startsWith("2 deployed models × 2 nodes × 730 h = 2,920");
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id(),
        FindingCode.NO_MULTI_MODEL_ENDPOINT.id());
    assertThat(estimate.findings().get(1).message()).contains("each of the 2 deployed models");
    // one co-hosted model on a per-user topology: one model's nodes, and no multi-model warning
    VertexOnlinePrediction one = VertexOnlinePrediction.builder().from(TWO_NODES).deployedModels(1L).build();
    MonthlyEstimate single = estimate(ModelTopology.perUser(), one);
    assertThat(single.total().amount()).isEqualByComparingTo("319.74");
    assertThat(single.findings()).extracting(Finding::code).containsExactly(FindingCode.NO_SCALE_TO_ZERO.id());
  }

  @Test
  void accelerators_areBilledPerNodeHour() {
    // 1,460 node-hours × USD 0.219 = 319.74; 1,460 × 2 T4 = 2,920 accelerator-hours × USD 0.4025 = 1,175.30
    VertexOnlinePrediction gpu = VertexOnlinePrediction.builder().from(TWO_NODES).acceleratorType("NVIDIA_TESLA_T4")
        .acceleratorCount(2).build();
    List<LineItem> lines = estimate(ModelTopology.shared(), gpu).lineItems();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).description()).isEqualTo("Vertex AI prediction accelerators (2 × NVIDIA_TESLA_T4 per"
        + " node)");
    assertThat(lines.get(1).quantity()).isEqualByComparingTo("2920");
    assertThat(lines.get(1).cost().amount()).isEqualByComparingTo("1175.30");
    assertThat(lines.get(1).formula()).startsWith("1,460 node-hours × 2 accelerators = 2,920 hours");
    assertThat(lines.get(1).category()).isEqualTo(CostCategory.INFERENCE);
    assertThat(lines.get(1).component()).isEqualTo("VertexOnlinePrediction");
  }

  @Test
  void acceleratorCount_defaultsToOneWithAType_andZeroWithout() {
    assertThat(TWO_NODES.acceleratorCount()).isZero();
    VertexOnlinePrediction gpu = VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(2)
        .acceleratorType("NVIDIA_TESLA_T4").build();
    assertThat(gpu.acceleratorCount()).isEqualTo(1);
    // 1,460 × 1 × USD 0.4025 = USD 587.65
    assertThat(estimate(ModelTopology.shared(), gpu).lineItems().get(1).cost().amount())
        .isEqualByComparingTo("587.65");
  }

  @Test
  void hoursPerMonth_scaleTheNodes_upTo730() {
    assertThat(TWO_NODES.hoursPerMonth()).isEqualByComparingTo("730");
    // 1 × 2 nodes × 200.5 h = 401 node-hours × USD 0.219 = USD 87.819
    VertexOnlinePrediction part = VertexOnlinePrediction.builder().from(TWO_NODES).hoursPerMonth(200.5).build();
    assertThat(part.hoursPerMonth()).isEqualByComparingTo("200.5");
    assertThat(estimate(ModelTopology.shared(), part).total().amount()).isEqualByComparingTo("87.819");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).hoursPerMonth(730.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VertexOnlinePrediction.hoursPerMonth must be <= 730, but was 730.5; for more nodes raise"
            + " minReplicas instead");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).hoursPerMonth(0).build())
        .hasMessageStartingWith("VertexOnlinePrediction.hoursPerMonth must be > 0");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).hoursPerMonth(Double.NaN))
        .hasMessageStartingWith("VertexOnlinePrediction.hoursPerMonth must be a finite number");
  }

  @Test
  void zeroReplicas_isRefused_sayingVertexDoesNotScaleToZero() {
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VertexOnlinePrediction.minReplicas must be >= 1, but was 0; Vertex AI endpoints do not scale"
            + " to zero (each deployed model is billed for its nodes even with no traffic): undeploy the model to"
            + " stop paying, or use CloudRun, which scales to zero");
    assertThat(VertexOnlinePrediction.builder().machineType("n1-standard-4").minReplicas(1).build().minReplicas())
        .isEqualTo(1);
  }

  @Test
  void otherInvalidDesigns_areRefused_namingTheField() {
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().machineType(" ").minReplicas(2).build())
        .hasMessage("VertexOnlinePrediction.machineType must not be blank, but was ' '");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).deployedModels(0L).build())
        .hasMessage("VertexOnlinePrediction.deployedModels must be > 0, but was 0");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).acceleratorCount(1).build())
        .hasMessage("VertexOnlinePrediction.acceleratorCount must be 0 without an acceleratorType, but was 1; set"
            + " acceleratorType(\"NVIDIA_TESLA_T4\") too");
    assertThatThrownBy(() -> VertexOnlinePrediction.builder().from(TWO_NODES).acceleratorType("NVIDIA_TESLA_T4")
            .acceleratorCount(0).build())
        .hasMessage("VertexOnlinePrediction.acceleratorCount must be > 0, but was 0");
  }

  @Test
  void withMinReplicas_priceKey_nameAndCloud() {
    VertexOnlinePrediction three = TWO_NODES.withMinReplicas(3);
    assertThat(three.minReplicas()).isEqualTo(3);
    assertThat(three.machineType()).isEqualTo("n1-standard-4");
    assertThat(TWO_NODES.minReplicas()).isEqualTo(2);
    assertThat(TWO_NODES.priceKey()).isEqualTo(PriceKey.of("VertexAI", "OnlinePrediction", "n1-standard-4"));
    assertThat(TWO_NODES.name()).isEqualTo("VertexOnlinePrediction");
    assertThat(TWO_NODES.cloud()).contains(Cloud.GCP);
  }

  @Test
  void requestAbove1536Kibibytes_isRefused_andResponsesAreNotLimited() {
    DataSize tooLarge = DataSize.ofBytes(1536L * 1024 + 1);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> build(tooLarge, DataSize.ofKibibytes(1)));
    assertThat(e.limit()).isEqualTo(GcpLimits.VERTEX_PREDICTION_REQUEST_SIZE);
    assertThat(e.field()).isEqualTo("Workload.requestPayload (served by VertexOnlinePrediction)");
    assertThat(e).hasMessage("Workload.requestPayload (served by VertexOnlinePrediction) must be <= 1.5 MB (Vertex"
        + " AI online prediction maximum request size; Google Cloud: "
        + GcpLimits.VERTEX_PREDICTION_REQUEST_SIZE.source() + "), but was " + tooLarge + " (1,572,865 bytes); send"
        + " a reference to the data in Cloud Storage, or score large inputs with VertexBatchPrediction");
    assertThat(build(DataSize.ofKibibytes(1536), DataSize.ofMebibytes(100)).components()).hasSize(1);
  }

  @Test
  void pricedFromAnotherProvidersCatalog_isRefused_namingItsEquivalents() {
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.AWS, SEED, TWO_NODES))
        .hasMessage("VertexOnlinePrediction.prices must be a Google Cloud catalog (VertexOnlinePrediction prices"
            + " Google Cloud services), but was aws/test-east-1, an AWS catalog; use RealtimeInference or"
            + " AutoscaledRealtimeInference or MultiModelEndpoint or AsyncInference, AWS's equivalent, or price"
            + " VertexOnlinePrediction from PriceCatalogs.gcpUsCentral1()");
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.AZURE, SEED, TWO_NODES))
        .hasMessageContaining("an Azure catalog; use AzureOnlineEndpoint, Azure's equivalent, or price");
  }

  private static CostScenario build(DataSize request, DataSize response) {
    return CloudFixtures.scenario(GCP, CloudFixtures.payloads(request, response), ModelTopology.shared(), TWO_NODES);
  }
}
