package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoscaledRealtimeInferenceTest {
  /** 73,000 users × 1,000 requests = 73,000,000 requests a month. */
  private static final Workload BUSY = EndpointFixtures.workload(73_000, 1_000);

  /** 20 requests/s per instance at 0.75: 15 requests/s per instance; 80% of the day in 8 hours from 09:00. */
  private static final AutoscaledRealtimeInference OFFICE = AutoscaledRealtimeInference.builder()
      .instanceType("ml.m5.xlarge").minInstances(2).maxInstances(6)
      .requestsPerSecondPerInstance(20).targetUtilization(0.75)
      .traffic(TrafficProfile.peak(8, 0.8))
      .build();

  private static MonthlyEstimate estimate(AutoscaledRealtimeInference endpoint, Workload workload) {
    return EndpointFixtures.scenario(workload, ModelTopology.shared()).addComponent(endpoint).build().estimate();
  }

  @Test
  void peakProfile_isPricedHourByHour() {
    // a day: 73,000,000 requests ÷ (730 h ÷ 24 = 30.4167 days) = 2,400,000 requests
    // hours 9-16 (peak): 0.8 ÷ 8 = 10% = 240,000 requests ÷ 3,600 s = 66.6667 rps ÷ 15 = 4.44 -> 5 instances
    // other 16 hours: 0.2 ÷ 16 = 1.25% = 30,000 requests = 8.3333 rps ÷ 15 = 0.56 -> 1, clamped to min 2
    // Σ = 8 × 5 + 16 × 2 = 72 instance-hours a day × 730 ÷ 24 = 2,190 instance-hours × USD 0.23 = USD 503.70
    assertThat(OFFICE.instancesByHour(BUSY)).containsExactly(2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 5,
        2, 2, 2, 2, 2, 2, 2);
    assertThat(OFFICE.instanceHoursPerDay(BUSY)).isEqualTo(72);
    assertThat(OFFICE.instanceHoursPerMonth(BUSY)).isEqualByComparingTo("2190");
    MonthlyEstimate estimate = estimate(OFFICE, BUSY);
    LineItem instances = estimate.lineItems().get(0);
    assertThat(instances.cost()).isEqualTo(Money.usd("503.70"));
    assertThat(instances.toString()).isEqualTo("autoscaled real-time endpoint (ml.m5.xlarge, 2–6 instances): Σ over"
        + " 24 h of instances (hours 0–8: 2, 9–16: 5, 17–23: 2) = 72 instance-hours a day × 30.4167 days ="
        + " 2,190 instance-hours × USD 0.23/instance-hour = USD 503.70");
    // data processed as for RealtimeInference: 73,000,000 × 20 KiB = 1,392.3645 GiB × 0.016 = 22.2778;
    // × 2 KiB = 139.2365 GiB × 0.016 = 2.2278; total 503.70 + 22.27783203125 + 2.227783203125 = 528.21
    assertThat(estimate.lineItems()).map(LineItem::description).containsExactly(
        "autoscaled real-time endpoint (ml.m5.xlarge, 2–6 instances)", "data processed in (requests)",
        "data processed out (responses)");
    assertThat(estimate.total().amount()).isEqualByComparingTo("528.205615234375");
    assertThat(estimate.subtotal(CostCategory.INFERENCE).rounded()).isEqualTo(Money.usd("528.21"));
    assertThat(estimate.findings()).isEmpty();
  }

  @Test
  void costLiesBetweenMinOnlyAndMaxOnly_forTheSameInstanceType() {
    // min only: 2 × 730 h × 0.23 = 335.80; max only: 6 × 730 × 0.23 = 1,007.40; autoscaled 503.70
    Money autoscaled = estimate(OFFICE, BUSY).lineItems().get(0).cost();
    assertThat(autoscaled.amount()).isBetween(new BigDecimal("335.80"), new BigDecimal("1007.40"));
  }

  @Test
  void quietTraffic_runsMinInstancesAllDay() {
    // 4,000,000 requests a month: the peak hour has 4,000,000 ÷ 30.4167 × 10% = 13,150.7 requests = 3.65 rps
    // ÷ 15 = 0.24 -> 1 -> min 2 all day: 48 instance-hours a day × 30.4167 = 1,460 = 2 × 730 h
    assertThat(OFFICE.instancesByHour(EndpointFixtures.SEED_WORKLOAD)).containsOnly(2);
    assertThat(estimate(OFFICE, EndpointFixtures.SEED_WORKLOAD).lineItems().get(0).cost())
        .isEqualTo(Money.usd("335.80"));
  }

  @Test
  void noTraffic_runsMinInstances() {
    Workload none = EndpointFixtures.workload(1, 0);
    assertThat(OFFICE.instancesByHour(none)).containsOnly(2);
    assertThat(OFFICE.instancesNeededByHour(none)).allSatisfy(n -> assertThat(n).isZero());
  }

  @Test
  void peakAboveMaxInstances_isAFindingNamingTheHourAndTheShortfall() {
    // max 4: the peak hours need 5; 4 instances × 20 rps = 80 rps carry 66.6667 rps = 83.3%: above the 75%
    // target, not beyond capacity. Cost: (8 × 4 + 16 × 2 = 64) × 30.4167 = 1,946.6667 h × 0.23 = 447.7333
    AutoscaledRealtimeInference four = AutoscaledRealtimeInference.builder().from(OFFICE).maxInstances(4).build();
    MonthlyEstimate estimate = estimate(four, BUSY);
    assertThat(estimate.lineItems().get(0).cost().amount())
        .isCloseTo(new BigDecimal("447.733333333333333333"), within(new BigDecimal("1e-18")));
    assertThat(estimate.lineItems().get(0).cost().rounded()).isEqualTo(Money.usd("447.73"));
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.AUTOSCALING_MAX_INSTANCES)).isTrue();
      assertThat(f.code()).isEqualTo("autoscaling-max-instances");
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).isEqualTo("hour 9 (09:00–10:00) needs 5 instances (66.6667 requests/s ÷ (20"
          + " requests/s × 0.75)) but maxInstances is 4: 1 instance short (8 of 24 hours are short); the 4"
          + " instances would run at 83.3% of their measured throughput, above the 75% target: latency suffers;"
          + " this estimate prices only 4 instances in those hours; raise maxInstances to 5 or use a faster"
          + " instance type");
    });
  }

  @Test
  void maxInstancesExactlyWhatThePeakNeeds_isNoFinding_andPricesThePeakInFull() {
    // max 5: the peak hours need 4.44 -> 5 instances, exactly the maximum: nothing is short, nothing throttled;
    // the cost is OFFICE's (8 × 5 + 16 × 2 = 72 instance-hours a day × 30.4167 days × USD 0.23 = USD 503.70)
    AutoscaledRealtimeInference five = AutoscaledRealtimeInference.builder().from(OFFICE).maxInstances(5).build();
    assertThat(five.instancesNeededByHour(BUSY).get(9)).isEqualByComparingTo("5");
    assertThat(five.instancesByHour(BUSY).get(9)).isEqualTo(5);
    MonthlyEstimate estimate = estimate(five, BUSY);
    assertThat(estimate.findings()).isEmpty();
    assertThat(estimate.lineItems().get(0).cost()).isEqualTo(Money.usd("503.70"));
  }

  @Test
  void maxInstancesRunningAtExactlyFullThroughput_isAboveTheTarget_notBeyondCapacity() {
    // all of the day in hours 9–16: 35,040,000 requests a month ÷ 30.4167 days = 1,152,000 a day ÷ 8 h
    //   = 144,000 an hour ÷ 3,600 s = 40 rps; at 20 rps × 0.8 per instance that needs 2.5 -> 3 > max 2
    // the 2 instances carry 40 rps of their 2 × 20 = 40: exactly 100%, which they sustain
    AutoscaledRealtimeInference two = AutoscaledRealtimeInference.builder().from(OFFICE).minInstances(2)
        .maxInstances(2).targetUtilization(0.8).traffic(TrafficProfile.peak(8, 1.0)).build();
    Workload busy = EndpointFixtures.workload(35_040, 1_000);
    assertThat(two.requestsPerSecondByHour(busy).get(9)).isEqualByComparingTo("40");
    assertThat(estimate(two, busy).findings()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("hour 9 (09:00–10:00) needs 3 instances (40 requests/s ÷ (20 requests/s × 0.8)) but"
            + " maxInstances is 2: 1 instance short (8 of 24 hours are short); the 2 instances would run at"
            + " 100% of their measured throughput, above the 80% target: latency suffers; this estimate prices"
            + " only 2 instances in those hours; raise maxInstances to 3 or use a faster instance type"));
  }

  @Test
  void shortFromMidnight_namesTheFirstShortHour_hourZero() {
    // OFFICE's peak moved to hours 0–7: they need 5 each (as from 09:00), max 4 leaves 1 short in each; the
    // first of the equally short hours, hour 0, is named
    AutoscaledRealtimeInference night = AutoscaledRealtimeInference.builder().from(OFFICE).maxInstances(4)
        .traffic(TrafficProfile.peak(0, 8, 0.8)).build();
    assertThat(estimate(night, BUSY).findings()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("hour 0 (00:00–01:00) needs 5 instances (66.6667 requests/s ÷ (20 requests/s × 0.75)) but"
            + " maxInstances is 4: 1 instance short (8 of 24 hours are short)"));
  }

  @Test
  void aOneHourPeak_isWrittenAsASingleHourInTheFormula() {
    // half the day in hour 13: 2,400,000 × 0.5 = 1,200,000 requests = 333.3333 rps ÷ 15 = 22.2 -> 23, capped at 6;
    // the other 23 hours share the other half: 52,173.9 requests = 14.4928 rps ÷ 15 = 0.97 -> 1 -> min 2
    // Σ = 23 × 2 + 6 = 52 instance-hours a day
    AutoscaledRealtimeInference spike = AutoscaledRealtimeInference.builder().from(OFFICE)
        .traffic(TrafficProfile.peak(13, 1, 0.5)).build();
    assertThat(estimate(spike, BUSY).lineItems().get(0).formula())
        .startsWith("Σ over 24 h of instances (hours 0–12: 2, 13: 6, 14–23: 2) = 52 instance-hours a day");
  }

  @Test
  void oneModel_mayBeWatchedByModelMonitor() {
    DriftMonitor modelMonitor = DriftMonitor.builder().kind(DriftMonitor.Kind.MODEL_MONITOR)
        .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();
    MonthlyEstimate estimate = EndpointFixtures.scenario(BUSY, ModelTopology.shared()).addComponent(OFFICE)
        .addComponent(modelMonitor).build().estimate();
    assertThat(estimate.lineItems()).extracting(LineItem::component).contains("DriftMonitor");
  }

  @Test
  void peakBeyondWhatMaxInstancesSustain_saysRequestsAreThrottled() {
    // max 3: 3 × 20 = 60 rps < 66.6667 rps: 111.1% of capacity
    AutoscaledRealtimeInference three = AutoscaledRealtimeInference.builder().from(OFFICE).maxInstances(3).build();
    assertThat(estimate(three, BUSY).findings()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("maxInstances is 3: 2 instances short (8 of 24 hours are short)")
        .contains("would run at 111.1% of their measured throughput, beyond what they sustain: requests would be"
            + " throttled or time out"));
  }

  @Test
  void worstHour_isTheOneThatNeedsMost() {
    // all of the day in hour 13: 2,400,000 requests ÷ 3,600 s = 666.6667 rps ÷ 15 = 44.44 -> 45
    List<Double> weights = new java.util.ArrayList<>(Collections.nCopies(24, 0.0));
    weights.set(13, 1.0);
    weights.set(12, 0.5);
    AutoscaledRealtimeInference spiky = AutoscaledRealtimeInference.builder().from(OFFICE)
        .traffic(TrafficProfile.hourly(weights.stream().mapToDouble(Double::doubleValue).toArray())).build();
    // hour 13: 1 ÷ 1.5 of the day = 1,600,000 requests = 444.4444 rps ÷ 15 = 29.63 -> 30
    assertThat(spiky.instancesNeededByHour(BUSY).get(13)).isEqualByComparingTo("30");
    assertThat(estimate(spiky, BUSY).findings()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("hour 13 (13:00–14:00) needs 30 instances (444.4444 requests/s ÷ (20 requests/s × 0.75)) but"
            + " maxInstances is 6: 24 instances short (2 of 24 hours are short)"));
  }

  @Test
  void minInstancesOfOne_isASingleInstanceFinding_forTheHoursOnOne() {
    AutoscaledRealtimeInference one = AutoscaledRealtimeInference.builder().from(OFFICE).minInstances(1).build();
    assertThat(estimate(one, BUSY).findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.SINGLE_INSTANCE_ENDPOINT)).isTrue();
      assertThat(f.message()).isEqualTo("the autoscaled endpoint runs on 1 instance in 16 of 24 hours"
          + " (minInstances 1): then it has no redundancy, and an instance failure or a deployment takes it down;"
          + " use minInstances(2) or more across availability zones");
    });
  }

  @Test
  void manyModels_pointToMultiModelEndpoint_andRefuseModelMonitor() {
    MonthlyEstimate estimate = EndpointFixtures.scenario(BUSY, ModelTopology.perGroup(200)).addComponent(OFFICE)
        .build().estimate();
    assertThat(estimate.findings()).singleElement().satisfies(f -> {
      assertThat(f.is(FindingCode.MULTI_MODEL_ENDPOINT)).isTrue();
      assertThat(f.message()).isEqualTo("one autoscaled real-time endpoint serving 200 models (perGroup(200)) is"
          + " priced as a SageMaker multi-model endpoint: the same instance-hours, but models load on demand, so"
          + " expect loading latency on cache misses (a cold load can take minutes), and note that Model Monitor"
          + " does not support multi-model endpoints; use MultiModelEndpoint to size the instances for the models"
          + " kept warm");
    });
    DriftMonitor modelMonitor = DriftMonitor.builder().kind(DriftMonitor.Kind.MODEL_MONITOR)
        .instanceType("ml.m5.xlarge").jobsPerMonth(30).jobDuration(Duration.ofMinutes(5)).samplingRate(0.01).build();
    assertThatThrownBy(() -> EndpointFixtures.scenario(BUSY, ModelTopology.perGroup(200)).addComponent(OFFICE)
            .addComponent(modelMonitor).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("DriftMonitor.kind MODEL_MONITOR cannot watch an autoscaled real-time endpoint"
            + " that serves 200 models (perGroup(200)): Model Monitor supports only endpoints that host a single"
            + " model (no multi-model endpoints) (AWS: SageMaker developer guide,")
        .hasMessageEndingWith("; use DriftMonitor.Kind.CUSTOM_PROCESSING, a scheduled Processing job of your own"
            + " that this formula prices the same");
  }

  @Test
  void payloadAboveSixMebibytes_isRefused() {
    Workload big = Workload.builder().from(BUSY).requestPayload(DataSize.ofMebibytes(7)).build();
    assertThatThrownBy(() -> EndpointFixtures.scenario(big, ModelTopology.shared()).addComponent(OFFICE).build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("Workload.requestPayload (served by AutoscaledRealtimeInference) must be <= 6 MB");
  }

  @Test
  void minInstancesZero_isRejected_pointingToServerlessOrAsync() {
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).minInstances(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AutoscaledRealtimeInference.minInstances must be >= 1, but was 0; SageMaker real-time"
            + " endpoints cannot scale to zero instances: for traffic that stops, use ServerlessInference, or"
            + " AsyncInference, which scales to zero when its queue is empty");
  }

  @Test
  void minAboveMax_isRejected() {
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).minInstances(7).build())
        .hasMessage("AutoscaledRealtimeInference.maxInstances must be >= minInstances (7), but was 6");
  }

  @Test
  void utilizationOutsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).targetUtilization(0).build())
        .hasMessage("AutoscaledRealtimeInference.targetUtilization must be > 0 and <= 1, but was 0; 0.7 aims at 70%"
            + " of an instance's measured throughput");
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).targetUtilization(1.5).build())
        .hasMessageStartingWith("AutoscaledRealtimeInference.targetUtilization must be > 0 and <= 1, but was 1.5;");
    assertThat(AutoscaledRealtimeInference.builder().from(OFFICE).targetUtilization(1).build().targetUtilization())
        .isEqualByComparingTo("1");
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).targetUtilization(Double.NaN))
        .hasMessage("AutoscaledRealtimeInference.targetUtilization must be a finite number, but was NaN");
  }

  @Test
  void throughputOfZero_isRejected() {
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).requestsPerSecondPerInstance(0)
            .build())
        .hasMessage("AutoscaledRealtimeInference.requestsPerSecondPerInstance must be > 0, but was 0; measure what"
            + " one instance sustains with a load test (SageMaker Inference Recommender runs one)");
  }

  @Test
  void meanDurationAboveTheRealtimeTimeout_isRefused() {
    assertThatThrownBy(() -> AutoscaledRealtimeInference.builder().from(OFFICE).meanDuration(Duration.ofSeconds(61))
            .build())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("AutoscaledRealtimeInference.meanDuration must be <= 60 s (SageMaker real-time"
            + " endpoint invocation timeout;");
  }

  @Test
  void daysPerMonth_isSevenHundredThirtyHoursOverTwentyFour() {
    assertThat(AutoscaledRealtimeInference.daysPerMonth())
        .isCloseTo(new BigDecimal("30.416666666666666666"), within(new BigDecimal("1e-18")));
  }
}
