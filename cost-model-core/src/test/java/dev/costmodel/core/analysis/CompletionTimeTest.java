package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.core.SeedFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CompletionTimeTest {
  @Test
  void seedSection9_200ModelsTenAtATime() {
    // 200 / 10 × 55 min = 1,100 min ≈ 18.3 h
    Duration time = CompletionTime.of(SeedFixtures.RETRAIN, 200, 10);
    assertThat(time).isEqualTo(Duration.ofMinutes(1100));
    assertThat(time.toMinutes() / 60.0).isCloseTo(18.3, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void leastParallelism_meetsTheDeadline() {
    // 8 h holds 8 runs of 55 min: ceil(200 / 8) = 25 pipelines
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofHours(8), 50)).isEqualTo(25);
    assertThat(CompletionTime.of(SeedFixtures.RETRAIN, 200, 25)).isLessThanOrEqualTo(Duration.ofHours(8));
    assertThat(CompletionTime.of(SeedFixtures.RETRAIN, 200, 24)).isGreaterThan(Duration.ofHours(8));
  }

  @Test
  void quotaExactlyTheParallelismNeeded_isEnough() {
    // 18 h 20 min = 1,100 min holds exactly 20 runs of 55 min: ceil(200 / 20) = 10 pipelines, and the quota is 10
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofMinutes(1100), 10)).isEqualTo(10);
    // one minute less holds 19 runs: ceil(200 / 19) = 11 > 10
    assertThatThrownBy(() -> CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofMinutes(1099), 10))
        .hasMessageStartingWith("CompletionTime needs parallelism 11 to retrain 200 models within PT18H19M");
    // a deadline of exactly one run: every model in its own pipeline; no models need one pipeline
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofMinutes(55), 200)).isEqualTo(200);
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 0, Duration.ofMinutes(55), 1)).isEqualTo(1);
    // 199 models in 8 runs: ceil(199 / 8) = 25, not 199 / 8 = 24 (rounded down)
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 199, Duration.ofHours(8), 50)).isEqualTo(25);
    assertThat(CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 192, Duration.ofHours(8), 50)).isEqualTo(24);
  }

  @Test
  void overQuota_isAnErrorWithTheFix() {
    assertThatThrownBy(() -> CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofHours(8), 10))
        .hasMessage("CompletionTime needs parallelism 25 to retrain 200 models within PT8H, but the concurrent-job"
            + " quota is 10: request a Service Quotas increase, or allow PT18H20M (the time at parallelism 10)");
  }

  @Test
  void deadlineShorterThanOneRun_isAnError() {
    assertThatThrownBy(() -> CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofMinutes(30), 10))
        .hasMessage("CompletionTime deadline must be at least one run of the pipeline (PT55M), but was PT30M:"
            + " no parallelism retrains a model faster than one run");
  }

  @Test
  void negativeDeadline_andZeroParallelism_areRejected() {
    assertThatThrownBy(() -> CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofHours(-1), 10))
        .hasMessage("CompletionTime deadline must be > 0 s, but was PT-1H");
    assertThatThrownBy(() -> CompletionTime.of(SeedFixtures.RETRAIN, 200, 0))
        .hasMessage("RetrainPipeline.completionTime parallelism must be > 0, but was 0");
    assertThatThrownBy(() -> CompletionTime.leastParallelism(SeedFixtures.RETRAIN, 200, Duration.ofHours(1), 0))
        .hasMessage("CompletionTime quota must be > 0, but was 0");
  }
}
