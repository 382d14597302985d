package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.ModelStorage;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.api.price.Price;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the cost model, checked on scenarios built through the public builders from random inputs. Edge
 * cases (one user, zero runs, one instance, the largest sizes) are inside every range and are reached: the
 * generators' bounds are the first values QuickTheories tries. Every range stays within AWS's limits
 * ({@link dev.costmodel.api.aws.AwsLimits}), raised inputs included: a design beyond them has no price, it is refused.
 */
class CostModelPropertiesTest {
  private static final int EXAMPLES = 300;
  private static final BigDecimal TINY = new BigDecimal("1e-24");

  /** Random inputs for one scenario. */
  record Inputs(long users, BigDecimal requestsPerUser, long kibIn, long kibOut, BigDecimal runs,
      int stepMinutes, int artifactMib, int versions, int memoryGib, int meanMillis, int instances,
      int monitorJobs, BigDecimal sampling, long groups) {

    Workload workload() {
      return Workload.builder().users(users).requestsPerUserPerMonth(requestsPerUser)
          .requestPayload(DataSize.ofKibibytes(kibIn)).responsePayload(DataSize.ofKibibytes(kibOut)).build();
    }

    List<CostComponent> components(boolean serverless) {
      RetrainPipeline retrain = RetrainPipeline.builder()
          .addStep(JobStep.processing("pre", "ml.m5.xlarge", Duration.ofMinutes(stepMinutes)))
          .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(2L * stepMinutes)))
          .runsPerMonth(runs).build();
      ModelStorage storage = ModelStorage.builder().artifactSize(DataSize.ofMebibytes(artifactMib))
          .versionsRetained(versions).build();
      CostComponent inference = serverless
          ? ServerlessInference.builder().memory(DataSize.ofGibibytes(memoryGib))
              .meanDuration(Duration.ofMillis(meanMillis)).build()
          : RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(instances).build();
      DriftMonitor monitor = DriftMonitor.builder().kind(DriftMonitor.Kind.CUSTOM_PROCESSING)
          .instanceType("ml.m5.xlarge").jobsPerMonth(BigDecimal.valueOf(monitorJobs))
          .jobDuration(Duration.ofMinutes(5)).samplingRate(sampling).build();
      return List.of(retrain, storage, inference, monitor);
    }

    MonthlyEstimate estimate(boolean serverless) {
      return CostScenario.builder().name("random").prices(Fixtures.PRICES).workload(workload())
          .topology(ModelTopology.perGroup(groups)).addAllComponents(components(serverless)).build().estimate();
    }
  }

  private static Gen<BigDecimal> tenths(int max) {
    return integers().between(0, max * 10).map(i -> BigDecimal.valueOf(i, 1));
  }

  private static Gen<Inputs> inputs() {
    // payloads up to 3,000 KiB and durations up to 59 s, so that raising them by up to 1,000 stays within the
    // serverless endpoint's 4 MiB payload and 60 s timeout
    Gen<long[]> sizes = longs().between(1, 1_000_000).zip(longs().between(0, 3000), longs().between(0, 3000),
        longs().between(1, 1000), (users, in, out, groups) -> new long[] {users, in, out, groups});
    Gen<int[]> ints = integers().between(1, 600).zip(integers().between(1, 2000), integers().between(1, 20),
        integers().between(1, 6), (minutes, mib, versions, gib) -> new int[] {minutes, mib, versions, gib});
    Gen<int[]> more = integers().between(1, 59_000).zip(integers().between(1, 20), integers().between(0, 100),
        (millis, instances, jobs) -> new int[] {millis, instances, jobs});
    Gen<BigDecimal[]> decimals = tenths(500).zip(tenths(30), integers().between(0, 100)
        .map(p -> BigDecimal.valueOf(p, 2)), (rpu, runs, sampling) -> new BigDecimal[] {rpu, runs, sampling});
    return sizes.zip(ints, more, decimals, (s, i, m, d) -> new Inputs(s[0], d[0], s[1], s[2], d[1], i[0], i[1],
        i[2], i[3], m[0], m[1], m[2], d[2], s[3]));
  }

  @Test
  void retrainAndStorageSubtotalsScaleExactlyLinearlyWithModelCount() {
    // perGroup(k·G) = k × perGroup(G); k·G stays at most the workload's 100,000 users (more groups than users
    // price only the groups that have users), which also keeps storage in S3's first tier
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 5_000), integers().between(1, 20))
        .checkAssert((g, k) -> {
          CostScenario base = Fixtures.scenario(ModelTopology.perGroup(g))
              .addComponent(Fixtures.RETRAIN).addComponent(Fixtures.STORAGE).build();
          MonthlyEstimate one = base.estimate();
          MonthlyEstimate many = base.withTopology(ModelTopology.perGroup((long) g * k)).estimate();
          for (CostCategory c : List.of(CostCategory.RETRAIN, CostCategory.STORAGE)) {
            assertThat(many.subtotal(c).amount())
                .isEqualByComparingTo(one.subtotal(c).amount().multiply(BigDecimal.valueOf(k)));
          }
        });
  }

  @Test
  void retrainCostScalesLinearlyWithStepDurationsAndRuns() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 250), integers().between(1, 50), tenths(30), integers().between(1, 10_000))
        .checkAssert((minutes, k, runs, groups) -> {
          // 250 min × 50 = 750,000 s: within a processing job's 777,600 s
          // the training step lasts 37 s per minute of preprocessing: its hours do not terminate in decimal,
          // so the law holds to the 34 digits of the one MathContext, not beyond
          Money base = retrain(minutes, runs, groups);
          BigDecimal expected = base.amount().multiply(BigDecimal.valueOf(k));
          assertThat(retrain(minutes * k, runs, groups).amount()).isCloseTo(expected, within(TINY));
          assertThat(retrain(minutes, runs.multiply(BigDecimal.valueOf(k)), groups).amount())
              .isCloseTo(expected, within(TINY));
        });
  }

  private static Money retrain(int minutes, BigDecimal runs, int groups) {
    RetrainPipeline pipeline = RetrainPipeline.builder()
        .addStep(JobStep.processing("pre", "ml.m5.xlarge", Duration.ofMinutes(minutes)))
        .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofSeconds(37L * minutes)))
        .runsPerMonth(runs).build();
    return Fixtures.scenario(ModelTopology.perGroup(groups)).addComponent(pipeline).build().estimate()
        .subtotal(CostCategory.RETRAIN);
  }

  @Test
  void realtimeInstanceCostScalesLinearlyWithInstanceCountAndHours() {
    qt().withExamples(EXAMPLES)
        .forAll(integers().between(1, 50), integers().between(1, 20), integers().between(1, 730))
        .checkAssert((count, k, anyHours) -> {
          int hours = 1 + (anyHours - 1) % (730 / k);   // hours × k stays within the 730-hour billing month
          Money base = endpointHours(count, hours);
          assertThat(endpointHours(count * k, hours).amount())
              .isEqualByComparingTo(base.amount().multiply(BigDecimal.valueOf(k)));
          assertThat(endpointHours(count, hours * k).amount())
              .isEqualByComparingTo(base.amount().multiply(BigDecimal.valueOf(k)));
          assertThat(base.amount()).isEqualByComparingTo(
              new BigDecimal("0.204").multiply(BigDecimal.valueOf((long) count * hours)));
        });
  }

  private static Money endpointHours(int count, int hours) {
    RealtimeInference endpoint = RealtimeInference.builder().instanceType("ml.c5.xlarge").instanceCount(count)
        .hoursPerMonth(BigDecimal.valueOf(hours)).build();
    return Fixtures.scenario(ModelTopology.shared()).addComponent(endpoint).build().estimate()
        .lineItems().get(0).cost();
  }

  @Test
  void totalEqualsSumOfLineItemsEqualsSumOfSubtotals() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(0, 1)).checkAssert((in, kind) -> {
      MonthlyEstimate e = in.estimate(kind == 0);
      BigDecimal lines = e.lineItems().stream().map(i -> i.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal subtotals = e.subtotals().values().stream().map(Money::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(e.total().amount()).isEqualByComparingTo(lines).isEqualByComparingTo(subtotals);
      assertThat(e.total().rounded().amount()).isEqualByComparingTo(lines.setScale(2, java.math.RoundingMode.HALF_UP));
    });
  }

  @Test
  void noCostIsNegative() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(0, 1)).checkAssert((in, kind) -> {
      MonthlyEstimate e = in.estimate(kind == 0);
      assertThat(e.lineItems()).allSatisfy(i -> {
        assertThat(i.cost().amount().signum()).isNotNegative();
        assertThat(i.quantity().signum()).isNotNegative();
      });
    });
  }

  @Test
  void costsNeverFallWhenAUsageInputRises() {
    qt().withExamples(EXAMPLES).forAll(inputs(), integers().between(1, 1000)).checkAssert((in, up) -> {
      BigDecimal base = in.estimate(true).total().amount();
      BigDecimal delta = BigDecimal.valueOf(up);
      List<Inputs> raised = List.of(
          new Inputs(in.users() + up, in.requestsPerUser(), in.kibIn(), in.kibOut(), in.runs(), in.stepMinutes(),
              in.artifactMib(), in.versions(), in.memoryGib(), in.meanMillis(), in.instances(), in.monitorJobs(),
              in.sampling(), in.groups()),
          new Inputs(in.users(), in.requestsPerUser().add(delta), in.kibIn(), in.kibOut(), in.runs(),
              in.stepMinutes(), in.artifactMib(), in.versions(), in.memoryGib(), in.meanMillis(), in.instances(),
              in.monitorJobs(), in.sampling(), in.groups()),
          new Inputs(in.users(), in.requestsPerUser(), in.kibIn() + up, in.kibOut() + up, in.runs().add(delta),
              in.stepMinutes() + up, in.artifactMib() + up, in.versions() + up, in.memoryGib(),
              in.meanMillis() + up, in.instances(), in.monitorJobs() + up, in.sampling(), in.groups() + up));
      for (Inputs more : raised) {
        assertThat(more.estimate(true).total().amount()).isGreaterThanOrEqualTo(base);
      }
    });
  }

  @Test
  void storageTiersNeverMakeMoreDataCheaper() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(0, 2_000_000), longs().between(0, 2_000_000))
        .checkAssert((a, b) -> {
          Price s3 = Fixtures.PRICES.price(ModelStorage.PRICE_KEY);
          Money small = s3.costOf(BigDecimal.valueOf(Math.min(a, b)));
          Money large = s3.costOf(BigDecimal.valueOf(Math.max(a, b)));
          assertThat(large.amount()).isGreaterThanOrEqualTo(small.amount());
          // additivity across the split point: cost(a + b) <= cost(a) + cost(b) for falling tier rates
          assertThat(s3.costOf(BigDecimal.valueOf(a + b)).amount())
              .isLessThanOrEqualTo(s3.costOf(BigDecimal.valueOf(a)).plus(s3.costOf(BigDecimal.valueOf(b))).amount());
        });
  }
}
