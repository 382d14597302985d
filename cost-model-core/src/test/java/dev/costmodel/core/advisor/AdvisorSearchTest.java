package dev.costmodel.core.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.Workload;
import dev.costmodel.api.aws.DriftMonitor;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.RealtimeInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.core.PriceCatalogs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The advisor's search on small spaces whose totals are easy to work out by hand. The workload sends no
 * requests, so an endpoint costs its instance-hours alone (its data lines are zero), and every price comes
 * from the bundled aws/us-east-1 catalog:
 * <ul>
 *   <li>real-time hosting, 730 h a month: ml.m5.large 0.115/h (83.95 an instance), ml.m5.xlarge 0.23/h
 *       (167.90), ml.c5.xlarge 0.204/h (148.92);
 *   <li>a custom monitor: 30 Processing jobs on ml.m5.large, of {@code m} minutes each, 30 × m ÷ 60 h × 0.115;
 *   <li>retraining the one shared model once a month: "slow" 90 min of ml.m5.xlarge training, 1.5 h × 0.23 =
 *       0.345; "fast" 30 min of ml.g4dn.xlarge training, 0.5 h × 0.736 = 0.368.
 * </ul>
 */
class AdvisorSearchTest {
  static final Workload IDLE = Workload.builder().users(1).requestsPerUserPerMonth(0)
      .requestPayload(DataSize.ofKibibytes(1)).responsePayload(DataSize.ofKibibytes(1)).build();

  static Option endpoint(String type, int count) {
    return Option.of(count + " × " + type,
        RealtimeInference.builder().instanceType(type).instanceCount(count).build());
  }

  /** 30 jobs × minutes ÷ 60 h × 0.115. */
  static Option monitor(String label, int minutes) {
    return Option.of(label, DriftMonitor.builder().kind(DriftMonitor.Kind.CUSTOM_PROCESSING).instanceType("ml.m5.large")
        .jobsPerMonth(30).jobDuration(Duration.ofMinutes(minutes)).samplingRate(0.01).build());
  }

  static RetrainPipeline pipeline(String type, int minutes) {
    return RetrainPipeline.builder().addStep(JobStep.training("train", type, Duration.ofMinutes(minutes)))
        .runsPerMonth(1).build();
  }

  /** USD 0.345 a month; one run takes 90 min. */
  static final Option SLOW = Option.of("slow", pipeline("ml.m5.xlarge", 90));
  /** USD 0.368 a month; one run takes 30 min. */
  static final Option FAST = Option.of("fast", pipeline("ml.g4dn.xlarge", 30));

  static SearchSpace.Builder space(Option... serving) {
    return SearchSpace.builder().prices(PriceCatalogs.awsUsEast1()).workload(IDLE).topologies(ModelTopology.shared())
        .addServing(serving);
  }

