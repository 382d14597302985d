package dev.costmodel.api.azure;

import static dev.costmodel.api.CloudFixtures.AZURE;
import static dev.costmodel.api.CloudFixtures.SEED;
import static dev.costmodel.api.CloudFixtures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.costmodel.api.Cloud;
import dev.costmodel.api.CloudFixtures;
import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Azure Functions on the consumption plan: both lines from list prices computed by hand, the grant, the limits. */
class AzureFunctionsTest {
  static final AzureFunctions HALF_GB = AzureFunctions.builder().memory(DataSize.ofMebibytes(512))
      .meanDuration(Duration.ofMillis(100)).build();

  /** 1,000 executions a month. */
  private static final Workload THOUSAND = CloudFixtures.workload(1, 1000);

  @Test
  void seedWorkload_executionTimeAndExecutions_fromListPrices() {
    // 4,000,000 executions × 0.1 s × 0.5 GB = 200,000 GB-s × USD 0.000016 = USD 3.20
    // 4,000,000 ÷ 1,000,000 = 4 × USD 0.20 = USD 0.80
    MonthlyEstimate estimate = estimate(AZURE, SEED, HALF_GB);
    List<LineItem> lines = estimate.lineItems();
    assertThat(lines).extracting(LineItem::description).containsExactly("Azure Functions execution time (0.5 GB)",
        "Azure Functions executions");
    assertThat(lines).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("200000", "4");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("3.2", "0.8");
    assertThat(lines).extracting(LineItem::formula).containsExactly(
        "4,000,000 executions × 0.1 s × 0.5 GB = 200,000 GiB-seconds × USD 0.000016/GiB-second = USD 3.20",
        "4,000,000 executions ÷ 1,000,000 = 4 M requests × USD 0.2/1M requests = USD 0.80");
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.component()).isEqualTo("AzureFunctions");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
    assertThat(estimate.total().amount()).isEqualByComparingTo("4.00");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void memory_isBilledRoundedUpToTheNext128Megabytes() {
    assertThat(withMemory(DataSize.ofBytes(1)).billedGigabytes()).isEqualByComparingTo("0.125");
    assertThat(withMemory(DataSize.ofMebibytes(128)).billedGigabytes()).isEqualByComparingTo("0.125");
    assertThat(withMemory(DataSize.ofBytes((128L << 20) + 1)).billedGigabytes()).isEqualByComparingTo("0.25");
    // 300 MB → 384 MB = 0.375 GB
    assertThat(withMemory(DataSize.ofMebibytes(300)).billedGigabytes()).isEqualByComparingTo("0.375");
    assertThat(withMemory(DataSize.ofMebibytes(1536)).billedGigabytes()).isEqualByComparingTo("1.5");
    // 4,000,000 × 0.1 s × 0.375 GB = 150,000 GB-s × USD 0.000016 = USD 2.40
    assertThat(estimate(AZURE, SEED, withMemory(DataSize.ofMebibytes(300))).lineItems().get(0).cost().amount())
        .isEqualByComparingTo("2.40");
  }

  @Test
  void eachExecution_isBilledToTheNextMillisecond_atLeast100() {
    // 1,000 executions × 0.5 GB × billed seconds
    assertThat(gbSeconds(Duration.ofMillis(1))).isEqualByComparingTo("50");          // 0.1 s minimum
    assertThat(gbSeconds(Duration.ofMillis(99))).isEqualByComparingTo("50");         // 0.1 s minimum
    assertThat(gbSeconds(Duration.ofNanos(100_400_000))).isEqualByComparingTo("50.5"); // 0.101 s
    assertThat(gbSeconds(Duration.ofMillis(250))).isEqualByComparingTo("125");       // 0.25 s
  }

