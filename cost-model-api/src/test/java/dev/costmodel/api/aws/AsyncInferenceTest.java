package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AsyncInferenceTest {
  private static final AsyncInference ASYNC = AsyncInference.builder()
      .instanceType("ml.m5.xlarge").instanceCount(2).activeHoursPerMonth(200).build();

  private static MonthlyEstimate estimate(AsyncInference async, Workload workload) {
    return EndpointFixtures.scenario(workload, ModelTopology.shared()).addComponent(async).build().estimate();
  }

  @Test
  void scaleToZero_paysActiveHours_data_andTheS3Requests() {
    // 2 instances × 200 h = 400 instance-hours × USD 0.23 (real-time hosting price) = USD 92.00
    // data: 76.2939 GiB × 0.016 = 1.220703125 in, 7.6294 GiB × 0.016 = 0.1220703125 out
    // S3: 4,000,000 requests × 2 PUT = 8,000 K × USD 0.005 = USD 40.00; × 2 GET = 8,000 K × USD 0.0004 = USD 3.20
    // total 92 + 1.3427734375 + 40 + 3.2 = 136.5427734375
    MonthlyEstimate estimate = estimate(ASYNC, EndpointFixtures.SEED_WORKLOAD);
    assertThat(estimate.lineItems()).map(LineItem::toString).containsExactly(
        "asynchronous endpoint, active (2 × ml.m5.xlarge): 2 instances × 200 h active = 400 instance-hours × USD"
            + " 0.23/instance-hour = USD 92.00",
        "data processed in (requests): 4,000,000 requests × 20 KiB = 76.2939 GiB × USD 0.016/GiB = USD 1.22",
        "data processed out (responses): 4,000,000 requests × 2 KiB = 7.6294 GiB × USD 0.016/GiB = USD 0.12",
        "S3 PUT requests (input upload, output write): 4,000,000 requests × 2 PUT = 8,000 K requests × USD"
            + " 0.005/1K requests = USD 40.00",
        "S3 GET requests (input read, output download): 4,000,000 requests × 2 GET = 8,000 K requests × USD"
            + " 0.0004/1K requests = USD 3.20");
    assertThat(estimate.total().amount()).isEqualByComparingTo("136.5427734375");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void idleFloor_isPricedForTheIdleHours() {
    // 1 instance × (730 − 200 = 530 h) = 530 instance-hours × 0.23 = 121.90
    AsyncInference warm = AsyncInference.builder().from(ASYNC).minInstances(1).s3Requests(false).build();
    MonthlyEstimate estimate = estimate(warm, EndpointFixtures.SEED_WORKLOAD);
    assertThat(estimate.lineItems().get(1).toString()).isEqualTo("asynchronous endpoint, idle (1 × ml.m5.xlarge): 1"
        + " instance × 530 h idle = 530 instance-hours × USD 0.23/instance-hour = USD 121.90");
    assertThat(estimate.lineItems()).hasSize(4);
    assertThat(estimate.total().amount()).isEqualByComparingTo("215.2427734375");   // 92 + 121.90 + 1.3427734375
  }

  @Test
  void tooFewActiveHours_isABacklogFinding() {
    // 4,000,000 × 0.5 s ÷ 3,600 = 555.5556 instance-hours needed; 2 × 200 h = 400 available;
    // 555.5556 ÷ 2 instances = 277.7778 active hours needed
    AsyncInference slow = AsyncInference.builder().from(ASYNC).meanDuration(Duration.ofMillis(500)).build();
    assertThat(estimate(slow, EndpointFixtures.SEED_WORKLOAD).findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.ASYNC_BACKLOG)).isTrue();
      assertThat(f.message()).isEqualTo("the requests need 555.5556 instance-hours a month (4,000,000 requests × 0.5"
          + " s), but the endpoint runs 400: the queue would grow without end; raise activeHoursPerMonth to"
          + " 277.7778 or more (at 2 instances), or raise instanceCount");
    });
    AsyncInference fast = AsyncInference.builder().from(ASYNC).meanDuration(Duration.ofMillis(200)).build();
    assertThat(estimate(fast, EndpointFixtures.SEED_WORKLOAD).findings()).isEmpty();   // 222.2 h ≤ 400
  }

  @Test
  void processingLongerThanAnHour_isRefused() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> AsyncInference.builder().from(ASYNC).meanDuration(Duration.ofMinutes(61)).build());
    assertThat(e).hasMessage("AsyncInference.meanDuration must be <= 1 h (3,600 s) (SageMaker Asynchronous"
        + " Inference maximum processing time; AWS: SageMaker developer guide, \"Asynchronous inference\","
        + " https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html; InvocationTimeoutSeconds,"
        + " \"Invoke an Asynchronous Endpoint\","
        + " https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-invoke-endpoint.html), but was 3,660"
        + " s; split the work into shorter requests, or run it as a batch transform job");
    assertThat(e.limit()).isEqualTo(AwsLimits.ASYNC_PROCESSING_TIME);
    assertThat(AsyncInference.builder().from(ASYNC).meanDuration(Duration.ofHours(1)).build().meanDuration())
        .contains(Duration.ofHours(1));
  }

  @Test
  void payloadAboveOneGibibyte_isRefused_sevenMebibytesIsPriced() {
    Workload seven = Workload.builder().from(EndpointFixtures.SEED_WORKLOAD).requestPayload(DataSize.ofMebibytes(7))
        .build();
    assertThat(estimate(ASYNC, seven).total().amount()).isPositive();
    Workload two = Workload.builder().from(EndpointFixtures.SEED_WORKLOAD).requestPayload(DataSize.ofGibibytes(2))
        .build();
    assertThatThrownBy(() -> estimate(ASYNC, two))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("Workload.requestPayload (served by AsyncInference) must be <= 1 GB (1,073,741,824 bytes)"
            + " (SageMaker Asynchronous Inference maximum payload; AWS: SageMaker developer guide, \"Asynchronous"
            + " inference\", https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html), but was 2 GiB"
            + " (2,147,483,648 bytes); split the input, or score it with a batch transform job");
  }

  @Test
  void badInputs_areRejected() {
    assertThatThrownBy(() -> ASYNC.withActiveHoursPerMonth(new java.math.BigDecimal("731")))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("AsyncInference.activeHoursPerMonth must be <= 730 h (hours in the billing month;")
        .hasMessageEndingWith("but was 731; an endpoint active all month runs 730 h; for more capacity raise"
            + " instanceCount");
    assertThatThrownBy(() -> AsyncInference.builder().from(ASYNC).activeHoursPerMonth(-1).build())
        .hasMessage("AsyncInference.activeHoursPerMonth must be >= 0, but was -1");
    assertThatThrownBy(() -> AsyncInference.builder().from(ASYNC).minInstances(3).build())
        .hasMessage("AsyncInference.minInstances must be <= instanceCount (2), but was 3");
    assertThatThrownBy(() -> AsyncInference.builder().from(ASYNC).instanceCount(0).build())
        .hasMessage("AsyncInference.instanceCount must be > 0, but was 0");
  }

  @Test
  void zeroActiveHours_costsNoInstanceHours() {
    AsyncInference off = ASYNC.withActiveHoursPerMonth(java.math.BigDecimal.ZERO);
    assertThat(estimate(off, EndpointFixtures.SEED_WORKLOAD).lineItems().get(0).cost()).isEqualTo(Money.usd("0"));
  }

  @Test
  void s3Requests_arePricedByDefault() {
    AsyncInference async = AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(1)
        .activeHoursPerMonth(100).build();
    assertThat(async.s3Requests()).isTrue();
    // 4,000,000 requests × 2 PUT = 8,000 K × 0.005 = 40.00; × 2 GET = 8,000 K × 0.0004 = 3.20
    assertThat(estimate(async, EndpointFixtures.SEED_WORKLOAD).lineItems()).extracting(LineItem::cost)
        .contains(Money.usd("40.00"), Money.usd("3.20"));
  }

  @Test
  void minInstancesEqualToInstanceCount_isAllowed() {
    // 2 instances kept all month: 2 × 200 h active + 2 × 530 h idle = 1,460 instance-hours × 0.23 = 335.80
    AsyncInference always = AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(2).minInstances(2)
        .activeHoursPerMonth(200).s3Requests(false).build();
    MonthlyEstimate estimate = estimate(always, EndpointFixtures.SEED_WORKLOAD);
    assertThat(estimate.lineItems().get(0).cost().plus(estimate.lineItems().get(1).cost()))
        .isEqualTo(Money.usd("335.80"));
    assertThatThrownBy(() -> AsyncInference.builder().from(always).minInstances(3).build())
        .hasMessage("AsyncInference.minInstances must be <= instanceCount (2), but was 3");
  }

  @Test
  void busyHoursExactlyTheActiveHours_isNoBacklog() {
    // 2,880,000 requests × 0.5 s = 1,440,000 s ÷ 3,600 = 400 instance-hours = 2 instances × 200 h: no backlog
    AsyncInference async = AsyncInference.builder().from(ASYNC).meanDuration(Duration.ofMillis(500)).build();
    assertThat(estimate(async, EndpointFixtures.workload(72_000, 40)).findings()).isEmpty();
    // 7,200 requests more: 3,600 s more = 401 instance-hours needed
    assertThat(estimate(async, EndpointFixtures.workload(72_180, 40)).findings()).extracting(f -> f.code())
        .containsExactly("async-backlog");
  }
}
