package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every line from list prices computed by hand (AWS Lambda pricing, us-east-1), every error and finding. */
class LambdaInferenceTest {
  private static final String LAMBDA_QUOTAS = "Lambda developer guide, \"Lambda quotas\","
      + " https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";

  static final LambdaInference ONE_GIB = LambdaInference.builder()
      .memory(DataSize.ofMebibytes(1024)).meanDuration(Duration.ofMillis(100)).build();

  private static MonthlyEstimate estimate(long requests, LambdaInference lambda) {
    return LambdaPrices.scenario(requests).addComponent(lambda).build().estimate();
  }

  @Test
  void onDemand_requestsAndDuration_fromListPrices() {
    // 3,000,000 requests ÷ 1M × USD 0.20 = USD 0.60
    // 3,000,000 × 0.1 s × 1 GiB = 300,000 GiB-s × USD 0.0000166667 = USD 5.00001
    MonthlyEstimate estimate = estimate(3_000_000, ONE_GIB);
    assertThat(estimate.lineItems()).extracting(LineItem::formula).containsExactly(
        "3,000,000 requests = 3 M requests × USD 0.2/1M requests = USD 0.60",
        "(3,000,000 requests × 0.1 s) × 1 GiB = 300,000 GiB-seconds, tiered: 300,000 × USD 0.0000166667/GiB-second"
            + " = USD 5.00");
    assertThat(estimate.lineItems()).extracting(LineItem::cost)
        .containsExactly(Money.usd("0.60"), Money.usd("5.00001"));
    assertThat(estimate.total().amount()).isEqualByComparingTo("5.60001");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void provisionedConcurrency_warmUpPings_everyLine() {
    // the chapter's design: 100,000 requests a month, 1,024 MB, 100 ms, 5 provisioned instances 8 h a day
    // (peak hours carrying half the traffic), a warm-up ping every 5 minutes billed 10 ms
    LambdaInference lambda = LambdaInference.builder().from(ONE_GIB)
        .provisionedConcurrency(5).provisionedHoursPerDay(8).provisionedTrafficShare(0.5)
        .warmUpInterval(Duration.ofMinutes(5)).build();
    assertThat(lambda.warmUpPingsPerMonth()).isEqualByComparingTo("8760");   // 43,800 min ÷ 5
    MonthlyEstimate estimate = estimate(100_000, lambda);
    List<LineItem> lines = estimate.lineItems();
    // (100,000 + 8,760) ÷ 1M × USD 0.20 = USD 0.021752
    assertThat(lines.get(0).cost().amount()).isEqualByComparingTo("0.021752");
    // on demand: 50,000 requests × 0.1 s + 8,760 pings × 0.01 s = 5,087.6 GiB-s × 0.0000166667 = 0.08479350292
    assertThat(lines.get(1).quantity()).isEqualByComparingTo("5087.6");
    assertThat(lines.get(1).cost().amount()).isEqualByComparingTo("0.08479350292");
    // provisioned: 5 × 1 GiB × 8 h × 3,600 s × 730/24 days = 4,380,000 GiB-s × 0.0000041667 = 18.250146
    assertThat(lines.get(2).quantity()).isEqualByComparingTo("4380000");
    assertThat(lines.get(2).cost().amount()).isEqualByComparingTo("18.250146");
    assertThat(lines.get(2).formula()).isEqualTo("5 instances × 1 GiB × 8 h a day × 3,600 s × 30.4167 days"
        + " = 4,380,000 GiB-seconds × USD 0.0000041667/GiB-second = USD 18.25");
    // served on provisioned: min(50,000, 5 × 8 × 109,500 ÷ 0.1 = 43,800,000) = 50,000 × 0.1 s × 1 GiB
    //   = 5,000 GiB-s × 0.0000097222 = 0.048611
    assertThat(lines.get(3).cost().amount()).isEqualByComparingTo("0.048611");
    assertThat(lines).hasSize(4);
    assertThat(estimate.total().amount()).isEqualByComparingTo("18.40530250292");
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("18.41"));
  }