  static List<String> totals(List<Candidate> candidates) {
    return candidates.stream().map(c -> c.total().amount().stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void limit_mustBeAtLeastOne_andCapsTheRanking() {
    SearchSpace space = space(endpoint("ml.m5.large", 1), endpoint("ml.m5.large", 2)).build();
    assertThatThrownBy(() -> Advisor.of(space).limit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Advisor.limit must be >= 1, but was 0");
    Advice one = Advisor.of(space).limit(1).advise();
    // both are feasible; only the cheaper is ranked, and nothing is excluded
    assertThat(one.ranked()).extracting(Candidate::name)
        .containsExactly("shared() / 1 × ml.m5.large / no drift monitor / no retraining");
    assertThat(one.runnerUpDifference()).isEmpty();
    assertThat(one.excludedOptions()).isEmpty();
    assertThat(one.exclusions()).isEmpty();
    assertThat(one.evaluated()).isEqualTo(2);
  }

  @Test
  void budget_andLatencyTarget_areMetWhenEqual_inBothSearches() {
    // 2 × ml.m5.large + monitor of 2 min: 167.90 + 30 × 2 ÷ 60 × 0.115 = 167.90 + 0.115 = 168.015
    SearchSpace space = space(endpoint("ml.m5.large", 2).withLatencyP95(Duration.ofMillis(200)),
        endpoint("ml.m5.large", 3).withLatencyP95(Duration.ofMillis(201)))
        .addMonitoring(monitor("m2", 2)).build();
    Constraints constraints = Constraints.builder().budget(Money.usd("168.015"))
        .latencyP95AtMost(Duration.ofMillis(200)).build();
    for (Advisor.Strategy strategy : List.of(Advisor.Strategy.EXHAUSTIVE, Advisor.Strategy.BEST_FIRST)) {
      Advice advice = Advisor.of(space).constraints(constraints).strategy(strategy).advise();
      assertThat(advice.strategy()).isEqualTo(strategy);
      assertThat(advice.ranked()).extracting(c -> c.serving().label()).containsExactly("2 × ml.m5.large");
      assertThat(advice.bestOrThrow().total()).isEqualTo(Money.usd("168.015"));
      assertThat(advice.excludedOptions()).containsOnlyKeys("serving: 3 × ml.m5.large");
    }
    // a cent less and it is over budget: 'costs USD 168.02, above the budget of USD 168.01' (both rounded)
    Advice over = Advisor.of(space).constraints(Constraints.builder().budget(Money.usd("168.01")).build()).advise();
    assertThat(over.best()).isEmpty();
    assertThat(over.exclusions()).extracting(Exclusion::constraint, Exclusion::count).containsExactly(
        tuple("budget", 2L));
    assertThat(over.exclusions().get(0).reason()).isEqualTo("'shared() / 2 × ml.m5.large / m2 / no retraining' costs"
        + " USD 168.02, above the budget of USD 168.01");
  }

  @Test
  void parallelism_isTheOptionsOwn_or1_withoutADeadline() {
    // 10 users in 10 groups: 10 models; the slow pipeline runs 90 min
    SearchSpace space = space(endpoint("ml.m5.large", 2)).workload(Workload.builder().users(10)
        .requestsPerUserPerMonth(0).requestPayload(DataSize.ofKibibytes(1)).responsePayload(DataSize.ofKibibytes(1))
        .build()).topologies(ModelTopology.perGroup(10))
        .addRetraining(SLOW.withParallelism(4)).build();
    Candidate four = Advisor.of(space).advise().ranked().stream().filter(c -> c.topology().equals(
        ModelTopology.perGroup(10))).findFirst().orElseThrow();
    assertThat(four.parallelism()).hasValue(4);
    // ceil(10 ÷ 4) = 3 waves of 90 min = 4 h 30 min
    assertThat(four.completionTime()).hasValue(Duration.ofMinutes(270));
    assertThat(four.value(Objective.COMPLETION_TIME)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(
        "16200"));   // 270 × 60 s

    Candidate one = Advisor.of(space(endpoint("ml.m5.large", 2)).addRetraining(SLOW).build()).advise().bestOrThrow();
    assertThat(one.parallelism()).hasValue(1);
    assertThat(one.completionTime()).hasValue(Duration.ofMinutes(90));

    Candidate none = Advisor.of(space(endpoint("ml.m5.large", 2)).build()).advise().bestOrThrow();
    assertThat(none.parallelism()).isEmpty();
    assertThat(none.completionTime()).isEmpty();
    assertThat(none.value(Objective.COMPLETION_TIME)).isEmpty();
  }

  @Test
  void exclusions_theConstraintThatRemovedTheMostFirst_andOnlyUnusedOptionsAreListed() {
    // visited in this order: unknown latency (1 candidate), then 500 ms and 600 ms (2), then 40 ms (feasible)
    SearchSpace space = space(endpoint("ml.m5.large", 1), endpoint("ml.m5.large", 2)
            .withLatencyP95(Duration.ofMillis(500)), endpoint("ml.m5.large", 3).withLatencyP95(Duration.ofMillis(600)),
        endpoint("ml.c5.xlarge", 2).withLatencyP95(Duration.ofMillis(40))).build();
    Advice advice = Advisor.of(space).constraints(Constraints.builder().latencyP95AtMost(Duration.ofMillis(100))
        .build()).advise();
    assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count)
        .containsExactly(tuple("latency", 2L), tuple("latency unknown", 1L));
    assertThat(advice.exclusions().get(0).reason()).isEqualTo("'2 × ml.m5.large' answers in PT0.5S at p95, above the"
        + " target of PT0.1S");
    // the cheapest each removed: 2 × ml.m5.large at 167.90, 1 × ml.m5.large at 83.95
    assertThat(advice.exclusions()).extracting(e -> e.cheapest().orElseThrow().total())
        .containsExactly(Money.usd("167.90"), Money.usd("83.95"));
    assertThat(advice.excludedOptions()).containsExactly(entry("serving: 1 × ml.m5.large", "latency unknown (1)"),
        entry("serving: 2 × ml.m5.large", "latency (1)"), entry("serving: 3 × ml.m5.large", "latency (1)"));
    // 2 × ml.c5.xlarge: 2 × 148.92 = 297.84
    assertThat(advice.bestOrThrow().total()).isEqualTo(Money.usd("297.84"));
  }

  @Test
  void excludedOptions_listsEveryReason_mostFirst() {
    // with 1 × m5.large (50 ms), monitor m1 (30 × 2 ÷ 60 × 0.115 = 0.115) costs 84.065, within the budget of
    // 84.10; m9 (30 × 9 ÷ 60 × 0.115 = 0.5175) costs 84.4675, above it; the other two endpoints have no known
    // latency, so m9 is left out once for the budget (visited first) and twice for the latency
    SearchSpace space = space(endpoint("ml.m5.large", 1).withLatencyP95(Duration.ofMillis(50)),
        endpoint("ml.c5.xlarge", 2), endpoint("ml.m5.large", 2)).addMonitoring(monitor("m1", 2), monitor("m9", 9))
        .build();
    Advice advice = Advisor.of(space).constraints(Constraints.builder().budget(Money.usd("84.10"))
        .latencyP95AtMost(Duration.ofMillis(100)).build()).advise();
    assertThat(advice.ranked()).extracting(c -> c.monitoring().label()).containsExactly("m1");
    assertThat(advice.excludedOptions()).containsExactly(entry("serving: 2 × ml.c5.xlarge", "latency unknown (2)"),
        entry("serving: 2 × ml.m5.large", "latency unknown (2)"),
        entry("monitoring: m9", "latency unknown (2); budget (1)"));
  }

  @Test
  void paretoFront_againstRedundancy_keepsTheCheapestForEachCount() {
    // 1 × m5.large 83.95 (1 instance), 1 × m5.xlarge 167.90 (1), 2 × m5.large 167.90 (2), 3 × m5.large 251.85
    // (3), 2 × c5.xlarge 297.84 (2); serverless has no instance count, so it is left out of the front
    SearchSpace space = space(Option.of("serverless", dev.costmodel.core.SeedFixtures.SERVERLESS),
        endpoint("ml.m5.large", 1), endpoint("ml.m5.xlarge", 1), endpoint("ml.m5.large", 2),
        endpoint("ml.m5.large", 3), endpoint("ml.c5.xlarge", 2)).build();
    Advice advice = Advisor.of(space).paretoAgainst(Objective.REDUNDANCY).advise();
    assertThat(advice.objective()).isEqualTo(Objective.REDUNDANCY);
    // 1 × m5.xlarge costs what 2 × m5.large costs and has fewer instances: not on the front
    assertThat(advice.paretoFront()).extracting(c -> c.serving().label())
        .containsExactly("1 × ml.m5.large", "2 × ml.m5.large", "3 × ml.m5.large");
    assertThat(advice.paretoFront()).extracting(c -> c.value(Objective.REDUNDANCY).orElseThrow().intValueExact())
        .containsExactly(1, 2, 3);
    assertThat(advice.ranked().get(0).value(Objective.REDUNDANCY)).isEmpty();   // serverless
    // equal totals are ranked by name: '1 × ml.m5.xlarge' before '2 × ml.m5.large'
    assertThat(advice.ranked()).extracting(c -> c.serving().label()).containsExactly("serverless",
        "1 × ml.m5.large", "1 × ml.m5.xlarge", "2 × ml.m5.large", "3 × ml.m5.large", "2 × ml.c5.xlarge");
  }

  @Test
  void paretoFront_againstLatency_leavesOutADearerCandidateThatIsNoFaster() {
    SearchSpace space = space(endpoint("ml.m5.large", 2).withLatencyP95(Duration.ofMillis(40)),
        endpoint("ml.c5.xlarge", 2).withLatencyP95(Duration.ofMillis(40)),
        endpoint("ml.m5.large", 1).withLatencyP95(Duration.ofMillis(90))).build();
    Advice advice = Advisor.of(space).advise();
    assertThat(advice.objective()).isEqualTo(Objective.LATENCY);
    assertThat(advice.paretoFront()).extracting(c -> c.serving().label())
        .containsExactly("1 × ml.m5.large", "2 × ml.m5.large");
    assertThat(advice.paretoFront().get(1).value(Objective.LATENCY)).hasValueSatisfying(v -> assertThat(v)
        .isEqualByComparingTo("0.04"));
  }

  @Test
  void bestFirst_paretoAgainstLatency_findsTheCheapestForEachServingOption_beyondTheLimit() {
    // serving sorted by cost: 1 × m5.large (83.95, 300 ms), 2 × c5.xlarge (297.84, 40 ms); monitors m1 < m2 < m3
    SearchSpace space = space(endpoint("ml.c5.xlarge", 2).withLatencyP95(Duration.ofMillis(40)),
        endpoint("ml.m5.large", 1).withLatencyP95(Duration.ofMillis(300)))
        .addMonitoring(monitor("m1", 2), monitor("m2", 4), monitor("m3", 6)).build();
    Advice advice = Advisor.of(space).strategy(Advisor.Strategy.BEST_FIRST).limit(1).advise();
    // the cheapest (83.95 + 0.115 = 84.065), then the cheapest with the other serving option (297.84 + 0.115)
    assertThat(advice.evaluated()).isEqualTo(2);
    assertThat(advice.spaceSize()).isEqualTo(6);
    assertThat(totals(advice.ranked())).containsExactly("84.065");
    assertThat(totals(advice.paretoFront())).containsExactly("84.065", "297.955");
    assertThat(advice.excludedOptions()).containsExactly(
        entry("monitoring: m2", "not reached: cheaper candidates filled the limit"),
        entry("monitoring: m3", "not reached: cheaper candidates filled the limit"));
    // exhaustively, the same best and front, after pricing all 6
    Advice all = Advisor.of(space).strategy(Advisor.Strategy.EXHAUSTIVE).limit(1).advise();
    assertThat(all.evaluated()).isEqualTo(6);
    assertThat(totals(all.paretoFront())).containsExactly("84.065", "297.955");
  }

  @Test
  void bestFirst_paretoAgainstCompletionTime_findsTheCheapestForEachRetrainingOption() {
    SearchSpace space = space(endpoint("ml.m5.large", 2)).addRetraining(FAST, SLOW).build();
    Advice advice = Advisor.of(space).strategy(Advisor.Strategy.BEST_FIRST).limit(1)
        .paretoAgainst(Objective.COMPLETION_TIME).advise();
    // 167.90 + 0.345 = 168.245 (90 min); 167.90 + 0.368 = 168.268 (30 min)
    assertThat(totals(advice.ranked())).containsExactly("168.245");
    assertThat(advice.paretoFront()).extracting(c -> c.retraining().label()).containsExactly("slow", "fast");
    assertThat(advice.paretoFront()).extracting(c -> c.completionTime().orElseThrow())
        .containsExactly(Duration.ofMinutes(90), Duration.ofMinutes(30));
    assertThat(advice.evaluated()).isEqualTo(2);
  }

  @Test
  void bestFirst_visitsOptionsCheapestFirst_whateverOrderTheyWereGivenIn() {
    // monitors given dearest first (m6 0.345, m2 0.115, m4 0.23), retraining fast (0.368) before slow (0.345)
    SearchSpace space = space(endpoint("ml.m5.large", 2)).addMonitoring(monitor("m6", 6), monitor("m2", 2),
        monitor("m4", 4)).addRetraining(FAST, SLOW).build();
    Advice advice = Advisor.of(space).strategy(Advisor.Strategy.BEST_FIRST).limit(1).advise();
    // 167.90 + 0.115 + 0.345 = 168.36
    assertThat(advice.bestOrThrow().name()).isEqualTo("shared() / 2 × ml.m5.large / m2 / slow");
    assertThat(advice.bestOrThrow().total()).isEqualTo(Money.usd("168.36"));
    assertThat(advice.evaluated()).isEqualTo(1);
  }

  @Test
  void bestFirst_leavesOutWholeOptions_countingTheCombinationsEachWouldMake() {
    // serving: 2 × c5.xlarge 40 ms, 1 × m5.xlarge 200 ms (exactly the target), 2 × m5.large 500 ms, 3 × m5.large
    // unknown; monitoring: none, m2; retraining: none, fast (30 min), slow (90 min: misses the 75-min deadline)
    SearchSpace space = space(endpoint("ml.c5.xlarge", 2).withLatencyP95(Duration.ofMillis(40)),
        endpoint("ml.m5.xlarge", 1).withLatencyP95(Duration.ofMillis(200)),
        endpoint("ml.m5.large", 2).withLatencyP95(Duration.ofMillis(500)), endpoint("ml.m5.large", 3))
        .addMonitoring(Option.none("none"), monitor("m2", 2)).addRetraining(Option.none("never"), FAST, SLOW).build();
    Constraints constraints = Constraints.builder().latencyP95AtMost(Duration.ofMillis(200))
        .retrainWithin(Duration.ofMinutes(75), 1).build();
    Advice advice = Advisor.of(space).constraints(constraints).strategy(Advisor.Strategy.BEST_FIRST).advise();
    // a serving option makes 2 monitoring × 3 retraining = 6 combinations; a retraining option 4 × 2 = 8
    assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count, Exclusion::reason)
        .containsExactly(tuple("retraining deadline", 8L, "option 'slow' (retraining deadline)"),
            tuple("latency", 6L, "option '2 × ml.m5.large' (latency)"),
            tuple("latency unknown", 6L, "option '3 × ml.m5.large' (latency unknown)"));
    assertThat(advice.exclusions()).allSatisfy(e -> assertThat(e.cheapest()).isEmpty());
    assertThat(advice.excludedOptions()).containsExactly(entry("serving: 2 × ml.m5.large", "latency (6)"),
        entry("serving: 3 × ml.m5.large", "latency unknown (6)"),
        entry("retraining: slow", "retraining deadline (8)"));
    // the 2 × 2 × 2 = 8 others are all feasible; the cheapest: 1 × m5.xlarge alone, 167.90
    assertThat(advice.ranked()).hasSize(8);
    assertThat(advice.evaluated()).isEqualTo(8);
    assertThat(advice.bestOrThrow().name()).isEqualTo("shared() / 1 × ml.m5.xlarge / none / never");

    // exhaustively: each candidate counted once, by the first constraint it misses
    Advice all = Advisor.of(space).constraints(constraints).strategy(Advisor.Strategy.EXHAUSTIVE).advise();
    assertThat(all.exclusions()).extracting(Exclusion::constraint, Exclusion::count)
        .containsExactly(tuple("latency", 6L), tuple("latency unknown", 6L), tuple("retraining deadline", 4L));
    assertThat(all.exclusions().get(2).reason()).isEqualTo("CompletionTime deadline must be at least one run of the"
        + " pipeline (PT1H30M), but was PT1H15M: no parallelism retrains a model faster than one run");
    // the cheapest removed by the deadline: 1 × m5.xlarge, no monitor, slow: 167.90 + 0.345 = 168.245
    assertThat(all.exclusions().get(2).cheapest().orElseThrow().total()).isEqualTo(Money.usd("168.245"));
    assertThat(totals(all.ranked())).containsExactlyElementsOf(totals(advice.ranked()));
  }

  @Test
  void bestFirst_stopsAtTheBudget_butVisitsACombinationThatMeetsItExactly() {
    // 1 × m5.large 83.95, 2 × m5.large 167.90, 3 × m5.large 251.85; the budget is the second's total
    SearchSpace space = space(endpoint("ml.m5.large", 3), endpoint("ml.m5.large", 2), endpoint("ml.m5.large", 1))
        .build();
    Advice advice = Advisor.of(space).constraints(Constraints.builder().budget(Money.usd("167.90")).build())
        .strategy(Advisor.Strategy.BEST_FIRST).paretoAgainst(Objective.REDUNDANCY).advise();
    assertThat(totals(advice.ranked())).containsExactly("83.95", "167.9");
    // the per-serving searches stop at the budget too: 3 × m5.large is never priced
    assertThat(advice.evaluated()).isEqualTo(2);
    assertThat(advice.excludedOptions()).containsExactly(
        entry("serving: 3 × ml.m5.large", "not reached: cheaper candidates filled the limit"));
  }

  @Test
  void aTotalThatIsNotTheSumOfItsOptions_sendsBestFirstBackToExhaustiveSearch() {
    // a fee of 1 h at ml.m5.large hosting (0.115) for each other component of the scenario: alone it costs 0
    CostComponent fee = new CostComponent() {
      @Override
      public String name() {
        return "Fee";
      }

      @Override
      public List<LineItem> lineItems(PricingContext context) {
        BigDecimal others = BigDecimal.valueOf(context.components().size() - 1);
        return List.of(context.lineItem(name(), CostCategory.OTHER, "fee", PriceKey.of("SageMaker",
            "RealTimeHosting", "ml.m5.large"), "instance type", others, List.of(PricingContext.term(others, "h"))));
      }
    };
    SearchSpace space = space(endpoint("ml.m5.large", 2), endpoint("ml.m5.large", 1)).addFixed(fee)
        .addMonitoring(Option.none("none"), monitor("m4", 4)).build();
    Advice advice = Advisor.of(space).strategy(Advisor.Strategy.BEST_FIRST).advise();
    assertThat(advice.strategy()).isEqualTo(Advisor.Strategy.EXHAUSTIVE);
    assertThat(advice.evaluated()).isEqualTo(4);
    // 83.95 + 1 × 0.115; 83.95 + 0.23 + 2 × 0.115; 167.90 + 0.115; 167.90 + 0.23 + 0.23
    assertThat(totals(advice.ranked())).containsExactly("84.065", "84.41", "168.015", "168.36");
  }

  @Test
  void aFixedComponentRefusedAlone_bestFirstGivesTheExhaustiveAnswer() {
    SearchSpace space = space(endpoint("ml.m5.large", 2), endpoint("ml.m5.large", 1))
        .addFixed(RealtimeInference.builder().instanceType("ml.nothing.xlarge").instanceCount(1).build()).build();
    Advice exhaustive = Advisor.of(space).strategy(Advisor.Strategy.EXHAUSTIVE).advise();
    Advice bestFirst = Advisor.of(space).strategy(Advisor.Strategy.BEST_FIRST).advise();
    for (Advice advice : List.of(exhaustive, bestFirst)) {
      assertThat(advice.best()).isEmpty();
      assertThat(advice.strategy()).isEqualTo(Advisor.Strategy.EXHAUSTIVE);
      assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count)
          .containsExactly(tuple("price not in the catalog", 2L));
      assertThat(advice.exclusions().get(0).reason()).contains("ml.nothing.xlarge");
      assertThat(advice.exclusions().get(0).cheapest()).isEmpty();
    }
  }

