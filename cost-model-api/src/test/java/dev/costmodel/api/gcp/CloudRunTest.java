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
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Cloud Run line from list prices computed by hand, its free tier, its limits and its findings. */
class CloudRunTest {
  static final CloudRun HALF_GIB = CloudRun.builder().memory(DataSize.ofMebibytes(512))
      .meanDuration(Duration.ofMillis(100)).build();

  @Test
  void seedWorkload_cpuMemoryAndRequests_fromListPrices() {
    // 4,000,000 requests × 0.1 s ÷ 1 = 400,000 s
    //   CPU: 400,000 s × 1 vCPU × USD 0.000024 = USD 9.60
    //   memory: 400,000 s × 0.5 GiB = 200,000 GiB-s × USD 0.0000025 = USD 0.50
    //   requests: 4,000,000 ÷ 1,000,000 = 4 × USD 0.40 = USD 1.60
    MonthlyEstimate estimate = estimate(GCP, SEED, HALF_GIB);
    List<LineItem> lines = estimate.lineItems();
    assertThat(lines).extracting(LineItem::description).containsExactly("Cloud Run CPU (1 vCPU)",
        "Cloud Run memory (512 MiB)", "Cloud Run requests");
    assertThat(lines).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("400000", "200000", "4");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("9.6", "0.5", "1.6");
    assertThat(lines).extracting(LineItem::formula).containsExactly(
        "400,000 s × 1 vCPU = 400,000 vCPU-seconds × USD 0.000024/vCPU-second = USD 9.60",
        "400,000 s × 0.5 GiB = 200,000 GiB-seconds × USD 0.0000025/GiB-second = USD 0.50",
        "4,000,000 requests ÷ 1,000,000 = 4 M requests × USD 0.4/1M requests = USD 1.60");
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.component()).isEqualTo("CloudRun");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
    assertThat(estimate.total().amount()).isEqualByComparingTo("11.70");
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void twoVcpus_doubleTheCpuLine_only() {
    // 400,000 s × 2 vCPU = 800,000 vCPU-s × 0.000024 = 19.20; memory and requests as before (0.50, 1.60)
    CloudRun run = CloudRun.builder().from(HALF_GIB).cpu(2).build();
    assertThat(run.cpu()).isEqualByComparingTo("2");
    assertThat(estimate(GCP, SEED, run).lineItems())
        .extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("19.2", "0.5", "1.6");
    assertThat(estimate(GCP, SEED, run).lineItems().get(0).description()).isEqualTo("Cloud Run CPU (2 vCPU)");
  }

  @Test
  void cpu_fromADouble_isTakenExactlyAsWritten() {
    CloudRun run = CloudRun.builder().from(HALF_GIB).cpu(0.25).build();
    assertThat(run.cpu()).isEqualByComparingTo("0.25");
    // 400,000 s × 0.25 vCPU = 100,000 vCPU-s × 0.000024 = 2.40
    assertThat(estimate(GCP, SEED, run).lineItems().get(0).cost().amount()).isEqualByComparingTo("2.40");
  }

  @Test
  void defaults_oneVcpu_concurrencyOne_noMinInstances_noFreeTier() {
    CloudRun run = CloudRun.builder().memory(DataSize.ofMebibytes(512)).meanDuration(Duration.ofMillis(100))
        .build();
    assertThat(run.cpu()).isEqualByComparingTo("1");
    assertThat(run.concurrency()).isEqualTo(1);
    assertThat(run.minInstances()).isZero();
    assertThat(run.freeTier()).isFalse();
    assertThat(run.name()).isEqualTo("CloudRun");
    assertThat(run.cloud()).contains(Cloud.GCP);
  }

