package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Fixtures;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code withX} copies that analyses vary a scenario through (core's ScenarioInput): each changes its one
 * field, keeps the rest, and the estimate follows. Costs by hand from the seed's prices (ml.m5.xlarge USD 0.23 an
 * hour).
 */
class CopiesTest {
  private static final CostScenario B = Fixtures.scenario(ModelTopology.perGroup(200))
      .addComponent(Fixtures.RETRAIN).build();

  @Test
  void scenarioCopies_changeOneThing() {
    assertThat(B.withName("other").name()).isEqualTo("other");
    assertThat(B.withName("other").topology()).isEqualTo(B.topology());
    assertThat(B.withTopology(ModelTopology.shared()).topology()).isEqualTo(ModelTopology.shared());
    assertThat(B.withTopology(ModelTopology.shared()).name()).isEqualTo(B.name());
    assertThat(B.withPrices(Fixtures.PRICES).prices()).isSameAs(Fixtures.PRICES);
    Workload fewer = B.workload().withUsers(10);
    assertThat(B.withWorkload(fewer).workload()).isEqualTo(fewer);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> B.withComponents(List.of()))
        .hasMessageStartingWith("CostScenario.components must hold at least one component, but was empty");
    assertThat(B.withComponents(List.of(Fixtures.STORAGE)).components()).containsExactly(Fixtures.STORAGE);
    // 1 shared model instead of 200: retrain 50.60 / 200 = 0.253
    assertThat(B.withTopology(ModelTopology.shared()).estimate().subtotal(CostCategory.RETRAIN).amount())
        .isEqualByComparingTo("0.253");
  }

  @Test
  void workloadCopies_changeOneThing() {
    Workload w = Fixtures.WORKLOAD;
    assertThat(w.withUsers(10).users()).isEqualTo(10);
    assertThat(w.withUsers(10).requestsPerUserPerMonth()).isEqualByComparingTo(w.requestsPerUserPerMonth());
    assertThat(w.withRequestsPerUserPerMonth(new BigDecimal("7")).requestsPerUserPerMonth())
        .isEqualByComparingTo("7");
    assertThat(w.withRequestsPerUserPerMonth(new BigDecimal("7")).users()).isEqualTo(w.users());
  }

  @Test
  void retrainCopies_changeOneThing_andTheCostFollows() {
    JobStep train = JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30));
    assertThat(train.withDuration(Duration.ofHours(2)).duration()).isEqualTo(Duration.ofHours(2));
    assertThat(train.withDuration(Duration.ofHours(2)).name()).isEqualTo("train");
    assertThat(train.withInstanceCount(4).instanceCount()).isEqualTo(4);
    // 4 instances × 0.5 h = 2 instance-hours a run
    assertThat(train.withInstanceCount(4).instanceHours()).isEqualByComparingTo("2");
    assertThat(train.withManagedSpot(0.7, 1.2).managedSpot()).isPresent();
    assertThat(train.withManagedSpot(0.7, 1.2).withoutManagedSpot().managedSpot()).isEmpty();
    RetrainPipeline retrain = Fixtures.RETRAIN;
    assertThat(retrain.withRunsPerMonth(new BigDecimal("2.4")).runsPerMonth()).isEqualByComparingTo("2.4");
    assertThat(retrain.withRunsPerMonth(new BigDecimal("2.4")).steps()).isEqualTo(retrain.steps());
    assertThat(retrain.withSteps(List.of(train)).steps()).containsExactly(train);
    assertThat(retrain.name()).isEqualTo("RetrainPipeline");
    // twice the runs, twice the retraining: 2 × 50.60
    assertThat(B.withComponents(List.of(retrain.withRunsPerMonth(new BigDecimal("2.4")))).estimate()
        .subtotal(CostCategory.RETRAIN).amount()).isEqualByComparingTo("101.20");
  }

  @Test
  void batchAndAsyncAndTransferCopies_changeOneThing() {
    BatchTransform nightly = BatchTransform.builder().instanceType("ml.m5.xlarge").instanceCount(2)
        .runDuration(Duration.ofHours(2)).runsPerMonth(30).build();
    assertThat(nightly.withRunsPerMonth(new BigDecimal("4")).runsPerMonth()).isEqualByComparingTo("4");
    assertThat(nightly.withRunsPerMonth(new BigDecimal("4")).runDuration()).isEqualTo(Duration.ofHours(2));
    assertThat(nightly.withRunDuration(Duration.ofHours(3)).runDuration()).isEqualTo(Duration.ofHours(3));
    assertThat(nightly.withRunDuration(Duration.ofHours(3)).runsPerMonth()).isEqualByComparingTo("30");
    // 2 instances × 3 h × 30 runs = 180 instance-hours
    assertThat(nightly.withRunDuration(Duration.ofHours(3)).instanceHoursPerMonth()).isEqualByComparingTo("180");
    assertThat(nightly.name()).isEqualTo("BatchTransform");
    AsyncInference async = AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(2)
        .activeHoursPerMonth(200).build();
    assertThat(async.withActiveHoursPerMonth(new BigDecimal("300")).activeHoursPerMonth()).isEqualByComparingTo("300");
    assertThat(async.withActiveHoursPerMonth(new BigDecimal("300")).instanceCount()).isEqualTo(2);
    DataTransferOut out = DataTransferOut.builder().gibibytesPerMonth(50).build();
    assertThat(out.withGibibytesPerMonth(new BigDecimal("500")).gibibytesPerMonth()).contains(new BigDecimal("500"));
    assertThat(out.withFreeAllowance(true).freeAllowance()).isTrue();
    assertThat(out.withFreeAllowance(false).freeAllowance()).isFalse();
    assertThat(out.withFreeAllowance(true).gibibytesPerMonth()).isEqualTo(out.gibibytesPerMonth());
    assertThat(out.name()).isEqualTo("DataTransferOut");
  }
}
