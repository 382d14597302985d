package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.aws.AutoscaledRealtimeInference;
import dev.costmodel.api.aws.BatchTransform;
import dev.costmodel.api.aws.TrafficProfile;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each built-in input sets the number it names and reads the same number back, priced from the bundled us-east-1
 * catalog (hosting ml.c5.xlarge USD 0.204 an hour, 730 hours a month: USD 148.92 an instance-month).
 */
class ScenarioInputTest {
  private static final BigDecimal INSTANCE_MONTH = new BigDecimal("148.92"); // 730 × 0.204

  @Test
  void retrainRunsPerMonth_readsAndScalesTheRetraining() {
    CostScenario b = SeedFixtures.serverless("B");
    assertThat(ScenarioInput.retrainRunsPerMonth().valueIn(b)).isEqualByComparingTo("1.2");
    CostScenario twice = ScenarioInput.retrainRunsPerMonth().apply(b, new BigDecimal("2.4"));
    assertThat(ScenarioInput.retrainRunsPerMonth().valueIn(twice)).isEqualByComparingTo("2.4");
    // 200 models × 2.4 runs × 55 min × USD 0.23 an hour = 101.2 (twice the seed's 50.60)
    assertThat(twice.estimate().subtotal(CostCategory.RETRAIN).amount()).isEqualByComparingTo("101.2");
  }

  @Test
  void requestsPerUser_andUsers_readTheWorkload() {
    CostScenario b = SeedFixtures.serverless("B");
    assertThat(ScenarioInput.requestsPerUserPerMonth().valueIn(b)).isEqualByComparingTo("40");
    assertThat(ScenarioInput.users().valueIn(b)).isEqualByComparingTo("100000");

    CostScenario busier = ScenarioInput.requestsPerUserPerMonth().apply(b, new BigDecimal("80"));
    assertThat(ScenarioInput.requestsPerUserPerMonth().valueIn(busier)).isEqualByComparingTo("80");
    // 100,000 users × 80
    assertThat(ScenarioInput.requestsPerMonth().valueIn(busier)).isEqualByComparingTo("8000000");

    CostScenario fewer = ScenarioInput.users().apply(b, new BigDecimal("50000"));
    assertThat(ScenarioInput.users().valueIn(fewer)).isEqualByComparingTo("50000");
    // 50,000 users × 40
    assertThat(ScenarioInput.requestsPerMonth().valueIn(fewer)).isEqualByComparingTo("2000000");
    assertThat(ScenarioInput.users().isWholeNumber()).isTrue();
    assertThat(ScenarioInput.requestsPerUserPerMonth().isWholeNumber()).isFalse();
  }

  @Test
  void realtimeInstanceCount_addsAnInstanceMonthPerInstance() {
    CostScenario c = SeedFixtures.realtime("C");
    assertThat(ScenarioInput.realtimeInstanceCount().valueIn(c)).isEqualByComparingTo("2");
    CostScenario three = ScenarioInput.realtimeInstanceCount().apply(c, new BigDecimal("3"));
    assertThat(ScenarioInput.realtimeInstanceCount().valueIn(three)).isEqualByComparingTo("3");
    assertThat(three.estimate().total().minus(c.estimate().total()).amount()).isEqualByComparingTo(INSTANCE_MONTH);
  }

  @Test
  void batchRunsPerMonth_readsTheBatchJob() {
    CostScenario batch = CostScenario.builder().name("batch").prices(PriceCatalogs.awsUsEast1())
        .workload(SeedFixtures.WORKLOAD).topology(ModelTopology.shared()).addComponent(BatchTransform.builder()
            .instanceType("ml.m5.xlarge").runDuration(Duration.ofHours(2)).runsPerMonth(30).build()).build();
    assertThat(ScenarioInput.batchRunsPerMonth().valueIn(batch)).isEqualByComparingTo("30");
    // 30 runs × 2 h × USD 0.23
    assertThat(batch.estimate().total().amount()).isEqualByComparingTo("13.8");
  }

  /** ml.c5.xlarge, 1 to 10 instances, 10 requests/s each at 0.7 utilization: 7 requests/s an instance. */
  private static CostScenario autoscaled(String requestsPerMonth) {
    CostScenario scenario = CostScenario.builder().name("autoscaled").prices(PriceCatalogs.awsUsEast1())
        .workload(SeedFixtures.WORKLOAD).topology(ModelTopology.shared()).addComponent(
            AutoscaledRealtimeInference.builder().instanceType("ml.c5.xlarge").minInstances(1).maxInstances(10)
                .requestsPerSecondPerInstance(10).targetUtilization(0.7).traffic(TrafficProfile.flat()).build())
        .build();
    return ScenarioInput.requestsPerMonth().apply(scenario, new BigDecimal(requestsPerMonth));
  }

  @Test
  void autoscaledMaxInstances_capsTheInstances() {
    // 100,000,000 requests ÷ 2,628,000 s = 38.05 requests/s ÷ 7 = 5.4: 6 instances wanted, so a cap of 2 or 3
    // binds and each step of the cap is one instance-month
    CostScenario busy = autoscaled("100000000");
    ScenarioInput max = ScenarioInput.autoscaledMaxInstances();
    CostScenario two = max.apply(busy, new BigDecimal("2"));
    CostScenario three = max.apply(busy, new BigDecimal("3"));
    assertThat(max.valueIn(two)).isEqualByComparingTo("2");
    assertThat(max.valueIn(three)).isEqualByComparingTo("3");
    assertThat(three.estimate().total().minus(two.estimate().total()).amount()).isEqualByComparingTo(INSTANCE_MONTH);
  }

  @Test
  void autoscaledTargetUtilization_setsHowFullEachInstanceRuns() {
    // 30,000,000 requests ÷ 2,628,000 s = 11.42 requests/s: at 0.7 × 10 = 7 per instance 2 instances, at
    // 0.35 × 10 = 3.5 per instance 3.26 -> 4 instances: 2 instance-months more
    CostScenario busy = autoscaled("30000000");
    ScenarioInput utilization = ScenarioInput.autoscaledTargetUtilization();
    CostScenario half = utilization.apply(busy, new BigDecimal("0.35"));
    assertThat(utilization.valueIn(busy)).isEqualByComparingTo("0.7");
    assertThat(utilization.valueIn(half)).isEqualByComparingTo("0.35");
    assertThat(half.estimate().total().minus(busy.estimate().total()).amount())
        .isEqualByComparingTo(INSTANCE_MONTH.multiply(new BigDecimal("2")));
  }

  @Test
  void aDurationOfZero_isRejectedWithTheValue() {
    assertThatThrownBy(() -> ScenarioInput.serverlessMeanDurationMillis().apply(SeedFixtures.serverless("B"),
            BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a duration must be > 0, but was 0");
    assertThatThrownBy(() -> ScenarioInput.stepDurationMinutes("train").apply(SeedFixtures.serverless("B"),
            new BigDecimal("-1")))
        .hasMessage("a duration must be > 0, but was -1");
  }

  @Test
  void toString_isTheAxisLabel() {
    assertThat(ScenarioInput.retrainRunsPerMonth().label()).isEqualTo("retrain runs per month (runs/month)");
    assertThat(ScenarioInput.retrainRunsPerMonth()).hasToString("retrain runs per month (runs/month)");
    assertThat(ScenarioInput.of("discount", "share", (s, v) -> s, s -> BigDecimal.ONE))
        .hasToString("discount (share)");
  }
}