  @Test
  void billedSeconds_roundEachRequestUpToTheNext100Milliseconds_andShareByConcurrency() {
    // 4,000,000 requests: 100 ms → 0.1 s each = 400,000 s; 101 ms and 120 ms → 0.2 s = 800,000 s;
    // 1 ns → 0.1 s = 400,000 s; 2 s stays 2 s = 8,000,000 s
    assertThat(HALF_GIB.billedSeconds(context())).isEqualByComparingTo("400000");
    assertThat(withDuration(Duration.ofMillis(101)).billedSeconds(context())).isEqualByComparingTo("800000");
    assertThat(withDuration(Duration.ofMillis(120)).billedSeconds(context())).isEqualByComparingTo("800000");
    assertThat(withDuration(Duration.ofNanos(1)).billedSeconds(context())).isEqualByComparingTo("400000");
    assertThat(withDuration(Duration.ofSeconds(2)).billedSeconds(context())).isEqualByComparingTo("8000000");
    // 4 requests at once share an instance: 800,000 s ÷ 4 = 200,000 s
    CloudRun shared = CloudRun.builder().from(withDuration(Duration.ofMillis(120))).concurrency(4).build();
    assertThat(shared.billedSeconds(context())).isEqualByComparingTo("200000");
    // CPU 200,000 × 0.000024 = 4.80; memory 100,000 GiB-s × 0.0000025 = 0.25; requests are not shared: 1.60
    assertThat(estimate(GCP, SEED, shared).lineItems())
        .extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("4.8", "0.25", "1.6");
  }

  @Test
  void minInstances_addIdleCpuAndMemory_allMonth() {
    // 2 instances × 730 h × 3,600 s = 5,256,000 s
    //   idle CPU: × 2 vCPU = 10,512,000 vCPU-s × USD 0.0000025 = USD 26.28
    //   idle memory: × 1 GiB = 5,256,000 GiB-s × USD 0.000002 = USD 10.512
    // active: 400,000 s × 2 vCPU × 0.000024 = 19.20; 400,000 GiB-s × 0.0000025 = 1.00; requests 1.60
    CloudRun run = CloudRun.builder().memory(DataSize.ofGibibytes(1)).cpu(2).meanDuration(Duration.ofMillis(100))
        .minInstances(2).build();
    List<LineItem> lines = estimate(GCP, SEED, run).lineItems();
    assertThat(lines).hasSize(5);
    assertThat(lines.subList(3, 5)).extracting(LineItem::description).containsExactly(
        "Cloud Run minimum instances, idle CPU", "Cloud Run minimum instances, idle memory");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("19.2", "1", "1.6", "26.28", "10.512");
    assertThat(lines.get(3).formula()).isEqualTo("2 instances × 730 h × 3,600 s/h × 2 vCPU = 10,512,000"
        + " vCPU-seconds × USD 0.0000025/vCPU-second = USD 26.28");
    assertThat(lines.get(4).formula()).isEqualTo("2 instances × 730 h × 3,600 s/h × 1 GiB = 5,256,000"
        + " GiB-seconds × USD 0.000002/GiB-second = USD 10.51");
    assertThat(lines.subList(3, 5)).allSatisfy(line -> {
      assertThat(line.component()).isEqualTo("CloudRun");
      assertThat(line.category()).isEqualTo(CostCategory.INFERENCE);
    });
  }

  @Test
  void oneMinInstance_isPriced_andZeroAddsNoLines() {
    // 1 × 730 × 3,600 = 2,628,000 s × 1 vCPU × 0.0000025 = 6.57; × 0.5 GiB = 1,314,000 GiB-s × 0.000002 = 2.628
    CloudRun one = CloudRun.builder().from(HALF_GIB).minInstances(1).build();
    assertThat(estimate(GCP, SEED, one).lineItems()).hasSize(5)
        .extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .endsWith("6.57", "2.628");
    assertThat(estimate(GCP, SEED, HALF_GIB).lineItems()).hasSize(3);
  }