  @Test
  void freeGrant_isSubtractedFromBothLines_andSaysItIsShared() {
    // 1,536 MB = 1.5 GB: 4,000,000 × 0.1 s × 1.5 = 600,000 GB-s − 400,000 = 200,000 × USD 0.000016 = USD 3.20
    // 4,000,000 − 1,000,000 = 3,000,000 ÷ 1,000,000 = 3 × USD 0.20 = USD 0.60
    AzureFunctions granted = AzureFunctions.builder().memory(DataSize.ofMebibytes(1536))
        .meanDuration(Duration.ofMillis(100)).freeGrant(true).build();
    MonthlyEstimate estimate = estimate(AZURE, SEED, granted);
    assertThat(estimate.lineItems()).extracting(LineItem::formula).containsExactly(
        "600,000 GB-seconds − 400,000 free = 200,000 GiB-seconds × USD 0.000016/GiB-second = USD 3.20",
        "4,000,000 executions − 1,000,000 free ÷ 1,000,000 = 3 M requests × USD 0.2/1M requests = USD 0.60");
    assertThat(estimate.total().amount()).isEqualByComparingTo("3.80");
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.FREE_ALLOWANCE_SHARED)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.component()).isEqualTo("AzureFunctions");
      assertThat(f.message()).isEqualTo("the Azure Functions free grant (400,000 GB-s and 1 million executions a"
          + " month) is subtracted, but it is shared by every function app of the subscription; turn freeGrant"
          + " off unless this is the only one");
    });
    // within the grant nothing is billed, and nothing is negative
    MonthlyEstimate small = estimate(AZURE, CloudFixtures.workload(1, 500_000), granted);
    assertThat(small.lineItems()).allSatisfy(line -> assertThat(line.cost().amount()).isZero());
    assertThat(AzureFunctions.builder().memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100))
        .build().freeGrant()).isFalse();
  }

  @Test
  void nameAndCloud() {
    assertThat(HALF_GB.name()).isEqualTo("AzureFunctions");
    assertThat(HALF_GB.cloud()).contains(Cloud.AZURE);
  }

  // ------------------------------------------------------------------------------------------ limits

  @Test
  void memoryAbove1536Megabytes_isRefused_and1536IsAllowed() {
    DataSize tooLarge = DataSize.ofBytes((1536L << 20) + 1);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> withMemory(tooLarge));
    assertThat(e.limit()).isEqualTo(AzureLimits.FUNCTIONS_CONSUMPTION_MEMORY);
    assertThat(e.field()).isEqualTo("AzureFunctions.memory");
    assertThat(e).hasMessage("AzureFunctions.memory must be <= 1.5 GB (1,536 MB) (Azure Functions consumption plan"
        + " maximum memory per instance; Azure: " + AzureLimits.FUNCTIONS_CONSUMPTION_MEMORY.source() + "), but"
        + " was " + tooLarge + "; use the Flex Consumption or Premium plan, or AzureOnlineEndpoint");
    assertThat(withMemory(DataSize.ofMebibytes(1536)).memory()).isEqualTo(DataSize.ofMebibytes(1536));
  }

  @Test
  void zeroMemory_isRefused() {
    assertThatThrownBy(() -> withMemory(DataSize.ZERO)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("AzureFunctions.memory must be > 0, but was " + DataSize.ZERO);
  }

  @Test
  void httpFunctionsAnswerWithin230Seconds() {
    assertThat(withDuration(Duration.ofSeconds(230)).meanDuration()).isEqualTo(Duration.ofSeconds(230));
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> withDuration(Duration.ofSeconds(230).plusMillis(1)));
    assertThat(e.limit()).isEqualTo(AzureLimits.FUNCTIONS_HTTP_RESPONSE);
    assertThat(e).hasMessage("AzureFunctions.meanDuration must be <= 230 s (Azure Functions HTTP response time;"
        + " Azure: " + AzureLimits.FUNCTIONS_HTTP_RESPONSE.source() + "), but was 230.001 s; answer at once and"
        + " finish the work with Durable Functions, or serve it from an AzureOnlineEndpoint");
  }

  @Test
  void beyondTenMinutes_theConsumptionPlanTimeoutIsNamed() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> withDuration(Duration.ofMinutes(10).plusMillis(1)));
    assertThat(e.limit()).isEqualTo(AzureLimits.FUNCTIONS_CONSUMPTION_TIMEOUT);
    assertThat(e).hasMessage("AzureFunctions.meanDuration must be <= 10 minutes (5 by default) (Azure Functions"
        + " consumption plan maximum timeout; Azure: " + AzureLimits.FUNCTIONS_CONSUMPTION_TIMEOUT.source() + "),"
        + " but was 600.001 s; use the Premium plan or an AzureMLCompute batch endpoint");
    assertThatThrownBy(() -> withDuration(Duration.ZERO)).hasMessageStartingWith("AzureFunctions.meanDuration must"
        + " be > 0 s");
  }

  @Test
  void requestAbove100Mebibytes_isRefused_and100IsAllowed() {
    DataSize tooLarge = DataSize.ofBytes((100L << 20) + 1);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> build(tooLarge, DataSize.ofKibibytes(1)));
    assertThat(e.limit()).isEqualTo(AzureLimits.FUNCTIONS_REQUEST_SIZE);
    assertThat(e.field()).isEqualTo("Workload.requestPayload (served by AzureFunctions)");
    assertThat(e).hasMessage("Workload.requestPayload (served by AzureFunctions) must be <= 100 MB (Azure Functions"
        + " maximum HTTP request size; Azure: " + AzureLimits.FUNCTIONS_REQUEST_SIZE.source() + "), but was "
        + tooLarge + " (104,857,601 bytes); send a reference to the data in Blob Storage");
    assertThat(build(DataSize.ofMebibytes(100), DataSize.ofMebibytes(200)).components()).hasSize(1);
  }

  @Test
  void pricedFromAGoogleCatalog_isRefused_namingCloudRunAndCloudFunctions() {
    assertThatThrownBy(() -> estimate(CloudFixtures.GCP, SEED, HALF_GB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AzureFunctions.prices must be an Azure catalog (AzureFunctions prices Azure services), but was"
            + " gcp/test-central1, a Google Cloud catalog; use CloudRun or CloudFunctions, Google Cloud's"
            + " equivalent, or price AzureFunctions from PriceCatalogs.azureEastUs()");
  }

  private static AzureFunctions withMemory(DataSize memory) {
    return AzureFunctions.builder().from(HALF_GB).memory(memory).build();
  }

  private static AzureFunctions withDuration(Duration duration) {
    return AzureFunctions.builder().from(HALF_GB).meanDuration(duration).build();
  }

  private static java.math.BigDecimal gbSeconds(Duration duration) {
    return estimate(AZURE, THOUSAND, withDuration(duration)).lineItems().get(0).quantity();
  }

  private static CostScenario build(DataSize request, DataSize response) {
    return CloudFixtures.scenario(AZURE, CloudFixtures.payloads(request, response), ModelTopology.shared(),
        HALF_GB);
  }
}
