package dev.costmodel.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the endpoint options, on components built through the public builders from random inputs. The
 * generators' bounds (1 instance, utilization 1%, a profile with one busy hour, no traffic) are the first
 * values QuickTheories tries, so the edges are reached.
 */
class EndpointOptionsPropertiesTest {
  private static final int EXAMPLES = 200;
  private static final BigDecimal TINY = new BigDecimal("1e-20");

  /** min, extra (max − min), throughput in tenths of a request/s, utilization in percent. */
  private static Gen<int[]> scaling() {
    return integers().between(1, 5).zip(integers().between(0, 10), integers().between(1, 1000),
        integers().between(1, 100), (min, extra, tenths, percent) -> new int[] {min, extra, tenths, percent});
  }

  /** 24 hourly weights, 0 to 1,000, never all zero (hour 12 gets at least 1). */
  private static Gen<TrafficProfile> profiles() {
    return lists().of(integers().between(0, 1000)).ofSize(24).map(weights -> {
      double[] values = weights.stream().mapToDouble(Integer::doubleValue).toArray();
      values[12] += 1;
      return TrafficProfile.hourly(values);
    });
  }

  private static AutoscaledRealtimeInference autoscaled(int[] s, TrafficProfile traffic) {
    return AutoscaledRealtimeInference.builder().instanceType("ml.m5.xlarge").minInstances(s[0])
        .maxInstances(s[0] + s[1]).requestsPerSecondPerInstance(BigDecimal.valueOf(s[2], 1))
        .targetUtilization(BigDecimal.valueOf(s[3], 2)).traffic(traffic).build();
  }

  private static Workload requests(long perUser) {
    return EndpointFixtures.workload(1_000, perUser);
  }

  private static MonthlyEstimate estimate(CostComponent component, Workload workload) {
    return EndpointFixtures.scenario(workload, ModelTopology.shared()).addComponent(component).build().estimate();
  }

  private static Money firstLine(CostComponent component, Workload workload) {
    return estimate(component, workload).lineItems().get(0).cost();
  }

  @Test
  void autoscaledCost_liesBetweenMinOnlyAndMaxOnly() {
    qt().withExamples(EXAMPLES).forAll(scaling(), profiles(), integers().between(0, 2_000_000))
        .checkAssert((s, traffic, perUser) -> {
          Workload workload = requests(perUser);
          AutoscaledRealtimeInference endpoint = autoscaled(s, traffic);
          BigDecimal cost = firstLine(endpoint, workload).amount();
          BigDecimal minOnly = firstLine(RealtimeInference.builder().instanceType("ml.m5.xlarge")
              .instanceCount(s[0]).build(), workload).amount();
          BigDecimal maxOnly = firstLine(RealtimeInference.builder().instanceType("ml.m5.xlarge")
              .instanceCount(s[0] + s[1]).build(), workload).amount();
          assertThat(cost).isBetween(minOnly.subtract(TINY), maxOnly.add(TINY));
        });
  }

  @Test
  void autoscaledCost_neverFallsWhenTrafficRises() {
    qt().withExamples(EXAMPLES).forAll(scaling(), profiles(), integers().between(0, 1_000_000),
        integers().between(0, 1_000_000)).checkAssert((s, traffic, perUser, more) -> {
          AutoscaledRealtimeInference endpoint = autoscaled(s, traffic);
          List<Integer> before = endpoint.instancesByHour(requests(perUser));
          List<Integer> after = endpoint.instancesByHour(requests((long) perUser + more));
          for (int h = 0; h < 24; h++) {
            assertThat(after.get(h)).isGreaterThanOrEqualTo(before.get(h));
          }
          assertThat(estimate(endpoint, requests((long) perUser + more)).total().amount())
              .isGreaterThanOrEqualTo(estimate(endpoint, requests(perUser)).total().amount());
        });
  }

  @Test
  void batchCost_isLinearInRuns() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 1000), integers().between(0, 1000),
        integers().between(1, 600), integers().between(1, 20)).checkAssert((a, b, minutes, instances) -> {
          BatchTransform job = BatchTransform.builder().instanceType("ml.m5.xlarge").instanceCount(instances)
              .runDuration(Duration.ofMinutes(minutes)).runsPerMonth(BigDecimal.ZERO).build();
          BigDecimal ra = BigDecimal.valueOf(a, 1);
          BigDecimal rb = BigDecimal.valueOf(b, 1);
          BigDecimal sum = firstLine(job.withRunsPerMonth(ra), requests(1)).amount()
              .add(firstLine(job.withRunsPerMonth(rb), requests(1)).amount());
          assertThat(firstLine(job.withRunsPerMonth(ra.add(rb)), requests(1)).amount()).isCloseTo(sum, within(TINY));
          assertThat(firstLine(job.withRunsPerMonth(ra), requests(1)).amount().signum()).isNotNegative();
        });
  }

  @Test
  void asyncInstanceCost_isLinearInActiveHours_andScalesToZero() {
    qt().withExamples(EXAMPLES).forAll(integers().between(0, 3650), integers().between(0, 3650),
        integers().between(1, 20)).checkAssert((a, b, instances) -> {
          AsyncInference async = AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(instances)
              .activeHoursPerMonth(BigDecimal.ZERO).build();
          BigDecimal ha = BigDecimal.valueOf(a, 1);
          BigDecimal hb = BigDecimal.valueOf(b, 1);
          BigDecimal sum = firstLine(async.withActiveHoursPerMonth(ha), requests(1)).amount()
              .add(firstLine(async.withActiveHoursPerMonth(hb), requests(1)).amount());
          assertThat(firstLine(async.withActiveHoursPerMonth(ha.add(hb)), requests(1)).amount())
              .isEqualByComparingTo(sum);
          assertThat(firstLine(async, requests(1)).amount()).isZero();
        });
  }

  @Test
  void multiModelInstances_neverFallWhenMoreModelsAreKeptWarm_andNoCostIsNegative() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, 2000), integers().between(0, 2000),
        integers().between(1, 6000), integers().between(0, 2_000_000)).checkAssert((warm, more, mib, perUser) -> {
          MultiModelEndpoint fewer = MultiModelEndpoint.builder().instanceType("ml.m5.xlarge")
              .modelMemory(DataSize.ofMebibytes(mib)).modelsKeptWarm(warm).build();
          MultiModelEndpoint moreWarm = MultiModelEndpoint.builder().from(fewer).modelsKeptWarm((long) warm + more)
              .build();
          assertThat(moreWarm.instances(10_000)).isGreaterThanOrEqualTo(fewer.instances(10_000));
          Workload workload = requests(perUser);
          for (CostComponent component : List.of(fewer, moreWarm,
              AsyncInference.builder().instanceType("ml.m5.xlarge").instanceCount(1).activeHoursPerMonth(730).build())) {
            MonthlyEstimate estimate = EndpointFixtures.scenario(workload, ModelTopology.perGroup(10_000))
                .addComponent(component).build().estimate();
            assertThat(estimate.lineItems()).allSatisfy(item -> assertThat(item.cost().amount()).isNotNegative());
          }
        });
  }
}