  @Test
  void provisionedCapacity_caps_theRequestsItServes_theRestSpillToOnDemand() {
    // 1 instance all day at 1 s a request serves at most 24 × 109,500 ÷ 1 = 2,628,000 requests a month
    LambdaInference lambda = LambdaInference.builder().from(ONE_GIB).meanDuration(Duration.ofSeconds(1))
        .provisionedConcurrency(1).build();
    Workload busy = LambdaPrices.workload(10_000_000);
    assertThat(lambda.requestsOnProvisioned(busy)).isEqualByComparingTo("2628000");
    MonthlyEstimate estimate = estimate(10_000_000, lambda);
    // on demand: 7,372,000 × 1 s × 1 GiB × 0.0000166667 = 122.8669124
    assertThat(estimate.lineItems().get(1).cost().amount()).isEqualByComparingTo("122.8669124");
    // on provisioned: 2,628,000 GiB-s × 0.0000097222 = 25.5499416
    assertThat(estimate.lineItems().get(3).cost().amount()).isEqualByComparingTo("25.5499416");
  }

  @Test
  void arm_withEphemeralStorage_fromListPrices() {
    LambdaInference lambda = LambdaInference.builder().memory(DataSize.ofMebibytes(2048))
        .meanDuration(Duration.ofMillis(200)).architecture(LambdaInference.Architecture.ARM)
        .ephemeralStorage(DataSize.ofMebibytes(2048)).build();
    MonthlyEstimate estimate = estimate(3_000_000, lambda);
    // requests USD 0.60; 3,000,000 × 0.2 s × 2 GiB = 1,200,000 GiB-s × 0.0000133334 (arm) = 16.00008;
    // ephemeral: 600,000 s × (2,048 − 512) ÷ 1,024 = 1.5 GiB = 900,000 GiB-s × 0.0000000309 = 0.02781
    assertThat(estimate.lineItems()).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("0.6", "16.00008", "0.02781");
    assertThat(estimate.lineItems().get(2).description())
        .isEqualTo("Lambda ephemeral storage (2,048 MB, above 512 MB)");
    assertThat(estimate.total().amount()).isEqualByComparingTo("16.62789");
  }

