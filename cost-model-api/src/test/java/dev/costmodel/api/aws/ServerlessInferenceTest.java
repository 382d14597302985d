package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerlessInferenceTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void memory_oneToSixGibibytes_isAccepted(long gib) {
    assertThat(ServerlessInference.builder().from(Fixtures.SERVERLESS).memory(DataSize.ofGibibytes(gib)).build()
        .priceKey().resource()).isEqualTo((gib * 1024) + "MB");
  }

  @Test
  void memory_sevenGibibytes_isRejected() {
    assertThatThrownBy(() -> ServerlessInference.builder().from(Fixtures.SERVERLESS)
            .memory(DataSize.ofGibibytes(7)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("ServerlessInference.memory must be one of 1, 2, 3, 4, 5 or 6 GiB (SageMaker Serverless"
            + " Inference memory sizes, 1024 to 6144 MB in 1024 MB steps; AWS: SageMaker developer guide, \"Deploy"
            + " models with Amazon SageMaker Serverless Inference\","
            + " https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html), but was 7 GiB;"
            + " pick the nearest size, such as DataSize.ofGibibytes(2)");
  }

  @Test
  void memory_decimalGigabytes_isRejected() {
    assertThatThrownBy(() -> ServerlessInference.builder().from(Fixtures.SERVERLESS)
            .memory(DataSize.ofGigabytes(2)).build())
        .hasMessageContaining("but was 2 GB;");
  }

  @Test
  void memory_halfGibibyteStep_isRejected() {
    assertThatThrownBy(() -> ServerlessInference.builder().from(Fixtures.SERVERLESS)
            .memory(DataSize.ofMebibytes(1536)).build())
        .hasMessageContaining("but was 1536 MiB;");
  }

  @Test
  void zeroDuration_isRejected() {
    assertThatThrownBy(() -> ServerlessInference.builder().memory(DataSize.ofGibibytes(1))
            .meanDuration(Duration.ZERO).build())
        .hasMessage("ServerlessInference.meanDuration must be > 0 s, but was PT0S");
  }

  @Test
  void seed_inferenceLines() {
    // seed report section 6-3: 4,000,000 × 0.1 s × 0.00004 = 16.00; 83.92 GiB × 0.016 = 1.34
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.SERVERLESS)
        .build().estimate();
    assertThat(estimate.lineItems().get(0).cost()).isEqualTo(Money.usd("16"));
    assertThat(estimate.lineItems().get(0).formula())
        .isEqualTo("4,000,000 requests × 0.1 s = 400,000 seconds × USD 0.00004/second = USD 16.00");
    assertThat(estimate.total().amount()).isEqualByComparingTo("17.3427734375");
  }

  @Test
  void manyModels_isAFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(200)).addComponent(Fixtures.SERVERLESS)
        .build().estimate();
    assertThat(estimate.findings()).extracting(Finding::code).containsExactly("serverless-many-models");
  }

  @Test
  void meanConcurrencyExactlyAtTheQuota_isNoFinding_justAboveIs() {
    // the quota is 200 concurrent invocations: 200 × 730 h × 3,600 s = 525,600,000 invocation-seconds a month;
    // at 100 ms that is 5,256,000,000 requests, exactly the quota
    ServerlessInference serverless = ServerlessInference.builder().memory(DataSize.ofGibibytes(2))
        .meanDuration(java.time.Duration.ofMillis(100)).build();
    dev.costmodel.api.Workload atQuota = dev.costmodel.api.Workload.builder().from(Fixtures.WORKLOAD).users(1)
        .requestsPerUserPerMonth(5_256_000_000L).build();
    assertThat(Fixtures.scenario(dev.costmodel.api.ModelTopology.shared()).workload(atQuota)
        .addComponent(serverless).build().estimate().findings()).isEmpty();
    // 10 requests more: 1 invocation-second more
    dev.costmodel.api.Workload above = dev.costmodel.api.Workload.builder().from(atQuota)
        .requestsPerUserPerMonth(5_256_000_010L).build();
    assertThat(Fixtures.scenario(dev.costmodel.api.ModelTopology.shared()).workload(above)
        .addComponent(serverless).build().estimate().findings()).extracting(dev.costmodel.api.Finding::code)
        .containsExactly("serverless-concurrency-quota");
  }
}