  @Test
  void anOptionRefusedAlone_bestFirstSaysWhy_asExhaustiveSearchDoes() {
    // a serving option whose instance type is not in the catalog (in 2 monitoring × 1 retraining = 2
    // combinations), and a monitor AWS refuses on a serverless endpoint (in 2 serving × 2 retraining = 4)
    Option modelMonitorOnServerless = Option.of("serverless + Model Monitor",
        dev.costmodel.core.SeedFixtures.SERVERLESS,
        dev.costmodel.core.SeedFixtures.monitor(DriftMonitor.Kind.MODEL_MONITOR));
    SearchSpace space = space(endpoint("ml.nothing.xlarge", 2), endpoint("ml.m5.large", 2))
        .addMonitoring(Option.none("none"), monitor("m2", 2)).build();
    for (Advisor.Strategy strategy : List.of(Advisor.Strategy.EXHAUSTIVE, Advisor.Strategy.BEST_FIRST)) {
      Advice advice = Advisor.of(space).strategy(strategy).advise();
      assertThat(advice.strategy()).isEqualTo(strategy);
      assertThat(advice.ranked()).extracting(c -> c.serving().label()).containsOnly("2 × ml.m5.large");
      assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count)
          .containsExactly(tuple("price not in the catalog", 2L));
      assertThat(advice.exclusions().get(0).reason()).contains("ml.nothing.xlarge");
      assertThat(advice.excludedOptions()).containsExactly(
          entry("serving: 2 × ml.nothing.xlarge", "price not in the catalog (2)"));
    }
    SearchSpace monitored = space(endpoint("ml.m5.large", 2), endpoint("ml.m5.large", 3))
        .addMonitoring(Option.none("none"), modelMonitorOnServerless).addRetraining(Option.none("never"), SLOW).build();
    for (Advisor.Strategy strategy : List.of(Advisor.Strategy.EXHAUSTIVE, Advisor.Strategy.BEST_FIRST)) {
      Advice advice = Advisor.of(monitored).strategy(strategy).advise();
      assertThat(advice.exclusions()).extracting(Exclusion::constraint, Exclusion::count).containsExactly(
          tuple("refused by AWS: SageMaker Serverless Inference feature exclusions", 4L));
      assertThat(advice.excludedOptions()).containsExactly(entry("monitoring: serverless + Model Monitor",
          "refused by AWS: SageMaker Serverless Inference feature exclusions (4)"));
    }
  }

  @Test
  void auto_searchesExhaustivelyUpTo20000Candidates() {
    // 20 × 20 × 50 = 20,000 candidates, each a single fixed endpoint: exhaustive
    SearchSpace.Builder at = space(noneOptions("s", 20)).addFixed(RealtimeInference.builder()
        .instanceType("ml.m5.large").instanceCount(2).build())
        .addMonitoring(noneOptions("m", 20)).addRetraining(noneOptions("r", 50));
    Advice exhaustive = Advisor.of(at.build()).advise();
    assertThat(exhaustive.spaceSize()).isEqualTo(Advisor.EXHAUSTIVE_LIMIT);
    assertThat(exhaustive.strategy()).isEqualTo(Advisor.Strategy.EXHAUSTIVE);
    assertThat(exhaustive.evaluated()).isEqualTo(20_000);
    // one more serving option: 21 × 20 × 50 = 21,000, best-first
    Advice bestFirst = Advisor.of(at.addServing(Option.none("s20")).build()).advise();
    assertThat(bestFirst.spaceSize()).isEqualTo(21_000);
    assertThat(bestFirst.strategy()).isEqualTo(Advisor.Strategy.BEST_FIRST);
    assertThat(bestFirst.bestOrThrow().total()).isEqualTo(Money.usd("167.90"));
  }

  static Option[] noneOptions(String prefix, int n) {
    Option[] options = new Option[n];
    for (int i = 0; i < n; i++) {
      options[i] = Option.none(prefix + i);
    }
    return options;
  }

  @Test
  void theSameLabelInTwoDimensions_isTwoOptions() {
    // monitoring 'x' (m2, 0.115) is used; retraining 'x' (the slow pipeline) misses the 75-minute deadline
    Option monitorX = monitor("x", 2);
    Option retrainX = Option.of("x", pipeline("ml.m5.xlarge", 90));
    SearchSpace space = space(endpoint("ml.m5.large", 2)).addMonitoring(Option.none("none"), monitorX)
        .addRetraining(retrainX, Option.none("never")).build();
    Advice advice = Advisor.of(space).constraints(Constraints.builder().retrainWithin(Duration.ofMinutes(75), 1)
        .build()).advise();
    assertThat(advice.ranked()).extracting(c -> c.monitoring().label()).containsExactly("none", "x");
    assertThat(advice.excludedOptions()).containsExactly(entry("retraining: x", "retraining deadline (2)"));
  }

  @Test
  void rejectedFindings_removeTheCandidatesThatHaveThem() {
    SearchSpace space = space(endpoint("ml.m5.large", 1), endpoint("ml.m5.large", 2)).build();
    Advice free = Advisor.advise(space, Constraints.none());
    assertThat(free.bestOrThrow().findings()).extracting(f -> f.code()).contains("single-instance-endpoint");
    Constraints constraints = Constraints.builder().rejectFindings(FindingCode.SINGLE_INSTANCE_ENDPOINT).build();
    assertThat(constraints.rejectedFindings()).containsExactly("single-instance-endpoint");
    Advice advice = Advisor.advise(space, constraints);
    assertThat(advice.bestOrThrow().serving().label()).isEqualTo("2 × ml.m5.large");
    assertThat(advice.exclusions()).singleElement().satisfies(e -> {
      assertThat(e.constraint()).isEqualTo("finding single-instance-endpoint");
      assertThat(e.count()).isEqualTo(1);
      assertThat(e.reason()).startsWith("a real-time endpoint on 1 instance has no redundancy");
      assertThat(e.cheapest().orElseThrow().total()).isEqualTo(Money.usd("83.95"));
    });
  }

  @Test
  void aPriceNotInTheCatalog_orAnInvalidDesign_isLeftOutWithWhy() {
    SearchSpace space = space(endpoint("ml.nothing.xlarge", 2), endpoint("ml.m5.large", 2), Option.none("nothing"))
        .build();
    Advice advice = Advisor.advise(space, Constraints.none());
    assertThat(advice.ranked()).extracting(c -> c.serving().label()).containsExactly("2 × ml.m5.large");
    assertThat(advice.exclusions()).extracting(Exclusion::constraint)
        .containsExactlyInAnyOrder("price not in the catalog", "refused: invalid design");
    assertThat(advice.exclusions()).allSatisfy(e -> {
      assertThat(e.count()).isEqualTo(1);
      assertThat(e.cheapest()).isEmpty();
    });
    assertThat(advice.excludedOptions()).containsOnlyKeys("serving: 2 × ml.nothing.xlarge", "serving: nothing");
    assertThat(advice.excludedOptions().get("serving: 2 × ml.nothing.xlarge"))
        .isEqualTo("price not in the catalog (1)");
    assertThat(advice.excludedOptions().get("serving: nothing")).isEqualTo("refused: invalid design (1)");
  }

  @Test
  void discounts_nameTheCandidate_unlessListPricesAreAlone() {
    SearchSpace plan = space(endpoint("ml.m5.large", 2)).addDiscount("plan", c -> c).build();
    Candidate best = Advisor.of(plan).advise().bestOrThrow();
    assertThat(best.discount()).isEqualTo("plan");
    assertThat(best.name()).isEqualTo("shared() / 2 × ml.m5.large / no drift monitor / no retraining / plan");
    assertThat(best.scenario().name()).isEqualTo(best.name());
    assertThat(best.scenario().prices()).isSameAs(PriceCatalogs.awsUsEast1());
    assertThat(best.topology()).isEqualTo(ModelTopology.shared());

    SearchSpace two = space(endpoint("ml.m5.large", 2)).addDiscount(SearchSpace.LIST_PRICES, c -> c)
        .addDiscount("plan", c -> c).build();
    Advice advice = Advisor.of(two).advise();
    // the same lines at the same prices: equal totals, ranked by name, and no line differs
    assertThat(advice.ranked()).extracting(Candidate::discount).containsExactly(SearchSpace.LIST_PRICES, "plan");
    assertThat(advice.runnerUpDifference()).isEmpty();
    assertThat(advice.explanation()).isEqualTo("the cheapest of 2 candidates that meets the constraints is"
        + " shared() / 2 × ml.m5.large / no drift monitor / no retraining / list prices: USD 167.90; the runner-up,"
        + " shared() / 2 × ml.m5.large / no drift monitor / no retraining / plan: USD 167.90, costs USD 0.00 more");
  }
}