  @Test
  void duration_isPricedTierByTier_andConcurrencyAboveTheQuota_isAFinding() {
    // 70,000,000,000 × 0.1 s × 1 GiB = 7,000,000,000 GiB-s:
    //   6,000,000,000 × 0.0000166667 = 100,000.2 + 1,000,000,000 × 0.000015 = 15,000 → 115,000.2
    // requests 70,000 M × USD 0.20 = 14,000
    MonthlyEstimate estimate = estimate(70_000_000_000L, ONE_GIB);
    assertThat(estimate.lineItems().get(1).cost().amount()).isEqualByComparingTo("115000.2");
    assertThat(estimate.total().amount()).isEqualByComparingTo("129000.2");
    // 7,000,000,000 s ÷ 2,628,000 s = 2,663.6225 executions in flight on average
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.LAMBDA_CONCURRENCY_QUOTA)).isTrue();
      assertThat(f.message()).isEqualTo("the function averages 2,663.6225 executions in flight (invocations ×"
          + " mean duration ÷ 730 h), above AWS's default of 1,000 concurrent executions per account and region"
          + " (" + LAMBDA_QUOTAS + "); peaks are higher still: ask AWS to raise the quota \"Concurrent executions"
          + " (Service Quotas, AWS Lambda)\", or serve this traffic from an endpoint");
    });
  }

  @Test
  void arm_withProvisionedConcurrency_isPricedFromTheArmKeysOnEveryLine() {
    // arm, 1,024 MB, 100 ms, 2 instances 12 h a day; 1,000,000 requests, half of them (12 ÷ 24) in those hours
    LambdaInference lambda = LambdaInference.builder().from(ONE_GIB)
        .architecture(LambdaInference.Architecture.ARM).provisionedConcurrency(2).provisionedHoursPerDay(12)
        .build();
    assertThat(lambda.trafficShareInProvisionedHours()).isEqualByComparingTo("0.5");
    // capacity 2 × 12 × 109,500 ÷ 0.1 = 26,280,000 > 500,000 arriving: all 500,000 are served provisioned
    assertThat(lambda.requestsOnProvisioned(LambdaPrices.workload(1_000_000))).isEqualByComparingTo("500000");
    MonthlyEstimate estimate = estimate(1_000_000, lambda);
    assertThat(estimate.lineItems()).extracting(LineItem::description).containsExactly(
        "Lambda requests", "Lambda duration (1,024 MB, arm, on demand)",
        "Lambda provisioned concurrency (2 × 1,024 MB, 12 h a day)",
        "Lambda duration on provisioned concurrency (1,024 MB, arm)");
    assertThat(estimate.lineItems()).extracting(line -> line.price().orElseThrow().key().toString())
        .containsExactly("Lambda/Requests", "Lambda/Duration/arm", "Lambda/ProvisionedConcurrency/arm",
            "Lambda/ProvisionedConcurrencyDuration/arm");
    // requests: 1 M × USD 0.20 = 0.20
    // on demand: 500,000 × 0.1 s × 1 GiB = 50,000 GiB-s × 0.0000133334 (arm) = 0.66667
    // provisioned: 2 × 1 GiB × 12 h × 109,500 s = 2,628,000 GiB-s × 0.0000033333 (arm) = 8.7599124
    // on provisioned: 500,000 × 0.1 s × 1 GiB = 50,000 GiB-s × 0.0000077778 (arm) = 0.38889
    assertThat(estimate.lineItems()).extracting(LineItem::quantity).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1"), new BigDecimal("50000"), new BigDecimal("2628000"),
            new BigDecimal("50000"));
    assertThat(estimate.lineItems()).extracting(LineItem::cost).containsExactly(Money.usd("0.20"),
        Money.usd("0.66667"), Money.usd("8.7599124"), Money.usd("0.38889"));
    // 0.20 + 0.66667 + 8.7599124 + 0.38889 = 10.0154724
    assertThat(estimate.total()).isEqualTo(Money.usd("10.0154724"));
  }

  @Test
  void provisionedConcurrencyWithoutHours_orHoursWithoutConcurrency_pricesNoProvisionedLines() {
    // 0 h a day: nothing is configured, every request is on demand (3 M × 0.1 s × 1 GiB = 300,000 GiB-s)
    LambdaInference noHours = LambdaInference.builder().from(ONE_GIB).provisionedConcurrency(3)
        .provisionedHoursPerDay(0).build();
    assertThat(noHours.requestsOnProvisioned(LambdaPrices.workload(3_000_000))).isZero();
    assertThat(estimate(3_000_000, noHours).lineItems()).hasSize(2);
    assertThat(estimate(3_000_000, noHours).total().amount()).isEqualByComparingTo("5.60001");
    // 24 h a day but no instances: likewise
    LambdaInference noInstances = LambdaInference.builder().from(ONE_GIB).provisionedHoursPerDay(24).build();
    assertThat(noInstances.requestsOnProvisioned(LambdaPrices.workload(3_000_000))).isZero();
    assertThat(estimate(3_000_000, noInstances).lineItems()).hasSize(2);
  }

  @Test
  void meanConcurrencyExactlyAtTheQuota_isNoFinding_justAboveIs() {
    // 26,280,000,000 requests × 0.1 s = 2,628,000,000 s ÷ 2,628,000 s = exactly 1,000 executions in flight:
    // the default quota is met, not exceeded
    assertThat(ONE_GIB.meanConcurrency(LambdaPrices.workload(26_280_000_000L))).isEqualByComparingTo("1000");
    assertThat(estimate(26_280_000_000L, ONE_GIB).findings()).isEmpty();
    // 26,280 requests more: 2,628 s more ÷ 2,628,000 s = 0.001 more: 1,000.001 executions
    assertThat(estimate(26_280_026_280L, ONE_GIB).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the function averages 1,000.001 executions in flight"));
  }

  @Test
  void freeTier_isSubtracted_withAFindingThatItIsPerAccount() {
    LambdaInference free = LambdaInference.builder().from(ONE_GIB).freeTier(true).build();
    // 5,000,000 − 1,000,000 = 4 M × 0.20 = 0.80; 500,000 − 400,000 = 100,000 GiB-s × 0.0000166667 = 1.66667
    MonthlyEstimate estimate = estimate(5_000_000, free);
    assertThat(estimate.lineItems()).extracting(LineItem::formula).containsExactly(
        "(5,000,000 requests − 1,000,000 free) = 4 M requests × USD 0.2/1M requests = USD 0.80",
        "(5,000,000 requests × 0.1 s) × 1 GiB − 400,000 free = 100,000 GiB-seconds, tiered: 100,000 × USD"
            + " 0.0000166667/GiB-second = USD 1.67");
    assertThat(estimate.total().amount()).isEqualByComparingTo("2.46667");
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.LAMBDA_FREE_TIER)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.message()).isEqualTo("the Lambda free tier (1,000,000 requests and 400,000 GB-seconds a"
          + " month) is subtracted in full; it is per account, shared by every function of the account, so price"
          + " it once per account");
    });
    // below the allowance everything is free, never negative
    assertThat(estimate(300_000, free).total()).isEqualTo(Money.usd("0"));
  }

  @Test
  void freeTier_withProvisionedConcurrency_isNotApplied_andSaysSo() {
    LambdaInference lambda = LambdaInference.builder().from(ONE_GIB).freeTier(true).provisionedConcurrency(1)
        .provisionedHoursPerDay(0).build();
    assertThat(lambda.freeTierApplies()).isFalse();
    MonthlyEstimate estimate = estimate(3_000_000, lambda);
    assertThat(estimate.total().amount()).isEqualByComparingTo("5.60001");   // as without the free tier
    assertThat(estimate.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "the free tier is not subtracted: AWS does not apply the Lambda free tier to a function with provisioned"
            + " concurrency enabled (https://aws.amazon.com/lambda/pricing/); set provisionedConcurrency(0) to"
            + " price it with the free tier"));
  }

  @Test
  void meanDuration_isBilledPerMillisecond_roundedUp() {
    LambdaInference lambda = LambdaInference.builder().from(ONE_GIB).meanDuration(Duration.ofNanos(100_000_001))
        .build();
    assertThat(lambda.billedSeconds()).isEqualByComparingTo("0.101");
  }

  // ------------------------------------------------------------------------------------------ limits

  @Test
  void meanDurationAboveFifteenMinutes_isRefused() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaInference.builder().from(ONE_GIB).meanDuration(Duration.ofHours(1)).build());
    assertThat(e).hasMessage("LambdaInference.meanDuration must be <= 900 s (15 minutes) (Lambda function timeout;"
        + " AWS: " + LAMBDA_QUOTAS + "), but was 3,600 s; run longer work as a SageMaker processing job or batch"
        + " transform job, or split it into steps of at most 15 minutes (AWS Step Functions)");
    assertThat(e.limit()).isEqualTo(AwsLimits.LAMBDA_FUNCTION_TIMEOUT);
    assertThat(LambdaInference.builder().from(ONE_GIB).meanDuration(Duration.ofMinutes(15)).build().meanDuration())
        .isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void memoryOutside128To10240Megabytes_isRefused() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).memory(DataSize.ofMebibytes(64)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("LambdaInference.memory must be within 128 to 10,240 MB (Lambda function memory, in 1 MB steps;"
            + " AWS: " + LAMBDA_QUOTAS + "), but was 64 MiB; pick a size from 128 to 10,240 MB, such as"
            + " DataSize.ofMebibytes(1024)");
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).memory(DataSize.ofMebibytes(10_241)).build())
        .hasMessageContaining("but was 10241 MiB;");
    // AWS's MB is a mebibyte: a decimal size is not a whole number of them
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).memory(DataSize.ofMegabytes(1000)).build())
        .hasMessageContaining("but was 1 GB (953.6743 MiB, not a whole number of AWS's MB);");
    assertThat(LambdaInference.builder().from(ONE_GIB).memory(DataSize.ofMebibytes(128)).build().memoryGibibytes())
        .isEqualByComparingTo("0.125");
    assertThat(LambdaInference.builder().from(ONE_GIB).memory(DataSize.ofMebibytes(10_240)).build()
        .memoryGibibytes()).isEqualByComparingTo("10");
  }

  @Test
  void ephemeralStorageOutside512To10240Megabytes_isRefused() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).ephemeralStorage(DataSize.ofMebibytes(256))
            .build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("LambdaInference.ephemeralStorage must be within 512 to 10,240 MB (Lambda function ephemeral"
            + " storage (/tmp); AWS: " + LAMBDA_QUOTAS + "), but was 256 MiB; pick a size from 512 to 10,240 MB,"
            + " such as DataSize.ofMebibytes(512), the default, or keep large files in S3 or EFS");
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).ephemeralStorage(DataSize.ofMebibytes(10_241))
            .build())
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void payloadAboveSixMegabytes_isRefused_sixIsPriced() {
    Workload six = Workload.builder().from(LambdaPrices.workload(1000)).responsePayload(DataSize.ofMebibytes(6))
        .build();
    assertThat(LambdaPrices.scenario(1000).workload(six).addComponent(ONE_GIB).build().estimate().total().amount())
        .isPositive();
    Workload seven = Workload.builder().from(six).requestPayload(DataSize.ofMebibytes(7)).build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaPrices.scenario(1000).workload(seven).addComponent(ONE_GIB).build());
    assertThat(e).hasMessage("Workload.requestPayload (served by LambdaInference) must be <= 6 MB (6,291,456 bytes)"
        + " (Lambda synchronous invocation payload, request and response; AWS: " + LAMBDA_QUOTAS + "), but was"
        + " 7 MiB (7,340,032 bytes); put the data in S3 and send its key instead of the data");
    assertThat(e.limit()).isEqualTo(AwsLimits.LAMBDA_PAYLOAD);
  }

  // ------------------------------------------------------------------------------------- bad input

  @Test
  void provisionedAboveReserved_isRejected() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).reservedConcurrency(3)
            .provisionedConcurrency(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LambdaInference.provisionedConcurrency must be <= reservedConcurrency (3), but was 5; Lambda"
            + " cannot provision more instances than the function reserves: raise reservedConcurrency or lower"
            + " provisionedConcurrency");
    assertThat(LambdaInference.builder().from(ONE_GIB).reservedConcurrency(5).provisionedConcurrency(5).build()
        .provisionedConcurrency()).isEqualTo(5);
  }

  @Test
  void hoursADayOutside0To24_isRejected() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).provisionedConcurrency(1)
            .provisionedHoursPerDay(25).build())
        .hasMessage("LambdaInference.provisionedHoursPerDay must be between 0 and 24, but was 25; give the hours a"
            + " day the provisioned concurrency is configured (24 for always)");
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).provisionedHoursPerDay(-0.5).build())
        .hasMessageContaining("but was -0.5;");
  }

  @Test
  void warmUpIntervalOfZero_isRejected() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).warmUpInterval(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LambdaInference.warmUpInterval must be > 0 s, but was PT0S");
  }

  @Test
  void negativeProvisionedConcurrency_andTrafficShareAboveOne_areRejected() {
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).provisionedConcurrency(-1).build())
        .hasMessage("LambdaInference.provisionedConcurrency must be >= 0, but was -1");
    assertThatThrownBy(() -> LambdaInference.builder().from(ONE_GIB).provisionedTrafficShare(1.5).build())
        .hasMessage("LambdaInference.provisionedTrafficShare must be between 0 and 1, but was 1.5");
  }

  @Test
  void responsePayloadAboveSixMegabytes_isRefused() {
    Workload seven = Workload.builder().from(LambdaPrices.workload(1000)).responsePayload(DataSize.ofMebibytes(7))
        .build();
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> LambdaPrices.scenario(1000).workload(seven).addComponent(ONE_GIB).build());
    assertThat(e).hasMessageStartingWith("Workload.responsePayload (served by LambdaInference) must be <= 6 MB"
        + " (6,291,456 bytes)");
  }
}
