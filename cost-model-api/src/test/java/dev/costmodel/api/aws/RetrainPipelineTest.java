package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrainPipelineTest {
  @Test
  void lineItems_oneLinePerStep_withFormula() {
    List<LineItem> items = Fixtures.RETRAIN.lineItems(
        Fixtures.scenario(ModelTopology.perUser()).addComponent(Fixtures.RETRAIN).build().context());
    assertThat(items).extracting(LineItem::description).containsExactly(
        "preprocess (Processing, ml.m5.xlarge)", "train (Training, ml.m5.xlarge)",
        "evaluate (Processing, ml.m5.xlarge)");
    assertThat(items.get(1).formula()).isEqualTo(
        "100,000 models × 1.2 runs × 0.5 h = 60,000 instance-hours × USD 0.23/instance-hour = USD 13,800.00");
    assertThat(items.get(1).quantity()).isEqualByComparingTo("60000");
    assertThat(items).allSatisfy(i -> assertThat(i.category()).isEqualTo(CostCategory.RETRAIN));
  }

  @Test
  void runDuration_sumsSteps() {
    assertThat(Fixtures.RETRAIN.runDuration()).isEqualTo(Duration.ofMinutes(55));
  }

  @Test
  void completionTime_seedSection9() {
    // 200 models, 10 at a time, 55 min each: 20 waves × 55 min = 1,100 min ≈ 18.3 h
    assertThat(Fixtures.RETRAIN.completionTime(200, 10)).isEqualTo(Duration.ofMinutes(1100));
    assertThat(Fixtures.RETRAIN.completionTime(201, 10)).isEqualTo(Duration.ofMinutes(1155));
    assertThat(Fixtures.RETRAIN.completionTime(0, 10)).isEqualTo(Duration.ZERO);
  }

  @Test
  void completionTime_zeroParallelism_isRejected() {
    assertThatThrownBy(() -> Fixtures.RETRAIN.completionTime(200, 0))
        .hasMessage("RetrainPipeline.completionTime parallelism must be > 0, but was 0");
  }

  @Test
  void negativeRuns_isRejected() {
    assertThatThrownBy(() -> RetrainPipeline.builder().from(Fixtures.RETRAIN).runsPerMonth(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RetrainPipeline.runsPerMonth must be >= 0, but was -1");
  }

  @Test
  void infiniteRuns_isRejected() {
    assertThatThrownBy(() -> RetrainPipeline.builder().runsPerMonth(Double.POSITIVE_INFINITY))
        .hasMessage("RetrainPipeline.runsPerMonth must be a finite number, but was Infinity");
  }

  @Test
  void noSteps_isRejectedWithTheFix() {
    assertThatThrownBy(() -> RetrainPipeline.builder().runsPerMonth(1).build())
        .hasMessage("RetrainPipeline.steps must hold at least one step, but was empty;"
            + " add one with addStep(JobStep.training(...))");
  }

  @Test
  void zeroDurationStep_isRejected() {
    assertThatThrownBy(() -> JobStep.training("t", "ml.m5.xlarge", Duration.ZERO))
        .hasMessage("JobStep.duration must be > 0 s, but was PT0S");
  }

  @Test
  void zeroInstances_isRejected() {
    assertThatThrownBy(() -> JobStep.training("t", "ml.m5.xlarge", Duration.ofMinutes(1)).withInstanceCount(0))
        .hasMessage("JobStep.instanceCount must be > 0, but was 0");
  }

  @Test
  void distributedStep_billsEveryInstance() {
    JobStep step = JobStep.training("t", "ml.m5.xlarge", Duration.ofMinutes(30)).withInstanceCount(4);
    assertThat(step.instanceHours()).isEqualByComparingTo("2");
  }

  @Test
  void weeklyRunsPerMonth_is52Over12() {
    assertThat(RetrainPipeline.WEEKLY_RUNS_PER_MONTH.multiply(BigDecimal.valueOf(12)))
        .isCloseTo(BigDecimal.valueOf(52), org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
  }
}
