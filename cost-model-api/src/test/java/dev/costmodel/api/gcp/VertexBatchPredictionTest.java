package dev.costmodel.api.gcp;

import static dev.costmodel.api.CloudFixtures.GCP;
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

/** Vertex AI batch prediction: runs × nodes × hours from the list price, once for the system, and its checks. */
class VertexBatchPredictionTest {
  static final VertexBatchPrediction NIGHTLY = VertexBatchPrediction.builder().machineType("n1-standard-4")
      .nodes(2).durationPerRun(Duration.ofHours(1)).runsPerMonth(30).build();

  @Test
  void runsNodesHours_fromTheListPrice_onceForTheSystem() {
    // 30 runs × 2 nodes × 1 h = 60 node-hours × USD 0.219 = USD 13.14, whatever the number of models
    MonthlyEstimate estimate = CloudFixtures.scenario(GCP, SEED, ModelTopology.perGroup(200), NIGHTLY).estimate();
    assertThat(estimate.lineItems()).singleElement().satisfies(line -> {
      assertThat(line.description()).isEqualTo("Vertex AI batch prediction (2 × n1-standard-4)");
      assertThat(line.quantity()).isEqualByComparingTo("60");
      assertThat(line.cost().amount()).isEqualByComparingTo("13.14");
      assertThat(line.formula()).isEqualTo("30 runs × 2 nodes × 1 h = 60 node-hours × USD 0.219/node-hour"
          + " = USD 13.14");
      assertThat(line.component()).isEqualTo("VertexBatchPrediction");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
  }

  @Test
  void oneNodeByDefault_andPartHours() {
    // 4.5 runs × 1 node × 1.5 h = 6.75 node-hours × USD 0.219 = USD 1.47825
    VertexBatchPrediction batch = VertexBatchPrediction.builder().machineType("n1-standard-4")
        .durationPerRun(Duration.ofMinutes(90)).runsPerMonth(4.5).build();
    assertThat(batch.nodes()).isEqualTo(1);
    assertThat(CloudFixtures.estimate(GCP, SEED, batch).total().amount()).isEqualByComparingTo("1.47825");
  }

  @Test
  void invalidDesigns_areRefused_namingTheField() {
    assertThatThrownBy(() -> VertexBatchPrediction.builder().from(NIGHTLY).machineType(" ").build())
        .hasMessage("VertexBatchPrediction.machineType must not be blank, but was ' '");
    assertThatThrownBy(() -> VertexBatchPrediction.builder().from(NIGHTLY).nodes(0).build())
        .hasMessage("VertexBatchPrediction.nodes must be > 0, but was 0");
    assertThatThrownBy(() -> VertexBatchPrediction.builder().from(NIGHTLY).durationPerRun(Duration.ZERO).build())
        .hasMessageStartingWith("VertexBatchPrediction.durationPerRun must be > 0 s");
    assertThatThrownBy(() -> VertexBatchPrediction.builder().from(NIGHTLY).runsPerMonth(-1).build())
        .hasMessage("VertexBatchPrediction.runsPerMonth must be >= 0, but was -1");
    assertThatThrownBy(() -> VertexBatchPrediction.builder().from(NIGHTLY).runsPerMonth(Double.NaN))
        .hasMessageStartingWith("VertexBatchPrediction.runsPerMonth must be a finite number");
  }

  @Test
  void priceKey_nameAndCloud() {
    assertThat(NIGHTLY.priceKey()).isEqualTo(PriceKey.of("VertexAI", "BatchPrediction", "n1-standard-4"));
    assertThat(NIGHTLY.name()).isEqualTo("VertexBatchPrediction");
    assertThat(NIGHTLY.cloud()).contains(Cloud.GCP);
  }

  @Test
  void pricedFromAnAwsCatalog_isRefused_namingBatchTransform() {
    assertThatThrownBy(() -> CloudFixtures.estimate(CloudFixtures.AWS, SEED, NIGHTLY))
        .hasMessage("VertexBatchPrediction.prices must be a Google Cloud catalog (VertexBatchPrediction prices"
            + " Google Cloud services), but was aws/test-east-1, an AWS catalog; use BatchTransform, AWS's"
            + " equivalent, or price VertexBatchPrediction from PriceCatalogs.gcpUsCentral1()");
  }
}
