package dev.costmodel.api.azure;

import static dev.costmodel.api.CloudFixtures.AZURE;
import static dev.costmodel.api.CloudFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostCategory;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.PriceKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Azure ML compute clusters: training per model and batch scoring once, from the VM list price; the checks. */
class AzureMLComputeTest {
  static final AzureMLCompute TRAINING = AzureMLCompute.builder().vmSize("Standard_DS2_v2")
      .duration(Duration.ofMinutes(30)).runsPerMonth(1.2).build();
  static final AzureMLCompute BATCH = AzureMLCompute.builder().kind(AzureMLCompute.Kind.BATCH_ENDPOINT)
      .vmSize("Standard_DS2_v2").nodes(2).duration(Duration.ofHours(1)).runsPerMonth(30).build();

  private static MonthlyEstimate estimate(AzureMLCompute compute) {
    return CloudFixtures.scenario(AZURE, SEED, ModelTopology.perGroup(200), compute).estimate();
  }

  @Test
  void training_runsForEveryModel_asRetraining() {
    // 200 models × 1.2 runs × 1 node × 0.5 h = 120 instance-hours × USD 0.146 = USD 17.52
    assertThat(estimate(TRAINING).lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Azure ML training (1 × Standard_DS2_v2)");
      assertThat(line.quantity()).isEqualByComparingTo("120");
      assertThat(line.cost().amount()).isEqualByComparingTo("17.52");
      assertThat(line.formula()).isEqualTo("200 models × 1.2 runs × 1 node × 0.5 h = 120 instance-hours × USD"
          + " 0.146/instance-hour = USD 17.52");
      assertThat(line.component()).isEqualTo("AzureMLCompute");
      assertThat(line.category()).isEqualTo(CostCategory.RETRAIN);
    });
  }

  @Test
  void batchEndpoint_runsOnceForTheSystem_asInference() {
    // 30 runs × 2 nodes × 1 h = 60 instance-hours × USD 0.146 = USD 8.76, not × 200 models
    assertThat(estimate(BATCH).lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Azure ML batch endpoint (2 × Standard_DS2_v2)");
      assertThat(line.quantity()).isEqualByComparingTo("60");
      assertThat(line.cost().amount()).isEqualByComparingTo("8.76");
      assertThat(line.formula()).isEqualTo("30 runs × 2 nodes × 1 h = 60 instance-hours × USD 0.146/instance-hour"
          + " = USD 8.76");
      assertThat(line.component()).isEqualTo("AzureMLCompute");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
  }

  @Test
  void nodesMultiplyTraining_andDurationIsExact() {
    // 200 × 1.2 × 3 nodes × 0.25 h (15 min) = 180 instance-hours × USD 0.293 = USD 52.74
    AzureMLCompute big = AzureMLCompute.builder().from(TRAINING).vmSize("Standard_DS3_v2").nodes(3)
        .duration(Duration.ofMinutes(15)).build();
    assertThat(estimate(big).total().amount()).isEqualByComparingTo("52.74");
  }

  @Test
  void defaults_trainingOnOneNode() {
    AzureMLCompute byDefault = AzureMLCompute.builder().vmSize("Standard_DS2_v2").duration(Duration.ofMinutes(30))
        .runsPerMonth(1.2).build();
    assertThat(byDefault.kind()).isEqualTo(AzureMLCompute.Kind.TRAINING);
    assertThat(byDefault.nodes()).isEqualTo(1);
    assertThat(TRAINING.kind()).isEqualTo(AzureMLCompute.Kind.TRAINING);
    assertThat(TRAINING.nodes()).isEqualTo(1);
    assertThat(TRAINING.runsPerMonth()).isEqualByComparingTo("1.2");
    assertThat(TRAINING.priceKey()).isEqualTo(PriceKey.of("VirtualMachines", "Linux", "Standard_DS2_v2"));
    assertThat(TRAINING.name()).isEqualTo("AzureMLCompute");
    assertThat(TRAINING.cloud()).contains(Cloud.AZURE);
  }

  @Test
  void invalidDesigns_areRefused_namingTheField() {
    assertThatThrownBy(() -> AzureMLCompute.builder().from(TRAINING).vmSize(" ").build())
        .hasMessage("AzureMLCompute.vmSize must not be blank, but was ' '");
    assertThatThrownBy(() -> AzureMLCompute.builder().from(TRAINING).nodes(0).build())
        .hasMessage("AzureMLCompute.nodes must be > 0, but was 0");
    assertThatThrownBy(() -> AzureMLCompute.builder().from(TRAINING).duration(Duration.ZERO).build())
        .hasMessageStartingWith("AzureMLCompute.duration must be > 0 s");
    assertThatThrownBy(() -> AzureMLCompute.builder().from(TRAINING).runsPerMonth(-2).build())
        .hasMessage("AzureMLCompute.runsPerMonth must be >= 0, but was -2");
    assertThatThrownBy(() -> AzureMLCompute.builder().from(TRAINING).runsPerMonth(Double.NaN))
        .hasMessageStartingWith("AzureMLCompute.runsPerMonth must be a finite number");
  }

  @Test
  void pricedFromAGoogleCatalog_isRefused_namingBothOfItsGoogleEquivalents() {
    // a compute cluster trains or scores in batch: Vertex AI has a component for each
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.GCP, SEED, TRAINING))
        .hasMessage("AzureMLCompute.prices must be an Azure catalog (AzureMLCompute prices Azure services), but was"
            + " gcp/test-central1, a Google Cloud catalog; use VertexBatchPrediction or VertexTraining, Google"
            + " Cloud's equivalent, or price AzureMLCompute from PriceCatalogs.azureEastUs()");
  }
}
