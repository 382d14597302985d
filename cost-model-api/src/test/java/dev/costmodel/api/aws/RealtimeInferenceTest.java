package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.UnknownPriceException;
import org.junit.jupiter.api.Test;

class RealtimeInferenceTest {
  @Test
  void seed_twoC5Instances() {
    // seed report section 7-3 (B): 2 × 730 h × 0.204 + 83.92 GiB × 0.016 = 299.18
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.REALTIME)
        .build().estimate();
    assertThat(estimate.lineItems().get(0).cost()).isEqualTo(Money.usd("297.84"));
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("299.18"));
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void singleInstance_isAFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.REALTIME.withInstanceCount(1)).build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("single-instance-endpoint");
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).contains("no redundancy").contains("instanceCount(2)");
    });
  }

  @Test
  void perUserTopology_isPricedAsAMultiModelEndpoint() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perUser()).addComponent(Fixtures.REALTIME)
        .build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MULTI_MODEL_ENDPOINT)).isTrue();
      assertThat(f.code()).isEqualTo("multi-model-endpoint");
      assertThat(f.message()).isEqualTo("one real-time endpoint serving 100,000 models (perUser()) is priced as"
          + " a SageMaker multi-model endpoint: the same instance-hours, but models load on demand, so expect"
          + " loading latency on cache misses (a cold load can take minutes), and note that Model Monitor does"
          + " not support multi-model endpoints; use MultiModelEndpoint to size the instances for the models"
          + " kept warm");
    });
  }

  @Test
  void perGroupTopology_isPricedAsAMultiModelEndpointToo() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(200)).addComponent(Fixtures.REALTIME)
        .build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MULTI_MODEL_ENDPOINT)).isTrue();
      assertThat(f.message()).startsWith("one real-time endpoint serving 200 models (perGroup(200)) is priced");
    });
  }

  @Test
  void sharedModel_isNotAMultiModelEndpoint() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.REALTIME)
        .build().estimate();
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void zeroInstances_isRejected() {
    assertThatThrownBy(() -> Fixtures.REALTIME.withInstanceCount(0))
        .hasMessage("RealtimeInference.instanceCount must be > 0, but was 0");
  }

  @Test
  void zeroHours_isRejected() {
    assertThatThrownBy(() -> RealtimeInference.builder().from(Fixtures.REALTIME).hoursPerMonth(0).build())
        .hasMessage("RealtimeInference.hoursPerMonth must be > 0, but was 0");
  }

  @Test
  void unknownInstanceType_failsAtBuildWithSuggestion() {
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared())
            .addComponent(RealtimeInference.builder().instanceType("ml.c5.xlrge").instanceCount(2).build())
            .build())
        .isInstanceOf(UnknownPriceException.class)
        .hasMessage("unknown instance type 'ml.c5.xlrge' for SageMaker/RealTimeHosting in catalog"
            + " test/us-east-1; did you mean ml.c5.xlarge?");
  }
}
