package dev.costmodel.api.gcp;

import static dev.costmodel.api.CloudFixtures.GCP;
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
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.gcp.CloudFunctions.Generation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both generations of Cloud Functions, every line from list prices computed by hand, and every limit. */
class CloudFunctionsTest {
  static final CloudFunctions FIRST_512 = CloudFunctions.builder().generation(Generation.FIRST)
      .memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100)).build();
  static final CloudFunctions SECOND_1G = CloudFunctions.builder().memory(DataSize.ofGibibytes(1))
      .meanDuration(Duration.ofMillis(100)).build();

  /** 1,000 requests a month. */
  private static final dev.costmodel.api.Workload THOUSAND = CloudFixtures.workload(1, 1000);

  @Test
  void firstGen_invocationsMemoryAndGigahertz_fromListPrices() {
    // invocations: 4,000,000 ÷ 1,000,000 = 4 × USD 0.40 = USD 1.60
    // memory: 4,000,000 × 0.1 s × 0.5 GiB = 200,000 GiB-s × USD 0.0000025 = USD 0.50
    // CPU (512 MB runs at 0.8 GHz): 4,000,000 × 0.1 s × 0.8 = 320,000 GHz-s × USD 0.00001 = USD 3.20
    MonthlyEstimate estimate = estimate(GCP, SEED, FIRST_512);
    List<LineItem> lines = estimate.lineItems();
    assertThat(lines).extracting(LineItem::description).containsExactly("Cloud Functions (1st gen) invocations",
        "Cloud Functions (1st gen) memory (512 MiB)", "Cloud Functions (1st gen) CPU (0.8 GHz)");
    assertThat(lines).extracting(LineItem::formula).containsExactly(
        "4,000,000 invocations ÷ 1,000,000 = 4 M invocations × USD 0.4/1M invocations = USD 1.60",
        "4,000,000 invocations × 0.1 s × 0.5 GiB = 200,000 GiB-seconds × USD 0.0000025/GiB-second = USD 0.50",
        "4,000,000 invocations × 0.1 s × 0.8 GHz = 320,000 GHz-seconds × USD 0.00001/GHz-second = USD 3.20");
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.component()).isEqualTo("CloudFunctions");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
    assertThat(estimate.total().amount()).isEqualByComparingTo("5.30");
  }

  @Test
  void firstGen_billsEachInvocationIn100MillisecondSteps() {
    // 120 ms bills as 0.2 s: 1,000 × 0.2 s × 0.5 GiB = 100 GiB-s; × 0.8 GHz = 160 GHz-s
    CloudFunctions slow = CloudFunctions.builder().from(FIRST_512).meanDuration(Duration.ofMillis(120)).build();
    List<LineItem> lines = estimate(GCP, THOUSAND, slow).lineItems();
    assertThat(lines.get(1).quantity()).isEqualByComparingTo("100");
    assertThat(lines.get(2).quantity()).isEqualByComparingTo("160");
  }

  @Test
  void firstGen_cpuClock_followsTheMemorySize() {
    // 1,000 invocations × 0.1 s = 100 s × the clock of each size, in GHz-seconds
    long[] mebibytes = {128, 256, 512, 1024, 2048, 4096, 8192};
    String[] ghzSeconds = {"20", "40", "80", "140", "240", "480", "480"};
    for (int i = 0; i < mebibytes.length; i++) {
      CloudFunctions function = CloudFunctions.builder().from(FIRST_512)
          .memory(DataSize.ofMebibytes(mebibytes[i])).build();
      assertThat(estimate(GCP, THOUSAND, function).lineItems().get(2).quantity())
          .as("%d MiB", mebibytes[i]).isEqualByComparingTo(ghzSeconds[i]);
    }
  }

  @Test
  void secondGen_isTheDefault_andPricedAsCloudRun_withGooglesVcpuForTheMemory() {
    CloudFunctions byDefault = CloudFunctions.builder().memory(DataSize.ofGibibytes(1))
        .meanDuration(Duration.ofMillis(100)).build();
    assertThat(byDefault.generation()).isEqualTo(Generation.SECOND);
    // 1 GiB → 0.583 vCPU: 400,000 s × 0.583 = 233,200 vCPU-s × USD 0.000024 = USD 5.5968
    // memory 400,000 GiB-s × USD 0.0000025 = USD 1.00; requests 4 × USD 0.40 = USD 1.60
    MonthlyEstimate estimate = estimate(GCP, SEED, SECOND_1G);
    List<LineItem> lines = estimate.lineItems();
    assertThat(lines).extracting(LineItem::description).containsExactly(
        "Cloud Run functions (2nd gen) CPU (0.583 vCPU)", "Cloud Run functions (2nd gen) memory (1 GiB)",
        "Cloud Run functions (2nd gen) requests");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("5.5968", "1", "1.6");
    assertThat(lines).extracting(LineItem::component).containsOnly("CloudFunctions");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void asCloudRun_carriesTheAssignedVcpu_memoryAndDuration() {
    long[] mebibytes = {128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768};
    String[] vcpu = {"0.083", "0.167", "0.333", "0.583", "1", "2", "2", "4", "8"};
    for (int i = 0; i < mebibytes.length; i++) {
      CloudRun run = CloudFunctions.builder().from(SECOND_1G).memory(DataSize.ofMebibytes(mebibytes[i])).build()
          .asCloudRun();
      assertThat(run.cpu()).as("%d MiB", mebibytes[i]).isEqualByComparingTo(vcpu[i]);
      assertThat(run.memory()).isEqualTo(DataSize.ofMebibytes(mebibytes[i]));
      assertThat(run.meanDuration()).isEqualTo(Duration.ofMillis(100));
      assertThat(run.concurrency()).isEqualTo(1);
    }
  }

  @Test
  void nameAndCloud() {
    assertThat(FIRST_512.name()).isEqualTo("CloudFunctions");
    assertThat(FIRST_512.cloud()).contains(Cloud.GCP);
  }

  // ------------------------------------------------------------------------------------------ limits

  @Test
  void firstGen_memoryOutsideItsSizes_isRefused() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> CloudFunctions.builder().from(FIRST_512).memory(DataSize.ofGibibytes(16)).build());
    assertThat(e.limit()).isEqualTo(GcpLimits.FUNCTIONS_1ST_GEN_MEMORY);
    assertThat(e.field()).isEqualTo("CloudFunctions.memory");
    assertThat(e).hasMessage("CloudFunctions.memory must be one of 128, 256 or 512 MiB, 1, 2, 4 or 8 GiB"
        + " (Cloud Functions (1st gen) memory sizes; Google Cloud: " + GcpLimits.FUNCTIONS_1ST_GEN_MEMORY.source()
        + "), but was 16 GiB; pick the nearest size, such as DataSize.ofMebibytes(512)");
    assertThatThrownBy(() -> CloudFunctions.builder().from(FIRST_512).memory(DataSize.ofMebibytes(300)).build())
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("but was 300 MiB;");
  }

  @Test
  void secondGen_allows16And32Gibibytes_butNotOtherSizes() {
    assertThat(CloudFunctions.builder().from(SECOND_1G).memory(DataSize.ofGibibytes(16)).build().memory())
        .isEqualTo(DataSize.ofGibibytes(16));
    assertThatThrownBy(() -> CloudFunctions.builder().from(SECOND_1G).memory(DataSize.ofMebibytes(300)).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageEndingWith("but was 300 MiB; pick the nearest size, such as DataSize.ofMebibytes(512) (2nd gen"
            + " also allows 16 and 32 GiB)");
  }

  @Test
  void memoryNotAWholeNumberOfMebibytes_isRefused() {
    // 512 MiB and one byte would otherwise look like 512 MiB
    DataSize odd = DataSize.ofBytes((512L << 20) + 1);
    assertThatThrownBy(() -> CloudFunctions.builder().from(FIRST_512).memory(odd).build())
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("but was " + odd + ";");
    assertThatThrownBy(() -> CloudFunctions.builder().from(SECOND_1G).memory(odd).build())
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void firstGen_above540Seconds_isRefused_and540IsAllowed() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> CloudFunctions.builder()
        .from(FIRST_512).meanDuration(Duration.ofSeconds(540).plusMillis(1)).build());
    assertThat(e.limit()).isEqualTo(GcpLimits.FUNCTIONS_1ST_GEN_TIMEOUT);
    assertThat(e).hasMessage("CloudFunctions.meanDuration must be <= 540 s (9 minutes) (Cloud Functions (1st gen)"
        + " maximum timeout; Google Cloud: " + GcpLimits.FUNCTIONS_1ST_GEN_TIMEOUT.source() + "), but was"
        + " 540.001 s; use a 2nd gen function (up to 60 minutes) or CloudRun");
    assertThat(CloudFunctions.builder().from(FIRST_512).meanDuration(Duration.ofSeconds(540)).build()
        .meanDuration()).isEqualTo(Duration.ofSeconds(540));
  }

  @Test
  void secondGen_aboveSixtyMinutes_isRefused_andSixtyIsAllowed() {
    assertThat(CloudFunctions.builder().from(SECOND_1G).meanDuration(Duration.ofMinutes(60)).build()
        .meanDuration()).isEqualTo(Duration.ofMinutes(60));
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> CloudFunctions.builder()
        .from(SECOND_1G).meanDuration(Duration.ofMinutes(60).plusMillis(1)).build());
    assertThat(e.limit()).isEqualTo(GcpLimits.FUNCTIONS_2ND_GEN_TIMEOUT);
    assertThat(e).hasMessageEndingWith("but was 3,600.001 s; run longer work as a Cloud Run job or a"
        + " VertexBatchPrediction");
  }

  @Test
  void zeroMeanDuration_isRefused() {
    assertThatThrownBy(() -> CloudFunctions.builder().from(FIRST_512).meanDuration(Duration.ZERO).build())
        .hasMessageStartingWith("CloudFunctions.meanDuration must be > 0");
  }

  @Test
  void firstGen_requestOrResponseAbove10Mebibytes_isRefused() {
    DataSize tooLarge = DataSize.ofBytes((10L << 20) + 1);
    LimitExceededException request = catchThrowableOfType(LimitExceededException.class,
        () -> build(FIRST_512, tooLarge, DataSize.ofKibibytes(1)));
    assertThat(request.limit()).isEqualTo(GcpLimits.FUNCTIONS_1ST_GEN_PAYLOAD);
    assertThat(request).hasMessage("Workload.requestPayload (served by CloudFunctions) must be <= 10 MB"
        + " (Cloud Functions (1st gen) maximum HTTP request and response size; Google Cloud: "
        + GcpLimits.FUNCTIONS_1ST_GEN_PAYLOAD.source() + "), but was " + tooLarge + " (10,485,761 bytes); use a"
        + " 2nd gen function (32 MB) or CloudRun");
    LimitExceededException response = catchThrowableOfType(LimitExceededException.class,
        () -> build(FIRST_512, DataSize.ofKibibytes(1), tooLarge));
    assertThat(response.field()).isEqualTo("Workload.responsePayload (served by CloudFunctions)");
    assertThat(response.limit()).isEqualTo(GcpLimits.FUNCTIONS_1ST_GEN_PAYLOAD);
    // exactly 10 MiB each way is accepted
    assertThat(build(FIRST_512, DataSize.ofMebibytes(10), DataSize.ofMebibytes(10)).components()).hasSize(1);
  }

  @Test
  void secondGen_acceptsRequestsUpTo32Mebibytes_andAnyResponse() {
    assertThat(build(SECOND_1G, DataSize.ofMebibytes(32), DataSize.ofMebibytes(64)).components()).hasSize(1);
    DataSize tooLarge = DataSize.ofBytes((32L << 20) + 1);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> build(SECOND_1G, tooLarge, DataSize.ofKibibytes(1)));
    assertThat(e.limit()).isEqualTo(GcpLimits.CLOUD_RUN_REQUEST_SIZE);
    assertThat(e.field()).isEqualTo("Workload.requestPayload (served by CloudFunctions)");
    assertThat(e).hasMessageEndingWith("but was " + tooLarge + " (33,554,433 bytes); send a reference to the"
        + " data in Cloud Storage");
  }

  @Test
  void pricedFromAnAzureCatalog_isRefused_namingAzureFunctions() {
    assertThatThrownBy(() -> estimate(CloudFixtures.AZURE, SEED, FIRST_512))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CloudFunctions.prices must be a Google Cloud catalog (CloudFunctions prices Google Cloud"
            + " services), but was azure/test-eastus, an Azure catalog; use AzureFunctions, Azure's equivalent, or"
            + " price CloudFunctions from PriceCatalogs.gcpUsCentral1()");
  }

  private static CostScenario build(CloudFunctions function, DataSize request, DataSize response) {
    return CloudFixtures.scenario(GCP, CloudFixtures.payloads(request, response), ModelTopology.shared(), function);
  }
}
