package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.DataSize;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.ServerlessInference;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws of the advisor on random small spaces (built from a seed QuickTheories draws, so a failure replays):
 * best-first finds what exhaustive search finds; nothing cheaper than the best is feasible; a constraint
 * never makes the best cheaper; every candidate returned meets every constraint.
 */
class AdvisorPropertiesTest {
  private static final int EXAMPLES = 40;

  static SearchSpace space(Random random) {
    Workload workload = Workload.builder().users(1 + random.nextInt(400))
        .requestsPerUserPerMonth(BigDecimal.valueOf(random.nextInt(1000), 1))
        .requestPayload(DataSize.ofKibibytes(1 + random.nextInt(40))).responsePayload(DataSize.ofKibibytes(2)).build();
    List<ModelTopology> topologies = new ArrayList<>(List.of(ModelTopology.shared()));
    if (random.nextBoolean()) {
      topologies.add(ModelTopology.perUser());
    }
    topologies.add(ModelTopology.perGroup(1 + random.nextInt(50)));
    SearchSpace.Builder space = SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(workload)
        .topologies(topologies.toArray(ModelTopology[]::new)).addFixed(SeedFixtures.STORAGE);
    int servings = 1 + random.nextInt(3);
    String[] types = {"ml.c5.xlarge", "ml.m5.large", "ml.m5.xlarge", "ml.g4dn.xlarge"};
    for (int i = 0; i < servings; i++) {
      Option option = random.nextBoolean()
          ? Option.of("serverless " + i, ServerlessInference.builder()
              .memory(DataSize.ofGibibytes(1 + random.nextInt(6)))
              .meanDuration(Duration.ofMillis(20 + random.nextInt(2000))).build())
          : Option.of("real-time " + i, RealtimeInference.builder().instanceType(types[random.nextInt(types.length)])
              .instanceCount(1 + random.nextInt(3)).build());
      space.addServing(option.withLatencyP95(Duration.ofMillis(20 + random.nextInt(1000))));
    }
    space.addMonitoring(Option.none("no monitor"), Option.of("custom", SeedFixtures.monitor(
        DriftMonitor.Kind.CUSTOM_PROCESSING)));
    if (random.nextBoolean()) {
      space.addMonitoring(Option.of("Model Monitor", SeedFixtures.monitor(DriftMonitor.Kind.MODEL_MONITOR)));
    }
    space.addRetraining(Option.of("monthly", SeedFixtures.RETRAIN));
    if (random.nextBoolean()) {
      space.addRetraining(Option.of("weekly", SeedFixtures.RETRAIN.withRunsPerMonth(new BigDecimal("5.2"))));
    }
    return space.build();
  }

  static Constraints constraints(Random random, SearchSpace space) {
    Constraints.Builder c = Constraints.builder();
    if (random.nextBoolean()) {
      c.budget(Money.of(BigDecimal.valueOf(random.nextInt(3000)), space.prices().currency()));
    }
    if (random.nextBoolean()) {
      c.latencyP95AtMost(Duration.ofMillis(50 + random.nextInt(900)));
    }
    if (random.nextBoolean() && space.monitoring().stream().anyMatch(o -> o.features().contains(Feature.MODEL_MONITOR))) {
      c.require(Feature.MODEL_MONITOR);
    }
    if (random.nextBoolean()) {
      c.retrainWithin(Duration.ofHours(1 + random.nextInt(48)), 1 + random.nextInt(100));
    }
    return c.build();
  }

  @Test
  void bestFirst_findsWhatExhaustiveSearchFinds_andNothingFeasibleIsCheaperThanTheBest() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SearchSpace space = space(random);
      Constraints constraints = constraints(random, space);
      Advice all = Advisor.of(space).constraints(constraints).strategy(Advisor.Strategy.EXHAUSTIVE).limit(10_000)
          .advise();
      Advice bestFirst = Advisor.of(space).constraints(constraints).strategy(Advisor.Strategy.BEST_FIRST).limit(3)
          .advise();
      int n = Math.min(3, all.ranked().size());
      assertThat(bestFirst.ranked()).extracting(c -> c.total().amount())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactlyElementsOf(all.ranked().subList(0, n).stream().map(c -> c.total().amount()).toList());
      all.best().ifPresent(best -> assertThat(all.ranked())
          .allSatisfy(c -> assertThat(c.total().compareTo(best.total())).isNotNegative()));
    });
  }

  @Test
  void addingAConstraint_neverMakesTheBestCheaper() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SearchSpace space = space(random);
      Advice free = Advisor.advise(space, Constraints.none());
      Advice constrained = Advisor.advise(space, constraints(random, space));
      constrained.best().ifPresent(best -> assertThat(best.total().compareTo(free.bestOrThrow().total()))
          .isNotNegative());
    });
  }

  @Test
  void everyCandidateReturned_meetsEveryConstraint() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SearchSpace space = space(random);
      Constraints constraints = constraints(random, space);
      Advice advice = Advisor.of(space).constraints(constraints).limit(10_000).advise();
      assertThat(advice.ranked()).allSatisfy(c -> {
        constraints.budget().ifPresent(b -> assertThat(c.total().compareTo(b)).isNotPositive());
        constraints.latencyP95AtMost().ifPresent(t -> assertThat(c.latencyP95().orElseThrow()).isLessThanOrEqualTo(t));
        for (Feature feature : constraints.required()) {
          assertThat(List.of(c.serving(), c.monitoring(), c.retraining()))
              .anyMatch(o -> o.features().contains(feature));
        }
        constraints.retrainDeadline().ifPresent(d -> {
          assertThat(c.parallelism().getAsInt()).isLessThanOrEqualTo(constraints.retrainQuota().getAsInt());
          assertThat(c.completionTime().orElseThrow()).isLessThanOrEqualTo(d);
        });
      });
      assertThat(advice.ranked()).doesNotHaveDuplicates();
    });
  }

  @Test
  void excludedOptions_areExactlyThoseInNoFeasibleCandidate() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      SearchSpace space = space(random);
      Constraints constraints = constraints(random, space);
      // exhaustive, with room to rank every candidate: ranked() is every feasible candidate
      Advice advice = Advisor.of(space).constraints(constraints).strategy(Advisor.Strategy.EXHAUSTIVE)
          .limit(10_000).advise();
      java.util.Set<String> unused = new java.util.LinkedHashSet<>();
      space.serving().stream().filter(o -> advice.ranked().stream().noneMatch(c -> c.serving() == o))
          .forEach(o -> unused.add("serving: " + o.label()));
      space.monitoring().stream().filter(o -> advice.ranked().stream().noneMatch(c -> c.monitoring() == o))
          .forEach(o -> unused.add("monitoring: " + o.label()));
      space.retraining().stream().filter(o -> advice.ranked().stream().noneMatch(c -> c.retraining() == o))
          .forEach(o -> unused.add("retraining: " + o.label()));
      assertThat(advice.excludedOptions().keySet()).containsExactlyElementsOf(unused);
      // and each says why: every candidate it is in was left out, so its counts are at least one
      assertThat(advice.excludedOptions().values())
          .allSatisfy(why -> assertThat(why).matches("[^()]+ \\([1-9]\\d*\\)(; [^()]+ \\([1-9]\\d*\\))*"));
    });
  }
}
