package dev.costmodel.api.gcp;

import static dev.costmodel.api.CloudFixtures.GCP;
import static dev.costmodel.api.CloudFixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostCategory;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.PriceKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vertex AI custom training: machine-hours and accelerator-hours per model from list prices, and its checks. */
class VertexTrainingTest {
  static final VertexTraining HALF_HOUR = VertexTraining.builder().machineType("n1-standard-4")
      .duration(Duration.ofMinutes(30)).runsPerMonth(1.2).build();

  private static MonthlyEstimate estimate(ModelTopology topology, VertexTraining training) {
    return CloudFixtures.scenario(GCP, SEED, topology, training).estimate();
  }

  @Test
  void everyModelTrains_machineHoursFromTheListPrice() {
    // 200 models × 1.2 runs × 1 replica × 0.5 h = 120 machine-hours × USD 0.2185 = USD 26.22
    MonthlyEstimate estimate = estimate(ModelTopology.perGroup(200), HALF_HOUR);
    assertThat(estimate.lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Vertex AI custom training (n1-standard-4)");
      assertThat(line.quantity()).isEqualByComparingTo("120");
      assertThat(line.cost().amount()).isEqualByComparingTo("26.22");
      assertThat(line.formula()).isEqualTo("200 models × 1.2 runs × 1 replica × 0.5 h = 120 instance-hours × USD"
          + " 0.2185/instance-hour = USD 26.22");
      assertThat(line.component()).isEqualTo("VertexTraining");
      assertThat(line.category()).isEqualTo(CostCategory.RETRAIN);
    });
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void replicasAndAccelerators_multiplyTheirOwnLines() {
    // 1 model × 1.2 runs × 3 replicas × 0.5 h = 1.8 machine-hours × USD 0.2185 = USD 0.3933
    // 1.8 machine-hours × 2 T4 = 3.6 accelerator-hours × USD 0.35 = USD 1.26
    VertexTraining gpu = VertexTraining.builder().from(HALF_HOUR).replicaCount(3)
        .acceleratorType("NVIDIA_TESLA_T4").acceleratorCount(2).build();
    List<LineItem> lines = estimate(ModelTopology.shared(), gpu).lineItems();
    assertThat(lines).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("1.8", "3.6");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("0.3933", "1.26");
    assertThat(lines.get(1).description()).isEqualTo("Vertex AI training accelerators (2 × NVIDIA_TESLA_T4)");
    assertThat(lines.get(1).formula()).startsWith("1.8 machine-hours × 2 accelerators = 3.6 hours");
    assertThat(lines.get(1).category()).isEqualTo(CostCategory.RETRAIN);
    assertThat(lines.get(1).component()).isEqualTo("VertexTraining");
  }

  @Test
  void defaults_oneReplica_oneAcceleratorWithAType_noneWithout() {
    assertThat(HALF_HOUR.replicaCount()).isEqualTo(1);
    assertThat(HALF_HOUR.acceleratorCount()).isZero();
    VertexTraining gpu = VertexTraining.builder().machineType("n1-standard-4").duration(Duration.ofMinutes(30))
        .runsPerMonth(1.2).acceleratorType("NVIDIA_TESLA_T4").build();
    assertThat(gpu.acceleratorCount()).isEqualTo(1);
    // 1 × 1.2 × 1 × 0.5 h = 0.6 h: machine 0.6 × 0.2185 = 0.1311; T4 0.6 × 1 × 0.35 = 0.21
    assertThat(estimate(ModelTopology.shared(), gpu).lineItems())
        .extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("0.1311", "0.21");
  }

  @Test
  void durationIsBilledBySecond() {
    // 90 s = 0.025 h: 1 × 2 runs × 1 × 0.025 = 0.05 h × USD 0.2185 = USD 0.010925
    VertexTraining quick = VertexTraining.builder().from(HALF_HOUR).duration(Duration.ofSeconds(90))
        .runsPerMonth(2).build();
    assertThat(estimate(ModelTopology.shared(), quick).total().amount()).isEqualByComparingTo("0.010925");
  }

  @Test
  void invalidDesigns_areRefused_namingTheField() {
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).machineType("").build())
        .hasMessage("VertexTraining.machineType must not be blank, but was ''");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).replicaCount(0).build())
        .hasMessage("VertexTraining.replicaCount must be > 0, but was 0");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).duration(Duration.ZERO).build())
        .hasMessageStartingWith("VertexTraining.duration must be > 0 s");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).runsPerMonth(-0.5).build())
        .hasMessage("VertexTraining.runsPerMonth must be >= 0, but was -0.5");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).runsPerMonth(Double.POSITIVE_INFINITY))
        .hasMessageStartingWith("VertexTraining.runsPerMonth must be a finite number");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).acceleratorCount(2).build())
        .hasMessage("VertexTraining.acceleratorCount must be 0 without an acceleratorType, but was 2; set"
            + " acceleratorType(\"NVIDIA_TESLA_T4\") too");
    assertThatThrownBy(() -> VertexTraining.builder().from(HALF_HOUR).acceleratorType("NVIDIA_TESLA_T4")
            .acceleratorCount(0).build())
        .hasMessage("VertexTraining.acceleratorCount must be > 0, but was 0");
    // no runs a month is allowed, and costs nothing
    VertexTraining idle = VertexTraining.builder().from(HALF_HOUR).runsPerMonth(0).build();
    assertThat(estimate(ModelTopology.shared(), idle).total().amount()).isZero();
  }

  @Test
  void priceKey_nameAndCloud() {
    assertThat(HALF_HOUR.priceKey()).isEqualTo(PriceKey.of("VertexAI", "Training", "n1-standard-4"));
    assertThat(HALF_HOUR.runsPerMonth()).isEqualByComparingTo("1.2");
    assertThat(HALF_HOUR.name()).isEqualTo("VertexTraining");
    assertThat(HALF_HOUR.cloud()).contains(Cloud.GCP);
  }

  @Test
  void pricedFromAnAzureCatalog_isRefused_namingAzureMLCompute() {
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.AZURE, SEED, HALF_HOUR))
        .hasMessage("VertexTraining.prices must be a Google Cloud catalog (VertexTraining prices Google Cloud"
            + " services), but was azure/test-eastus, an Azure catalog; use AzureMLCompute, Azure's equivalent, or"
            + " price VertexTraining from PriceCatalogs.gcpUsCentral1()");
  }
}