  @Test
  void freeTier_isSubtractedFromEachLine_neverBelowZero_andSaysItIsShared() {
    // CPU 400,000 − 180,000 = 220,000 vCPU-s × 0.000024 = 5.28
    // memory 200,000 − 360,000 < 0 → 0 GiB-s = 0
    // requests 4,000,000 − 2,000,000 = 2,000,000 ÷ 1,000,000 = 2 × 0.40 = 0.80
    CloudRun free = CloudRun.builder().from(HALF_GIB).freeTier(true).build();
    MonthlyEstimate estimate = estimate(GCP, SEED, free);
    List<LineItem> lines = estimate.lineItems();
    assertThat(lines).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
        .containsExactly("220000", "0", "2");
    assertThat(lines).extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("5.28", "0", "0.8");
    assertThat(lines).extracting(LineItem::formula).containsExactly(
        "400,000 vCPU-seconds − 180,000 free = 220,000 vCPU-seconds × USD 0.000024/vCPU-second = USD 5.28",
        "200,000 GiB-seconds − 360,000 free = 0 GiB-seconds × USD 0.0000025/GiB-second = USD 0.00",
        "4,000,000 requests − 2,000,000 free ÷ 1,000,000 = 2 M requests × USD 0.4/1M requests = USD 0.80");
    assertThat(estimate.total().amount()).isEqualByComparingTo("6.08");
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.FREE_ALLOWANCE_SHARED)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.component()).isEqualTo("CloudRun");
      assertThat(f.message()).isEqualTo("Cloud Run's free tier (180,000 vCPU-seconds, 360,000 GiB-seconds and"
          + " 2 million requests a month) is subtracted, but it is shared by every service of the billing account;"
          + " turn freeTier off unless this is the only one");
    });
  }

  @Test
  void freeTier_doesNotTouchMinInstances() {
    // idle lines as without the free tier: 2,628,000 s × 0.0000025 = 6.57 and 1,314,000 GiB-s × 0.000002 = 2.628
    CloudRun run = CloudRun.builder().from(HALF_GIB).freeTier(true).minInstances(1).build();
    assertThat(estimate(GCP, SEED, run).lineItems())
        .extracting(line -> line.cost().amount().stripTrailingZeros().toPlainString())
        .containsExactly("5.28", "0", "0.8", "6.57", "2.628");
  }

  // ------------------------------------------------------------------------------------------ limits

  @Test
  void meanDurationAboveSixtyMinutes_isRefused_andSixtyIsAllowed() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> withDuration(Duration.ofMinutes(60).plusMillis(1)));
    assertThat(e.limit()).isEqualTo(GcpLimits.CLOUD_RUN_REQUEST_TIMEOUT);
    assertThat(e.field()).isEqualTo("CloudRun.meanDuration");
    assertThat(e).hasMessage("CloudRun.meanDuration must be <= 60 minutes (3,600 s) (Cloud Run maximum request"
        + " timeout; Google Cloud: " + GcpLimits.CLOUD_RUN_REQUEST_TIMEOUT.source() + "), but was 3,600.001 s;"
        + " run longer work as a Cloud Run job or a VertexBatchPrediction");
    assertThat(withDuration(Duration.ofMinutes(60)).meanDuration()).isEqualTo(Duration.ofMinutes(60));
  }

  @Test
  void zeroOrNegativeMeanDuration_isRefused() {
    assertThatThrownBy(() -> withDuration(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CloudRun.meanDuration must be > 0");
  }

  @Test
  void memoryAbove32Gibibytes_isRefused_and32IsAllowed() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> CloudRun.builder().from(HALF_GIB).memory(DataSize.ofMebibytes(32 * 1024 + 1)).build());
    assertThat(e.limit()).isEqualTo(GcpLimits.CLOUD_RUN_MEMORY);
    assertThat(e.field()).isEqualTo("CloudRun.memory");
    assertThat(e).hasMessage("CloudRun.memory must be <= 32 GiB (with 8 vCPU) (Cloud Run maximum memory per"
        + " instance; Google Cloud: " + GcpLimits.CLOUD_RUN_MEMORY.source() + "), but was 32769 MiB; serve"
        + " larger models from VertexOnlinePrediction");
    assertThat(CloudRun.builder().from(HALF_GIB).memory(DataSize.ofGibibytes(32)).build().memory())
        .isEqualTo(DataSize.ofGibibytes(32));
  }

  @Test
  void zeroMemory_isRefused_butOneByteIsNot() {
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).memory(DataSize.ZERO).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("CloudRun.memory must be > 0, but was " + DataSize.ZERO);
    assertThat(CloudRun.builder().from(HALF_GIB).memory(DataSize.ofBytes(1)).build().memory().toBytes())
        .isEqualTo(1);
  }

  @Test
  void concurrency_mustBeOneToAThousand() {
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).concurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CloudRun.concurrency must be between 1 and 1000, but was 0");
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).concurrency(1001).build())
        .hasMessage("CloudRun.concurrency must be between 1 and 1000, but was 1001");
    assertThat(CloudRun.builder().from(HALF_GIB).concurrency(1).build().concurrency()).isEqualTo(1);
    assertThat(CloudRun.builder().from(HALF_GIB).concurrency(1000).build().concurrency()).isEqualTo(1000);
  }

  @Test
  void negativeMinInstancesOrNonPositiveCpu_isRefused() {
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).minInstances(-1).build())
        .hasMessageStartingWith("CloudRun.minInstances must be >= 0");
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).cpu(0).build())
        .hasMessageStartingWith("CloudRun.cpu must be > 0");
    assertThatThrownBy(() -> CloudRun.builder().from(HALF_GIB).cpu(Double.NaN))
        .hasMessageStartingWith("CloudRun.cpu");
  }

  @Test
  void requestAbove32Mebibytes_isRefusedWhenTheScenarioIsBuilt_and32IsAllowed() {
    DataSize tooLarge = DataSize.ofBytes((32L << 20) + 1);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class,
        () -> CloudFixtures.scenario(GCP, CloudFixtures.payloads(tooLarge, DataSize.ofKibibytes(1)),
            ModelTopology.shared(), HALF_GIB));
    assertThat(e.limit()).isEqualTo(GcpLimits.CLOUD_RUN_REQUEST_SIZE);
    assertThat(e.field()).isEqualTo("Workload.requestPayload (served by CloudRun)");
    assertThat(e).hasMessage("Workload.requestPayload (served by CloudRun) must be <= 32 MiB (33,554,432 bytes)"
        + " (Cloud Run maximum HTTP/1 request size; Google Cloud: " + GcpLimits.CLOUD_RUN_REQUEST_SIZE.source()
        + "), but was " + tooLarge + " (33,554,433 bytes); use HTTP/2 end to end, or send a reference to the data"
        + " in Cloud Storage");
    // the response is not limited this way, and exactly 32 MiB in is accepted
    assertThat(CloudFixtures.scenario(GCP, CloudFixtures.payloads(DataSize.ofMebibytes(32),
        DataSize.ofGibibytes(1)), ModelTopology.shared(), HALF_GIB).components()).containsExactly(HALF_GIB);
  }

  @Test
  void pricedFromAnAwsCatalog_isRefused_namingAwsEquivalents() {
    assertThatThrownBy(() -> estimate(CloudFixtures.AWS, SEED, HALF_GIB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CloudRun.prices must be a Google Cloud catalog (CloudRun prices Google Cloud services), but"
            + " was aws/test-east-1, an AWS catalog; use ServerlessInference or LambdaInference, AWS's equivalent,"
            + " or price CloudRun from PriceCatalogs.gcpUsCentral1()");
  }

  private static CloudRun withDuration(Duration duration) {
    return CloudRun.builder().from(HALF_GIB).meanDuration(duration).build();
  }

  private static dev.costmodel.api.PricingContext context() {
    return CloudFixtures.scenario(GCP, SEED, ModelTopology.shared(), HALF_GIB).context();
  }
}
