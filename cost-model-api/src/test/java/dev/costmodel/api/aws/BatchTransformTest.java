package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchTransformTest {
  private static final BatchTransform NIGHTLY = BatchTransform.builder()
      .instanceType("ml.m5.xlarge").instanceCount(2).runDuration(Duration.ofHours(2)).runsPerMonth(30).build();

  @Test
  void nightlyJob_isRunsTimesInstancesTimesHours() {
    // 30 runs × 2 instances × 2 h = 120 instance-hours × USD 0.23 (SageMaker/BatchTransform) = USD 27.60
    MonthlyEstimate estimate = EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, ModelTopology.shared())
        .addComponent(NIGHTLY).build().estimate();
    assertThat(estimate.lineItems()).singleElement().satisfies(item -> {
      assertThat(item.toString()).isEqualTo("batch transform (2 × ml.m5.xlarge): 30 runs × 2 instances × 2 h = 120"
          + " instance-hours × USD 0.23/instance-hour = USD 27.60");
      assertThat(item.category()).isEqualTo(CostCategory.INFERENCE);
      assertThat(item.price().orElseThrow().key().toString()).isEqualTo("SageMaker/BatchTransform/ml.m5.xlarge");
    });
    assertThat(estimate.total()).isEqualTo(Money.usd("27.60"));
  }

  @Test
  void noDataProcessedLine_andNotAnInferenceComponent() {
    assertThat(NIGHTLY).isNotInstanceOf(InferenceComponent.class);
    // 4.5 runs × 1 instance × 1.5 h = 6.75 instance-hours × 0.23 = 1.5525
    BatchTransform small = BatchTransform.builder().instanceType("ml.m5.xlarge")
        .runDuration(Duration.ofMinutes(90)).runsPerMonth(4.5).build();
    assertThat(small.instanceHoursPerMonth()).isEqualByComparingTo("6.75");
    assertThat(EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, ModelTopology.shared()).addComponent(small)
        .build().estimate().total().amount()).isEqualByComparingTo("1.5525");
  }

  @Test
  void badInputs_areRejected() {
    assertThatThrownBy(() -> BatchTransform.builder().from(NIGHTLY).instanceCount(0).build())
        .hasMessage("BatchTransform.instanceCount must be > 0, but was 0");
    assertThatThrownBy(() -> NIGHTLY.withRunDuration(Duration.ZERO))
        .hasMessage("BatchTransform.runDuration must be > 0 s, but was PT0S");
    assertThatThrownBy(() -> BatchTransform.builder().from(NIGHTLY).runsPerMonth(-1).build())
        .hasMessage("BatchTransform.runsPerMonth must be >= 0, but was -1");
  }
}
