package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MultiModelEndpointTest {
  /** 500 MiB a model, a fifth of the models warm, on ml.m5.xlarge (16 GiB, 80% usable). */
  private static final MultiModelEndpoint GROUPS = MultiModelEndpoint.builder()
      .instanceType("ml.m5.xlarge").modelMemory(DataSize.ofMebibytes(500)).warmShare(0.2).build();

  private static final DriftMonitor CUSTOM = DriftMonitor.builder().kind(DriftMonitor.Kind.CUSTOM_PROCESSING)
      .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();

  private static MonthlyEstimate estimate(MultiModelEndpoint endpoint, ModelTopology topology) {
    return EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, topology).addComponent(endpoint).build()
        .estimate();
  }

  @Test
  void perGroup_sizesInstancesForTheWarmModels() {
    // 200 groups × 0.2 = 40 warm models × 500 MiB = 20,000 MiB; usable 16 GiB × 0.8 = 12.8 GiB = 13,107.2 MiB
    // ⌈20,000 ÷ 13,107.2 = 1.53⌉ = 2 instances × 730 h = 1,460 instance-hours × USD 0.23 = USD 335.80
    // data: 4,000,000 × 20 KiB = 76.2939 GiB × 0.016 = 1.220703125; × 2 KiB = 7.6294 GiB × 0.016 = 0.1220703125
    assertThat(GROUPS.warmModels(200)).isEqualTo(40);
    assertThat(GROUPS.instances(200)).isEqualTo(2);
    MonthlyEstimate estimate = estimate(GROUPS, ModelTopology.perGroup(200));
    LineItem instances = estimate.lineItems().get(0);
    assertThat(instances.toString()).isEqualTo("multi-model endpoint (ml.m5.xlarge, 40 of 200 models warm): 2"
        + " instances (max(1, ⌈40 warm models × 500 MiB ÷ 12.8 GiB usable⌉)) × 730 h = 1,460 instance-hours ×"
        + " USD 0.23/instance-hour = USD 335.80");
    assertThat(estimate.total().amount()).isEqualByComparingTo("337.1427734375");
    assertThat(estimate.total().rounded()).isEqualTo(Money.usd("337.14"));
  }

  @Test
  void perGroup_findings_coldLoadsAndNoModelMonitor() {
    MonthlyEstimate estimate = estimate(GROUPS, ModelTopology.perGroup(200));
    assertThat(estimate.findings()).hasSize(2);
    assertThat(estimate.findings().get(0)).satisfies(f -> {
      assertThat(f.is(FindingCode.MULTI_MODEL_COLD_LOADS)).isTrue();
      assertThat(f.code()).isEqualTo("multi-model-cold-loads");
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("160 of 200 models (80%) are not kept warm: the first request to such a"
          + " model loads it from S3 into memory, evicting another; SageMaker answers invoke_endpoint within 60"
          + " s, and a model still loading then fails the call with ModelNotReadyException while it goes on"
          + " loading for up to 360 s (AWS: SageMaker developer guide, \"Invoke a Multi-Model Endpoint\","
          + " https://docs.aws.amazon.com/sagemaker/latest/dg/invoke-multi-model-endpoint.html); retry such"
          + " calls, keep the models users wait on warm (modelsKeptWarm), or keep smaller models");
    });
    assertThat(estimate.findings().get(1)).satisfies(f -> {
      assertThat(f.is(FindingCode.MULTI_MODEL_NO_MODEL_MONITOR)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.INFO);
      assertThat(f.message()).isEqualTo("SageMaker Model Monitor does not support multi-model endpoints (AWS:"
          + " SageMaker developer guide, \"Data and model quality monitoring with Amazon SageMaker Model"
          + " Monitor\", https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html): to watch these models"
          + " for drift, add a DriftMonitor of kind DriftMonitor.Kind.CUSTOM_PROCESSING");
    });
  }

  @Test
  void perUser_keepsAFewModelsWarm_onTheCheaperInstance() {
    // 1,000 warm × 20 MiB = 20,000 MiB ÷ (8 GiB × 0.8 = 6,553.6 MiB) = 3.05 -> 4 instances (min 2)
    // 4 × 730 h × USD 0.204 = USD 595.68
    MultiModelEndpoint perUser = MultiModelEndpoint.builder().instanceType("ml.c5.xlarge").minInstances(2)
        .modelMemory(DataSize.ofMebibytes(20)).modelsKeptWarm(1_000).build();
    MonthlyEstimate estimate = EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, ModelTopology.perUser())
        .addComponent(perUser).addComponent(CUSTOM).build().estimate();
    assertThat(estimate.lineItems().get(0).cost()).isEqualTo(Money.usd("595.68"));
    assertThat(estimate.lineItems().get(0).description())
        .isEqualTo("multi-model endpoint (ml.c5.xlarge, 1,000 of 100,000 models warm)");
    assertThat(estimate.findings()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("99,000 of 100,000 models (99%) are not kept warm"));
  }

  @Test
  void minInstances_winsWhenTheWarmModelsFitInFewer() {
    MultiModelEndpoint two = MultiModelEndpoint.builder().from(GROUPS).minInstances(3).build();
    assertThat(two.instances(200)).isEqualTo(3);
  }

  @Test
  void allModelsWarm_hasNoColdLoadFinding_andMoreWarmThanModelsIsCapped() {
    MultiModelEndpoint all = MultiModelEndpoint.builder().instanceType("ml.m5.xlarge")
        .modelMemory(DataSize.ofMebibytes(20)).modelsKeptWarm(500).minInstances(2).build();
    assertThat(all.warmModels(200)).isEqualTo(200);
    MonthlyEstimate estimate = EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, ModelTopology.perGroup(200))
        .addComponent(all).addComponent(CUSTOM).build().estimate();
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void oneInstance_isASingleInstanceFinding() {
    MultiModelEndpoint small = MultiModelEndpoint.builder().from(GROUPS).warmShare(0.05).build();
    // 10 × 500 MiB = 5,000 MiB < 13,107.2 MiB: 1 instance
    assertThat(estimate(small, ModelTopology.perGroup(200)).findings())
        .filteredOn(f -> f.is(FindingCode.SINGLE_INSTANCE_ENDPOINT)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("the multi-model endpoint runs on 1 instance: it has no"
            + " redundancy, and an instance failure or a deployment takes every model down; use minInstances(2) or"
            + " more across availability zones"));
  }

  @Test
  void modelMonitor_isRefused() {
    DriftMonitor modelMonitor = DriftMonitor.builder().from(CUSTOM).kind(DriftMonitor.Kind.MODEL_MONITOR).build();
    assertThatThrownBy(() -> EndpointFixtures.scenario(EndpointFixtures.SEED_WORKLOAD, ModelTopology.perGroup(200))
            .addComponent(GROUPS).addComponent(modelMonitor).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("DriftMonitor.kind MODEL_MONITOR cannot watch a multi-model endpoint (MultiModelEndpoint"
            + " serving 200 models, perGroup(200)): Model Monitor supports only endpoints that host a single model"
            + " (no multi-model endpoints) (AWS: SageMaker developer guide, \"Data and model quality monitoring with"
            + " Amazon SageMaker Model Monitor\", https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html);"
            + " use DriftMonitor.Kind.CUSTOM_PROCESSING, a scheduled Processing job of your own that this formula"
            + " prices the same");
  }

  @Test
  void modelLargerThanAnInstanceHolds_isRejected() {
    assertThatThrownBy(() -> MultiModelEndpoint.builder().instanceType("ml.c5.xlarge")
            .modelMemory(DataSize.ofGibibytes(7)).modelsKeptWarm(1).build())
        .hasMessage("MultiModelEndpoint.modelMemory must be <= the usable memory of one ml.c5.xlarge (8 GiB × 0.8 ="
            + " 6.4 GiB), but was 7 GiB; choose an instance type with more memory");
  }

  @Test
  void warmth_mustBeGivenOnce() {
    assertThatThrownBy(() -> MultiModelEndpoint.builder().instanceType("ml.m5.xlarge")
            .modelMemory(DataSize.ofMebibytes(500)).build())
        .hasMessage("MultiModelEndpoint must have exactly one of modelsKeptWarm or warmShare, but had neither;"
            + " modelsKeptWarm(40) keeps 40 models loaded, warmShare(0.2) a fifth of the topology's models");
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).modelsKeptWarm(3).build())
        .hasMessageContaining("but had both");
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).warmShare(1.5).build())
        .hasMessage("MultiModelEndpoint.warmShare must be between 0 and 1, but was 1.5");
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).warmShare(0).build())
        .hasMessage("MultiModelEndpoint.warmShare must be > 0, but was 0");
  }

  @Test
  void unknownInstanceType_suggestsTheNearest_orTakesAnInstanceMemory() {
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).instanceType("ml.m5.xlarg").build())
        .hasMessage("MultiModelEndpoint.instanceType 'ml.m5.xlarg' has no memory size in"
            + " MultiModelEndpoint.instanceMemoryOf; did you mean ml.m5.xlarge?; or set"
            + " instanceMemory(DataSize.ofGibibytes(n)) from AWS's page for the type");
    MultiModelEndpoint own = MultiModelEndpoint.builder().from(GROUPS).instanceType("ml.m6i.xlarge")
        .instanceMemory(DataSize.ofGibibytes(16)).build();
    assertThat(own.instances(200)).isEqualTo(2);
  }

  @Test
  void instanceMemoryTable_holdsTheCatalogsTypes() {
    assertThat(MultiModelEndpoint.instanceMemoryOf("ml.m5.xlarge")).contains(DataSize.ofGibibytes(16));
    assertThat(MultiModelEndpoint.instanceMemoryOf("ml.c5.xlarge")).contains(DataSize.ofGibibytes(8));
    assertThat(MultiModelEndpoint.instanceMemoryOf("ml.r5.xlarge")).contains(DataSize.ofGibibytes(32));
    assertThat(MultiModelEndpoint.instanceMemoryOf("ml.p3.2xlarge")).isEmpty();
    assertThat(MultiModelEndpoint.INSTANCE_MEMORY_SOURCE).contains("https://aws.amazon.com/ec2/instance-types/")
        .contains("status: unverified");
  }

  @Test
  void usableShare_outsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).usableMemoryShare(0).build())
        .hasMessage("MultiModelEndpoint.usableMemoryShare must be > 0 and <= 1, but was 0");
  }

  @Test
  void aModelFillingAWholeInstance_isAllowed_whenAllItsMemoryIsUsable() {
    // usable share 1: a 16 GiB model fits a 16 GiB ml.m5.xlarge exactly; ⌈1 × 16 GiB ÷ 16 GiB⌉ = 1 instance
    MultiModelEndpoint full = MultiModelEndpoint.builder().instanceType("ml.m5.xlarge")
        .modelMemory(DataSize.ofGibibytes(16)).modelsKeptWarm(1).usableMemoryShare(1).build();
    assertThat(full.instances(200)).isEqualTo(1);
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(full).usableMemoryShare(1.5).build())
        .hasMessage("MultiModelEndpoint.usableMemoryShare must be > 0 and <= 1, but was 1.5");
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(full).modelMemory(DataSize.ofBytes(
            DataSize.ofGibibytes(16).toBytes() + 1)).build())
        .hasMessageStartingWith("MultiModelEndpoint.modelMemory must be <= the usable memory of one ml.m5.xlarge");
  }

  @Test
  void noWarmModels_orNoInstanceMemory_isRejected() {
    assertThatThrownBy(() -> MultiModelEndpoint.builder().instanceType("ml.m5.xlarge")
            .modelMemory(DataSize.ofMebibytes(500)).modelsKeptWarm(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MultiModelEndpoint.modelsKeptWarm must be > 0, but was 0");
    assertThatThrownBy(() -> MultiModelEndpoint.builder().from(GROUPS).instanceMemory(DataSize.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MultiModelEndpoint.instanceMemory must be > 0, but was 0");
  }

  @Test
  void payloadAboveSixMegabytes_isRefused_andLinesNameTheComponent() {
    dev.costmodel.api.Workload big = dev.costmodel.api.Workload.builder().from(EndpointFixtures.SEED_WORKLOAD)
        .responsePayload(DataSize.ofMebibytes(7)).build();
    assertThatThrownBy(() -> EndpointFixtures.scenario(big, ModelTopology.perGroup(200)).addComponent(GROUPS).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Workload.responsePayload (served by MultiModelEndpoint) must be <= 6 MB");
    assertThat(estimate(GROUPS, ModelTopology.perGroup(200)).lineItems()).extracting(LineItem::component)
        .containsOnly("MultiModelEndpoint");
  }
}
