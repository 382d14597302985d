package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManagedSpotTest {
  private static final JobStep TRAIN = JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));

  private static MonthlyEstimate patternB(JobStep step) {
    return Fixtures.scenario(ModelTopology.perGroup(200))
        .addComponent(RetrainPipeline.builder().addStep(step).runsPerMonth(1.2).build()).build().estimate();
  }

  @Test
  void spot_seventyPercentOff_twentyPercentLonger() {
    // on demand (seed 7-3, B): 200 models × 1.2 runs × 0.5 h = 120 h × 0.23 = 27.60
    // spot: 120 h × 1.2 = 144 instance-hours × 0.23 = 33.12 × (1 − 0.7) = 9.936
    LineItem line = patternB(TRAIN.withManagedSpot(0.7, 1.2)).lineItems().get(0);
    assertThat(line.cost()).isEqualTo(Money.usd("9.936"));
    assertThat(line.quantity()).isEqualByComparingTo("144");
    assertThat(line.unitPrice().price()).isEqualTo(Money.usd("0.069"));
    assertThat(line.category()).isEqualTo(CostCategory.RETRAIN);
    assertThat(line.note()).contains("managed spot training -70 %, +20 % duration for interruptions (assumed)");
    assertThat(line).hasToString("train (Training, ml.m5.xlarge, managed spot): 200 models × 1.2 runs × 0.5 h"
        + " × 1.2 (spot interruptions) = 144 instance-hours × USD 0.23/instance-hour = USD 33.12"
        + " × (1 − 0.7 spot discount) = USD 9.94");
    assertThat(patternB(TRAIN).lineItems().get(0).cost()).isEqualTo(Money.usd("27.60"));
  }

  @Test
  void spot_afterASavingsPlan_keepsBothNotes() {
    MonthlyEstimate estimate = Fixtures.scenario(ModelTopology.shared())
        .prices(Fixtures.PRICES.withDiscount("SageMaker/Training", 0.5, "plan"))
        .addComponent(RetrainPipeline.builder().addStep(TRAIN.withManagedSpot(0.5, 1)).runsPerMonth(1).build())
        .build().estimate();
    // 1 × 1 × 0.5 h × 1 = 0.5 h × (0.23 × 0.5) = 0.0575 × (1 − 0.5) = 0.02875
    assertThat(estimate.total()).isEqualTo(Money.usd("0.02875"));
    assertThat(estimate.lineItems().get(0).note())
        .contains("after plan -50%; managed spot training -50 %, +0 % duration for interruptions (assumed)");
  }

  @Test
  void spot_onAProcessingStep_isRefused() {
    JobStep preprocess = JobStep.processing("preprocess", "ml.m5.xlarge", Duration.ofMinutes(15));
    assertThatThrownBy(() -> preprocess.withManagedSpot(0.7, 1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JobStep.managedSpot of 'preprocess' must be empty for a processing step, but was managed spot"
            + " training -70 %, +20 % duration for interruptions (assumed); SageMaker managed spot training is for"
            + " training jobs only: make it a training step (JobStep.training(...)) or remove withManagedSpot(...)");
  }

  @Test
  void discount_outsideUpToNinetyPercent_isRefused() {
    String tail = " (AWS: managed spot training saves \"up to 90%\" over on-demand; SageMaker developer guide,"
        + " \"Managed Spot Training in Amazon SageMaker\","
        + " https://docs.aws.amazon.com/sagemaker/latest/dg/model-managed-spot-training.html), but was ";
    String fix = "; give the share you expect to save, such as 0.7 for 70 %";
    assertThatThrownBy(() -> ManagedSpot.of(0.95, 1.2))
        .hasMessage("ManagedSpot.discount must be > 0 and <= 0.9" + tail + "0.95" + fix);
    assertThatThrownBy(() -> ManagedSpot.of(0, 1.2))
        .hasMessage("ManagedSpot.discount must be > 0 and <= 0.9" + tail + "0" + fix);
    assertThatThrownBy(() -> ManagedSpot.of(-0.1, 1.2))
        .hasMessage("ManagedSpot.discount must be > 0 and <= 0.9" + tail + "-0.1" + fix);
    assertThat(ManagedSpot.of(0.9, 1).discount()).isEqualByComparingTo("0.9");
  }

  @Test
  void durationFactor_belowOne_isRefused() {
    assertThatThrownBy(() -> ManagedSpot.of(0.7, 0.9))
        .hasMessage("ManagedSpot.durationFactor must be >= 1, but was 0.9; interruptions make a job run longer,"
            + " never shorter: 1.2 is 20 % longer, 1 is no interruption");
  }

  @Test
  void stretchedDuration_aboveTwentyEightDays_isRefused() {
    // 24 days × 1.2 = 28.8 days = 2,488,320 s > 2,419,200 s; on demand, 24 days is fine
    JobStep long24 = JobStep.training("train", "ml.m5.xlarge", Duration.ofDays(24));
    assertThatThrownBy(() -> long24.withManagedSpot(0.7, 1.2))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("JobStep.duration × ManagedSpot.durationFactor of 'train' must be <= 28 days (2,419,200 s)"
            + " (SageMaker training job maximum runtime; AWS: SageMaker API reference,"
            + " StoppingCondition.MaxRuntimeInSeconds,"
            + " https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html), but was"
            + " 2,488,320 s (2,073,600 s × 1.2); a spot job's runtime, interruptions included, is bounded by"
            + " MaxRuntimeInSeconds: checkpoint more often so that interruptions cost less, split the training"
            + " into steps, or train on more instances (withInstanceCount)");
    // 28 days × 1 is exactly the limit
    assertThat(JobStep.training("train", "ml.m5.xlarge", Duration.ofDays(28)).withManagedSpot(0.7, 1)
        .billedInstanceHours()).isEqualByComparingTo("672");
  }

  @Test
  void spotThatCostsMore_isAFinding() {
    // (1 − 0.1) × 1.5 = 1.35 × the on-demand cost: 27.60 × 1.35 = 37.26
    MonthlyEstimate estimate = patternB(TRAIN.withManagedSpot(0.1, 1.5));
    assertThat(estimate.total()).isEqualTo(Money.usd("37.26"));
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MANAGED_SPOT_COSTS_MORE)).isTrue();
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("step 'train' on managed spot training -10 %, +50 % duration for"
          + " interruptions (assumed) costs more than on demand: (1 − 0.1) × 1.5 = 1.35 × the on-demand cost;"
          + " the interruptions cost more than the discount saves: checkpoint more often, or train on demand"
          + " (withoutManagedSpot())");
    });
    assertThat(patternB(TRAIN.withManagedSpot(0.7, 1.2)).findings()).isEmpty();
  }

  @Test
  void withoutManagedSpot_isOnDemandAgain() {
    assertThat(TRAIN.withManagedSpot(0.7, 1.2).withoutManagedSpot()).isEqualTo(TRAIN);
    assertThat(ManagedSpot.of(0.7, 1.2).costFactor()).isEqualByComparingTo(new BigDecimal("0.36"));
  }

  @Test
  void spotThatCostsExactlyOnDemand_doesNotCostMore() {
    // (1 − 0.5) × 2 = 1: the discount is eaten by the longer run, no more
    assertThat(ManagedSpot.of(0.5, 2).costFactor()).isEqualByComparingTo("1");
    assertThat(ManagedSpot.of(0.5, 2).costsMoreThanOnDemand()).isFalse();
    // (1 − 0.5) × 2.1 = 1.05
    assertThat(ManagedSpot.of(0.5, 2.1).costsMoreThanOnDemand()).isTrue();
  }

  @Test
  void billedInstanceHours_areStretchedByTheDurationFactor() {
    // 30 min on 1 instance = 0.5 instance-hours; × 1.2 on spot = 0.6
    JobStep train = JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));
    assertThat(train.billedInstanceHours()).isEqualByComparingTo("0.5");
    assertThat(train.withManagedSpot(ManagedSpot.of(0.7, 1.2)).billedInstanceHours()).isEqualByComparingTo("0.6");
  }
}
