package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.ProviderLimit;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Designs AWS would refuse fail when built, naming the field, the value, the limit, its source and the fix. */
class AwsLimitsTest {
  private static final String SERVERLESS_GUIDE = "SageMaker developer guide, \"Deploy models with Amazon"
      + " SageMaker Serverless Inference\", https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html";

  @Test
  void serverless_meanDurationAboveTheTimeout_isRefused() {
    // the 10-minute mean that used to be priced at USD 96,001
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> ServerlessInference.builder().from(Fixtures.SERVERLESS).meanDuration(Duration.ofMinutes(10)).build());
    assertThat(e).hasMessage("ServerlessInference.meanDuration must be <= 60 s (SageMaker Serverless Inference"
        + " invocation timeout; AWS: " + SERVERLESS_GUIDE + "), but was 600 s; serve longer requests from an"
        + " asynchronous endpoint (up to 1 hour) or a batch transform job");
    assertThat(e.limit()).isEqualTo(AwsLimits.SERVERLESS_INVOCATION_TIMEOUT);
    assertThat(e.field()).isEqualTo("ServerlessInference.meanDuration");
  }

  @Test
  void serverless_meanDurationOfExactlyTheTimeout_isPriced() {
    ServerlessInference minute = ServerlessInference.builder().from(Fixtures.SERVERLESS)
        .meanDuration(Duration.ofSeconds(60)).build();
    // 4,000,000 requests × 60 s × USD 0.00004 = USD 9,600
    assertThat(Fixtures.scenario(ModelTopology.shared()).addComponent(minute).build().estimate()
        .lineItems().get(0).cost()).isEqualTo(Money.usd("9600"));
  }

  @Test
  void serverless_requestPayloadAboveFourMebibytes_isRefused() {
    Workload big = Workload.builder().from(Fixtures.WORKLOAD).requestPayload(DataSize.ofMebibytes(5)).build();
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).workload(big)
            .addComponent(Fixtures.SERVERLESS).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("Workload.requestPayload (served by ServerlessInference) must be <= 4 MB (4,194,304 bytes)"
            + " (SageMaker Serverless Inference maximum request and response payload; AWS: SageMaker developer"
            + " guide, \"Invoke a serverless endpoint\","
            + " https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html), but was 5 MiB"
            + " (5,242,880 bytes); serve larger payloads from an asynchronous endpoint (up to 1 GB through S3) or"
            + " a batch transform job, or send a reference to the data in S3 instead of the data");
  }

  @Test
  void serverless_responsePayloadOfExactlyFourMebibytes_isPriced_oneByteMoreIsRefused() {
    Workload atLimit = Workload.builder().from(Fixtures.WORKLOAD).responsePayload(DataSize.ofMebibytes(4)).build();
    assertThat(Fixtures.scenario(ModelTopology.shared()).workload(atLimit).addComponent(Fixtures.SERVERLESS)
        .build().estimate().total().amount()).isPositive();
    Workload over = Workload.builder().from(Fixtures.WORKLOAD)
        .responsePayload(DataSize.ofBytes(4L * 1024 * 1024 + 1)).build();
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.shared()).workload(over)
            .addComponent(Fixtures.SERVERLESS).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Workload.responsePayload (served by ServerlessInference) must be <= 4 MB");
  }

  @Test
  void realtime_payloadAboveSixMebibytes_isRefused_fiveIsPriced() {
    Workload five = Workload.builder().from(Fixtures.WORKLOAD).requestPayload(DataSize.ofMebibytes(5)).build();
    assertThat(Fixtures.scenario(ModelTopology.shared()).workload(five).addComponent(Fixtures.REALTIME).build()
        .estimate().total().amount()).isPositive();
    Workload seven = Workload.builder().from(Fixtures.WORKLOAD).requestPayload(DataSize.ofMebibytes(7)).build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> Fixtures.scenario(ModelTopology.shared()).workload(seven).addComponent(Fixtures.REALTIME).build());
    assertThat(e).hasMessage("Workload.requestPayload (served by RealtimeInference) must be <= 6 MB (6,291,456"
        + " bytes) (SageMaker real-time endpoint maximum request and response payload; AWS: SageMaker API"
        + " reference, InvokeEndpoint,"
        + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html), but was"
        + " 7 MiB (7,340,032 bytes); serve larger payloads from an asynchronous endpoint (up to 1 GB through S3)"
        + " or a batch transform job, or send a reference to the data in S3 instead of the data");
    assertThat(e.limit()).isEqualTo(AwsLimits.REALTIME_PAYLOAD);
  }

  @Test
  void realtime_meanDurationAboveTheTimeout_isRefused() {
    assertThatThrownBy(() -> RealtimeInference.builder().from(Fixtures.REALTIME)
            .meanDuration(Duration.ofSeconds(61)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("RealtimeInference.meanDuration must be <= 60 s (SageMaker real-time endpoint invocation"
            + " timeout; AWS: SageMaker API reference, InvokeEndpoint,"
            + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html), but"
            + " was 61 s; serve longer requests from an asynchronous endpoint (up to 1 hour) or a batch transform"
            + " job");
  }

  @Test
  void realtime_meanDuration_doesNotChangeThePrice() {
    RealtimeInference timed = RealtimeInference.builder().from(Fixtures.REALTIME)
        .meanDuration(Duration.ofMillis(100)).build();
    assertThat(Fixtures.scenario(ModelTopology.shared()).addComponent(timed).build().estimate().total())
        .isEqualTo(Fixtures.scenario(ModelTopology.shared()).addComponent(Fixtures.REALTIME).build().estimate()
            .total());
  }

  @Test
  void realtime_moreHoursThanTheBillingMonth_isRefused() {
    // 1,000 h used to be priced
    assertThatThrownBy(() -> RealtimeInference.builder().from(Fixtures.REALTIME).hoursPerMonth(1000).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("RealtimeInference.hoursPerMonth must be <= 730 h (hours in the billing month; AWS: AWS"
            + " Pricing Calculator, \"Assumptions\": 730 hours in a month,"
            + " https://docs.aws.amazon.com/pricing-calculator/latest/userguide/pricing-assumptions.html), but was"
            + " 1000; an always-on endpoint runs 730 h a month; for several endpoints raise instanceCount"
            + " instead");
    assertThat(RealtimeInference.builder().from(Fixtures.REALTIME).hoursPerMonth(730).build().hoursPerMonth())
        .isEqualByComparingTo("730");
  }

  @Test
  void trainingStepLongerThanTwentyEightDays_isRefused() {
    // a 400-day step used to be priced
    assertThatThrownBy(() -> JobStep.training("train", "ml.m5.xlarge", Duration.ofDays(400)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("JobStep.duration of 'train' must be <= 28 days (2,419,200 s) (SageMaker training job maximum"
            + " runtime; AWS: SageMaker API reference, StoppingCondition.MaxRuntimeInSeconds,"
            + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html), but was"
            + " 34,560,000 s (400 days); split the training into steps that checkpoint and resume, or train on"
            + " more instances (withInstanceCount) so that each job finishes sooner");
    assertThat(JobStep.training("train", "ml.m5.xlarge", Duration.ofDays(28)).duration())
        .isEqualTo(Duration.ofDays(28));
    assertThatThrownBy(() -> JobStep.training("train", "ml.m5.xlarge", Duration.ofDays(28).plusSeconds(1)))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void processingStepLongerThanNineDays_isRefused_andSoIsItsCopy() {
    JobStep nineDays = JobStep.processing("prep", "ml.m5.xlarge", Duration.ofSeconds(777_600));
    assertThat(nineDays.duration()).isEqualTo(Duration.ofDays(9));
    assertThatThrownBy(() -> nineDays.withDuration(Duration.ofDays(10)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("JobStep.duration of 'prep' must be <= 777,600 s (9 days) (SageMaker processing job"
            + " maximum runtime; AWS: SageMaker API reference, ProcessingStoppingCondition.MaxRuntimeInSeconds,")
        .hasMessageContaining("but was 864,000 s (10 days); split the work into several processing steps");
  }

  @Test
  void monitorJobLongerThanAProcessingJobMayRun_isRefused() {
    assertThatThrownBy(() -> DriftMonitor.builder().from(Fixtures.CUSTOM_MONITOR)
            .jobDuration(Duration.ofDays(10)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("DriftMonitor.jobDuration must be <= 777,600 s (9 days)")
        .hasMessageEndingWith("but was 864,000 s (10 days); monitor in more, shorter jobs (jobsPerMonth)");
  }

  @Test
  void modelMonitorOnAMultiModelEndpoint_isRefused_withTheFix() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> Fixtures.scenario(ModelTopology.perGroup(200))
            .addComponent(Fixtures.REALTIME).addComponent(Fixtures.MODEL_MONITOR).build());
    assertThat(e).hasMessage("DriftMonitor.kind MODEL_MONITOR cannot watch a real-time endpoint that serves 200"
        + " models (perGroup(200)): Model Monitor supports only endpoints that host a single model (no"
        + " multi-model endpoints) (AWS: SageMaker developer guide, \"Data and model quality monitoring with"
        + " Amazon SageMaker Model Monitor\", https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html);"
        + " use DriftMonitor.Kind.CUSTOM_PROCESSING, a scheduled Processing job of your own that this formula"
        + " prices the same");
    assertThat(e.limit()).isEqualTo(AwsLimits.MODEL_MONITOR_SINGLE_MODEL);
    assertThatThrownBy(() -> Fixtures.scenario(ModelTopology.perUser())
            .addComponent(Fixtures.REALTIME).addComponent(Fixtures.MODEL_MONITOR).build())
        .hasMessageStartingWith("DriftMonitor.kind MODEL_MONITOR cannot watch a real-time endpoint that serves"
            + " 100,000 models (perUser())");
  }

  @Test
  void modelMonitorOnASingleModelEndpoint_isPriced_withTheAvailabilityFinding() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .addComponent(Fixtures.REALTIME).addComponent(Fixtures.MODEL_MONITOR).build().estimate();
    assertThat(estimate.subtotal(CostCategory.MONITORING).rounded()).isEqualTo(Money.usd("0.59"));
    assertThat(estimate.findings()).filteredOn(f -> f.is(FindingCode.MODEL_MONITOR_AVAILABILITY))
        .singleElement().satisfies(f -> assertThat(f.message()).startsWith(
            "AWS documents that SageMaker Model Monitor is no longer open to new customers (existing customers"
                + " can keep using it; SageMaker developer guide,")
            .endsWith("a new account should price DriftMonitor.Kind.CUSTOM_PROCESSING, which costs the same by"
                + " this formula"));
  }

  @Test
  void customMonitorOnAMultiModelEndpoint_costsWhatTheSeedsModelMonitorCosts() {
    // seed report 7-3 (B), pattern B: the same 30 × 5 min Processing jobs + 1 % of the data = USD 0.59
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.perGroup(200))
        .addComponent(Fixtures.REALTIME).addComponent(Fixtures.CUSTOM_MONITOR).build().estimate();
    assertThat(estimate.subtotal(CostCategory.MONITORING).amount())
        .isEqualByComparingTo(new BigDecimal("2.5").multiply(new BigDecimal("0.23"))
            .add(new BigDecimal("0.8392333984375").multiply(new BigDecimal("0.016"))));
  }

  @Test
  void serverlessConcurrencyAboveTheDefaultQuota_isAFindingNamingTheQuota_notAnError() {
    // 100,000 users × 20,000 requests × 0.3 s ÷ (730 h × 3,600 s) = 600,000,000 ÷ 2,628,000 = 228.31 in flight
    Workload busy = Fixtures.WORKLOAD.withRequestsPerUserPerMonth(new BigDecimal("20000"));
    ServerlessInference slow = ServerlessInference.builder().from(Fixtures.SERVERLESS)
        .meanDuration(Duration.ofMillis(300)).build();
    assertThat(slow.meanConcurrency(busy)).isEqualByComparingTo(new BigDecimal("600000000")
        .divide(new BigDecimal("2628000"), dev.costmodel.api.internal.Maths.CONTEXT));
    // at 100 ms it is 76.1: no finding
    assertThat(Fixtures.scenario(ModelTopology.shared()).workload(busy).addComponent(Fixtures.SERVERLESS).build()
        .estimate().findings()).isEmpty();
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared()).workload(busy).addComponent(slow).build()
        .estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.SERVERLESS_CONCURRENCY_QUOTA)).isTrue();
      assertThat(f.message()).startsWith("the endpoint averages 228.3105 invocations in flight")
          .contains("above AWS's default of 200 concurrent invocations")
          .contains("ask AWS to raise the quota \"Maximum concurrency for a single serverless endpoint"
              + " (Service Quotas, Amazon SageMaker)\"");
    });
    assertThat(AwsLimits.SERVERLESS_ENDPOINT_CONCURRENCY.isAdjustable()).isTrue();
  }

  @Test
  void everyLimitNamesItsSource_andOnlyTheQuotasAreAdjustable() {
    assertThat(AwsLimits.all()).hasSize(21).allSatisfy(limit -> {
      assertThat(limit.provider()).isEqualTo("AWS");
      assertThat(limit.source()).contains("https://docs.aws.amazon.com/");
    });
    assertThat(AwsLimits.all()).filteredOn(ProviderLimit::isAdjustable)
        .containsExactly(AwsLimits.SERVERLESS_ENDPOINT_CONCURRENCY, AwsLimits.LAMBDA_CONCURRENT_EXECUTIONS,
            AwsLimits.API_GATEWAY_REST_TIMEOUT);
  }
}
