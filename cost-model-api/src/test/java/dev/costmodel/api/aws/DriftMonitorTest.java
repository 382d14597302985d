package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DriftMonitorTest {
  @Test
  void seed_dailyFiveMinuteJob() {
    // seed report section 7-1: 30 × 5 min = 2.5 h × 0.23 = 0.575; 1% × 83.92 GiB = 0.839 GiB × 0.016
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.CUSTOM_MONITOR)
        .build().estimate();
    assertThat(estimate.lineItems().get(0).quantity()).isEqualByComparingTo("2.5");
    assertThat(estimate.lineItems().get(1).quantity()).isEqualByComparingTo("0.8392333984375");
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("0.59"));
  }

  @Test
  void modelMonitorWithServerless_isRejectedWithTheFix() {
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared())
            .addComponent(Fixtures.SERVERLESS).addComponent(Fixtures.MODEL_MONITOR).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("DriftMonitor.kind MODEL_MONITOR cannot watch a serverless endpoint: SageMaker Serverless"
            + " Inference does not support Model Monitor (SageMaker Serverless Inference feature exclusions; AWS:"
            + " SageMaker developer guide, \"Deploy models with Amazon SageMaker Serverless Inference\","
            + " https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html); use"
            + " DriftMonitor.Kind.CUSTOM_PROCESSING");
  }

  @Test
  void samplingRateAboveOne_isRejected() {
    assertThatThrownBy(() -> DriftMonitor.builder().from(Fixtures.CUSTOM_MONITOR).samplingRate(1.5).build())
        .hasMessage("DriftMonitor.samplingRate must be between 0 and 1, but was 1.5");
  }

  @Test
  void negativeJobs_isRejected() {
    assertThatThrownBy(() -> DriftMonitor.builder().from(Fixtures.CUSTOM_MONITOR).jobsPerMonth(-3).build())
        .hasMessage("DriftMonitor.jobsPerMonth must be >= 0, but was -3");
  }

  @Test
  void negativeDuration_isRejected() {
    assertThatThrownBy(() -> DriftMonitor.builder().from(Fixtures.CUSTOM_MONITOR)
            .jobDuration(Duration.ofMinutes(-5)).build())
        .hasMessage("DriftMonitor.jobDuration must be > 0 s, but was PT-5M");
  }

  @Test
  void nanSamplingRate_isRejected() {
    assertThatThrownBy(() -> DriftMonitor.builder().samplingRate(Double.NaN))
        .hasMessage("DriftMonitor.samplingRate must be a finite number, but was NaN");
  }

  @Test
  void modelMonitor_onManyModels_withoutAnyRealtimeEndpoint_isOnlyAFinding() {
    // nothing to watch: not refused for the models' count, but the monitor has no endpoint
    DriftMonitor modelMonitor = DriftMonitor.builder().kind(DriftMonitor.Kind.MODEL_MONITOR)
        .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(java.time.Duration.ofMinutes(5))
        .samplingRate(0.01).build();
    assertThat(Fixtures.scenario(dev.costmodel.api.ModelTopology.perGroup(5)).addComponent(Fixtures.RETRAIN)
        .addComponent(modelMonitor).build().estimate().findings()).extracting(dev.costmodel.api.Finding::code)
        .containsExactly("monitor-without-endpoint", "model-monitor-availability");
  }
}
