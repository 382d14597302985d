package dev.costmodel.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.aws.DataTransferOut;
import dev.costmodel.api.aws.JobStep;
import dev.costmodel.api.aws.LambdaInference;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.core.PriceCatalogs;
import dev.costmodel.core.SeedFixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled pricing of a scenario held to its exact estimates at the same inputs, on both sides of tier bounds
 * and free allowances and exactly at them; the fast polynomial only where no sample crosses one, and the reasons
 * given when a scenario does not compile or the fast path is refused.
 */
class CompiledScenarioTest {
  private static final ScenarioInput GIB = ScenarioInput.dataTransferOutGibibytes();

  /** Only data transfer out, a fixed GiB a month, AWS's 100 GB free subtracted or not. */
  private static CostScenario transfer(boolean free) {
    return CostScenario.builder().name("transfer").prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topology(ModelTopology.shared())
        .addComponent(DataTransferOut.builder().gibibytesPerMonth(500).freeAllowance(free).build()).build();
  }

  private static List<CostCategory> categories(CostScenario scenario) {
    return new ArrayList<>(scenario.estimate().subtotals().keySet());
  }

  private static CompiledScenario.Outcome compile(CostScenario scenario, List<ScenarioInput> inputs,
      List<TriangularRange> ranges) {
    return CompiledScenario.compile(scenario, inputs, ranges, categories(scenario));
  }

  private static CompiledScenario compiled(CostScenario scenario, ScenarioInput input, double min, double max) {
    CompiledScenario.Outcome outcome = compile(scenario, List.of(input), List.of(range(min, max)));
    assertThat(outcome.reason).isNull();
    return outcome.compiled;
  }

  private static TriangularRange range(double min, double max) {
    return TriangularRange.of(min, (min + max) / 2, max);
  }

  /** The compiled lines' total at one billed point. */
  private static double exact(CompiledScenario compiled, int categories, double... x) {
    double[] out = new double[categories];
    compiled.priceInto(x, out);
    double sum = 0;
    for (double value : out) {
      sum += value;
    }
    return sum;
  }

  /** The fast polynomial's total at one point (rows of two slots, so no row is taken for a constant one). */
  private static double fast(CompiledScenario compiled, int categories, double... x) {
    double[][] columns = new double[x.length][2];
    for (int i = 0; i < x.length; i++) {
      columns[i][0] = x[i];
    }
    double[][] values = new double[categories + 1][2];
    compiled.fast().block(2).evaluate(columns, 1, values, 0);
    return values[categories][0];
  }

  private static double estimated(CostScenario scenario, List<ScenarioInput> inputs, double... x) {
    MonthlyEstimate estimate = CompiledScenario.estimate(scenario, inputs, x);
    return estimate.total().amount().doubleValue();
  }

  // ---- data transfer out: tiers at 10,240 GiB (USD 0.09, then 0.085), the free 100 GiB ----

  @Test
  void allowance_insideTheFirstTier_isFastAndExact() {
    // 10,200 to 10,300 GiB, 100 free: 10,100 to 10,200 billed, all below the 10,240 bound at USD 0.09
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 10_200, 10_300);
    assertThat(compiled.fastObstacle()).isNull();
    assertThat(compiled.fast()).isNotNull();
    // 10,100 × 0.09 = 909; 10,150 × 0.09 = 913.5; 10,200 × 0.09 = 918
    double[][] expected = {{10_200, 909}, {10_250, 913.5}, {10_300, 918}};
    for (double[] point : expected) {
      assertThat(fast(compiled, 1, point[0])).as("fast at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(exact(compiled, 1, point[0])).as("exact at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(estimated(scenario, List.of(GIB), point[0])).isCloseTo(point[1], within(1e-9));
    }
  }

  @Test
  void allowance_inTheSecondTier_isFastWithTheSecondRate() {
    // 10,340 to 10,500 GiB, 100 free: 10,240 (the bound exactly) to 10,400 billed, all in the USD 0.085 tier
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 10_340, 10_500);
    assertThat(compiled.fastObstacle()).isNull();
    // 10,240 × 0.09 = 921.6; + 80 × 0.085 = 928.4; + 160 × 0.085 = 935.2
    double[][] expected = {{10_340, 921.6}, {10_420, 928.4}, {10_500, 935.2}};
    for (double[] point : expected) {
      assertThat(fast(compiled, 1, point[0])).as("fast at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(exact(compiled, 1, point[0])).as("exact at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(estimated(scenario, List.of(GIB), point[0])).isCloseTo(point[1], within(1e-9));
    }
  }

  @Test
  void upToTheTierBoundExactly_isFast() {
    // 10,000 to 10,340 GiB, 100 free: 9,900 to 10,240 billed, the top corner on the bound: one tier, USD 0.09
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 10_000, 10_340);
    assertThat(compiled.fastObstacle()).isNull();
    // 9,900 × 0.09 = 891; 10,240 × 0.09 = 921.6
    assertThat(fast(compiled, 1, 10_000)).isCloseTo(891, within(1e-9));
    assertThat(fast(compiled, 1, 10_340)).isCloseTo(921.6, within(1e-9));
  }

  @Test
  void acrossTheTierBound_fastIsRefusedNamingTheBound_andEachSideIsPricedExactly() {
    // 10,000 to 10,500 GiB, 100 free: 9,900 to 10,400 billed, across 10,240
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 10_000, 10_500);
    assertThat(compiled.fast()).isNull();
    assertThat(compiled.fastObstacle()).isEqualTo("line 'data transfer out to the internet (fixed)'"
        + " (DataTransfer/OutToInternet) crosses the tier bound at 10,240 (its quantity goes from 9,900 to 10,400)");
    // 10,200: 10,100 × 0.09 = 909; 10,340: 921.6; 10,341: 921.6 + 0.085 = 921.685; 10,500: 935.2
    double[][] expected = {{10_000, 891}, {10_200, 909}, {10_340, 921.6}, {10_341, 921.685}, {10_500, 935.2}};
    for (double[] point : expected) {
      assertThat(exact(compiled, 1, point[0])).as("exact at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(estimated(scenario, List.of(GIB), point[0])).isCloseTo(point[1], within(1e-9));
    }
  }

  @Test
  void fromTheAllowanceExactly_compilesAndIsFast() {
    // 100 to 300 GiB, 100 free: 0 to 200 billed; the lowest corner is zero at, not above, its allowance
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 100, 300);
    assertThat(compiled.fastObstacle()).isNull();
    // 0; 100 × 0.09 = 9; 200 × 0.09 = 18
    double[][] expected = {{100, 0}, {200, 9}, {300, 18}};
    for (double[] point : expected) {
      assertThat(fast(compiled, 1, point[0])).as("fast at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(exact(compiled, 1, point[0])).as("exact at %s", point[0]).isCloseTo(point[1], within(1e-9));
    }
  }

  @Test
  void acrossTheAllowance_fastIsRefusedNamingIt_andBothSidesArePricedExactly() {
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 50, 300);
    assertThat(compiled.fast()).isNull();
    assertThat(compiled.fastObstacle()).isEqualTo("line 'data transfer out to the internet (fixed)' crosses its"
        + " free allowance of 100 (from 50 to 300 before it)");
    // below 100 GiB nothing; 150: 50 × 0.09 = 4.5; 300: 200 × 0.09 = 18
    double[][] expected = {{50, 0}, {80, 0}, {100, 0}, {150, 4.5}, {300, 18}};
    for (double[] point : expected) {
      assertThat(exact(compiled, 1, point[0])).as("exact at %s", point[0]).isCloseTo(point[1], within(1e-9));
      assertThat(estimated(scenario, List.of(GIB), point[0])).isCloseTo(point[1], within(1e-9));
    }
  }

  // ---- billed inputs ----

  @Test
  void billed_roundsAWholeNumber_andALambdaDurationUpToTheMillisecond() {
    ScenarioInput millis = ScenarioInput.lambdaMeanDurationMillis();
    assertThat(CompiledScenario.billed(millis, 100.2)).isEqualTo(101);
    assertThat(CompiledScenario.billed(millis, 100.999)).isEqualTo(101);
    assertThat(CompiledScenario.billed(millis, 100.0)).isEqualTo(100);
    assertThat(CompiledScenario.billed(millis, 0.3)).isEqualTo(1);
    assertThat(CompiledScenario.billed(ScenarioInput.users(), 10.4)).isEqualTo(10);
    assertThat(CompiledScenario.billed(ScenarioInput.users(), 10.6)).isEqualTo(11);
    assertThat(CompiledScenario.billed(GIB, 10.6)).isEqualTo(10.6);
  }

  private static CostScenario lambda(LambdaInference function) {
    return CostScenario.builder().name("lambda").prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(function).build();
  }

  private static LambdaInference.Builder function() {
    return LambdaInference.builder().memory(dev.costmodel.api.DataSize.ofMebibytes(1024))
        .meanDuration(Duration.ofMillis(100));
  }

  @Test
  void lambdaDuration_isPricedAsTheEstimateBillsIt_roundedUpToTheMillisecond() {
    CostScenario scenario = lambda(function().build());
    ScenarioInput millis = ScenarioInput.lambdaMeanDurationMillis();
    CompiledScenario compiled = compiled(scenario, millis, 50, 150);
    // 100,000 users × 40 = 4,000,000 requests: USD 0.80 for the requests; 100.2 ms is billed as 101 ms:
    // 4,000,000 × 0.101 s × 1 GiB = 404,000 GB-s × USD 0.0000166667 = 6.73334680; 7.5333468 in all
    double billed = CompiledScenario.billed(millis, 100.2);
    assertThat(exact(compiled, categories(scenario).size(), billed)).isCloseTo(7.5333468, within(1e-9));
    assertThat(estimated(scenario, List.of(millis), 100.2)).isCloseTo(7.5333468, within(1e-9));
  }

  // ---- why a scenario does not compile ----

  /** A component of the user's own. */
  static final class Own implements CostComponent {
    @Override
    public String name() {
      return "mine";
    }

    @Override
    public List<LineItem> lineItems(PricingContext context) {
      return List.of();
    }
  }

  @Test
  void aComponentOfYourOwn_isNotCompiled_namingItAndItsClass() {
    CostScenario scenario = transfer(false);
    List<CostComponent> components = new ArrayList<>(scenario.components());
    components.add(new Own());
    CostScenario mine = scenario.withComponents(components);
    CompiledScenario.Outcome outcome = compile(mine, List.of(GIB), List.of(range(400, 1000)));
    assertThat(outcome.compiled).isNull();
    assertThat(outcome.reason).isEqualTo("component mine (Own) is not known to have multilinear quantities");
  }

  @Test
  void anInputOfYourOwn_isNotCompiled_namingIt() {
    ScenarioInput own = ScenarioInput.of("my input", "units", (s, v) -> s, s -> BigDecimal.ONE);
    CompiledScenario.Outcome outcome = compile(transfer(false), List.of(own), List.of(range(1, 2)));
    assertThat(outcome.compiled).isNull();
    assertThat(outcome.reason).isEqualTo("input my input is not known to enter the quantities multilinearly");
  }

  @Test
  void lambdaProvisionedConcurrency_isNotCompiled_onlyWhenItRunsSomeHours() {
    ScenarioInput millis = ScenarioInput.lambdaMeanDurationMillis();
    CompiledScenario.Outcome provisioned = compile(lambda(function().provisionedConcurrency(5)
        .provisionedHoursPerDay(8).build()), List.of(millis), List.of(range(50, 150)));
    assertThat(provisioned.compiled).isNull();
    assertThat(provisioned.reason).isEqualTo("Lambda provisioned concurrency serves min(requests, capacity)");
    // configured for no hours, or no instances: nothing is provisioned, the function is linear again
    CostScenario noHours = lambda(function().provisionedConcurrency(5).provisionedHoursPerDay(0).build());
    assertThat(compile(noHours, List.of(millis), List.of(range(50, 150))).reason).isNull();
    CostScenario noInstances = lambda(function().provisionedConcurrency(0).provisionedHoursPerDay(8).build());
    CompiledScenario compiled = compiled(noInstances, millis, 50, 150);
    // 4,000,000 requests × (USD 0.20/M + 0.1 s × 1 GiB × USD 0.0000166667) = 0.80 + 6.66668 = 7.46668
    assertThat(exact(compiled, categories(noInstances).size(), 100)).isCloseTo(7.46668, within(1e-9));
    assertThat(estimated(noInstances, List.of(millis), 100)).isCloseTo(7.46668, within(1e-9));
  }

  @Test
  void aLineInACategoryNotListed_isNotCompiled_namingTheLine() {
    CompiledScenario.Outcome outcome = CompiledScenario.compile(transfer(false), List.of(GIB),
        List.of(range(400, 1000)), List.of());
    assertThat(outcome.compiled).isNull();
    assertThat(outcome.reason).isEqualTo("line data transfer out to the internet (fixed) is in a category the"
        + " scenario's estimate does not have");
  }

  // ---- min(groups, users) ----

  @Test
  void perGroupTopology_compilesOnlyWhereOneSideOfMinGroupsUsersWinsInTheWholeBox() {
    // pattern B: 200 groups
    CostScenario grouped = SeedFixtures.serverless("B");
    ScenarioInput users = ScenarioInput.users();
    CompiledScenario.Outcome bends = compile(grouped, List.of(users), List.of(range(100, 300)));
    assertThat(bends.compiled).isNull();
    assertThat(bends.reason).isEqualTo("the model count min(groups, users) bends inside the ranges");
    // users 200 to 300: never fewer than the 200 groups, 200 models throughout (the bend at the lowest corner)
    // users 100 to 200: never more than the groups, one model a user (the bend at the highest corner)
    for (double[] box : new double[][] {{200, 300}, {100, 200}}) {
      CompiledScenario compiled = compiled(grouped, users, box[0], box[1]);
      int n = categories(grouped).size();
      for (double x : new double[] {box[0], (box[0] + box[1]) / 2, box[1]}) {
        assertThat(exact(compiled, n, x)).as("users %s", x)
            .isCloseTo(estimated(grouped, List.of(users), x), within(1e-9));
      }
    }
    // a shared model: no min, any users
    CostScenario shared = SeedFixtures.serverless("C");
    assertThat(compile(shared, List.of(users), List.of(range(1, 300))).reason).isNull();
  }

  @Test
  void modelGroupsVaried_makeTheTopologyPerGroup_evenFromAShareOne() {
    CostScenario shared = SeedFixtures.serverless("C");
    ScenarioInput groups = ScenarioInput.modelGroups();
    ScenarioInput users = ScenarioInput.users();
    // 50 to 150 groups against 100,000 users: always the groups
    CompiledScenario compiled = compiled(shared, groups, 50, 150);
    int n = categories(shared).size();
    assertThat(exact(compiled, n, 120)).isCloseTo(estimated(shared, List.of(groups), 120), within(1e-9));
    // 50 to 150 groups against 100 to 120 users: the min bends
    CompiledScenario.Outcome bends = compile(shared, List.of(groups, users),
        List.of(range(50, 150), range(100, 120)));
    assertThat(bends.reason).isEqualTo("the model count min(groups, users) bends inside the ranges");
    // users first, then groups: the same
    CompiledScenario.Outcome swapped = compile(shared, List.of(users, groups),
        List.of(range(100, 120), range(50, 150)));
    assertThat(swapped.reason).isEqualTo("the model count min(groups, users) bends inside the ranges");
    // 50 to 90 groups against 100 to 120 users: always the groups
    CompiledScenario.Outcome apart = compile(shared, List.of(groups, users),
        List.of(range(50, 90), range(100, 120)));
    assertThat(apart.reason).isNull();
    assertThat(exact(apart.compiled, n, 70, 110)).isCloseTo(estimated(shared, List.of(groups, users), 70, 110),
        within(1e-9));
  }

  // ---- a factor on the cost: managed spot training ----

  /** One model retrained {@code runs} times a month: a 30-minute ml.m5.xlarge training step on spot, plus storage. */
  private static CostScenario spot() {
    RetrainPipeline pipeline = RetrainPipeline.builder()
        .addStep(JobStep.training("train", "ml.m5.xlarge", Duration.ofMinutes(30)).withManagedSpot(0.7, 1.2))
        .runsPerMonth(1).build();
    return CostScenario.builder().name("spot").prices(PriceCatalogs.awsUsEast1()).workload(SeedFixtures.WORKLOAD)
        .topology(ModelTopology.shared()).addComponent(pipeline).addComponent(SeedFixtures.STORAGE).build();
  }

  @Test
  void spotFactor_isKnownFromTheCornersWhereTheCostIsNotZero() {
    // runs 0 to 2: at 0 runs the training costs nothing and its factor is unknown there; the 0.3 of the others
    // prices it. A run: 0.5 h × 1.2 × USD 0.23 × (1 − 0.7) = USD 0.0414
    CostScenario scenario = spot();
    ScenarioInput runs = ScenarioInput.retrainRunsPerMonth();
    CompiledScenario compiled = compiled(scenario, runs, 0, 2);
    List<CostCategory> categories = categories(scenario);
    int retrain = categories.indexOf(CostCategory.RETRAIN);
    double[] out = new double[categories.size()];
    double[][] expected = {{0, 0}, {1, 0.0414}, {1.5, 0.0621}, {2, 0.0828}};
    for (double[] point : expected) {
      compiled.priceInto(new double[] {point[0]}, out);
      assertThat(out[retrain]).as("runs %s", point[0]).isCloseTo(point[1], within(1e-12));
      MonthlyEstimate estimate = CompiledScenario.estimate(scenario, List.of(runs), new double[] {point[0]});
      assertThat(estimate.subtotal(CostCategory.RETRAIN).amount().doubleValue()).isCloseTo(point[1],
          within(1e-12));
      assertThat(fast(compiled, categories.size(), point[0])).isCloseTo(estimate.total().amount().doubleValue(),
          within(1e-12));
    }
  }

  @Test
  void spotFactor_unknownWhereTheCostIsZero_andVarying_isNotCompiled() {
    CostScenario scenario = spot();
    CompiledScenario.Outcome outcome = compile(scenario,
        List.of(ScenarioInput.retrainRunsPerMonth(), ScenarioInput.spotDiscount("train")),
        List.of(range(0, 2), range(0.5, 0.7)));
    assertThat(outcome.compiled).isNull();
    assertThat(outcome.reason).isEqualTo("line train (Training, ml.m5.xlarge, managed spot) has a cost factor that"
        + " varies and is unknown where the cost is zero");
  }

  @Test
  void constantCategories_areKnownAndPriced_andTheVaryingOnesAreNot() {
    // storage: 1 model × 6 versions × 20 MiB = 120 MiB = 0.1171875 GiB × USD 0.023 = 0.0026953125, whatever the
    // runs or the discount
    CostScenario scenario = spot();
    List<CostCategory> categories = categories(scenario);
    int storage = categories.indexOf(CostCategory.STORAGE);
    int retrain = categories.indexOf(CostCategory.RETRAIN);
    CompiledScenario byRuns = compiled(scenario, ScenarioInput.retrainRunsPerMonth(), 1, 2);
    assertThat(byRuns.isConstant(storage)).isTrue();
    assertThat(byRuns.constant(storage)).isCloseTo(0.0026953125, within(1e-15));
    assertThat(byRuns.isConstant(retrain)).isFalse();
    assertThat(byRuns.constant(retrain)).isNaN();
    // only the factor varies: 0.5 h × 1.2 × USD 0.23 = 0.138 × (1 − discount)
    CompiledScenario byDiscount = compiled(scenario, ScenarioInput.spotDiscount("train"), 0.5, 0.7);
    assertThat(byDiscount.isConstant(storage)).isTrue();
    assertThat(byDiscount.isConstant(retrain)).isFalse();
    assertThat(byDiscount.fast()).isNotNull();
    double[] out = new double[categories.size()];
    byDiscount.priceInto(new double[] {0.6}, out);
    assertThat(out[retrain]).isCloseTo(0.0552, within(1e-12));
    assertThat(fast(byDiscount, categories.size(), 0.6)).isCloseTo(0.0552 + 0.0026953125, within(1e-12));
  }

  // ---- the block evaluator ----

  @Test
  void block_writesEverySampleAndTheTotal_overWhateverWasThere() {
    // no allowance, 400 to 1,000 GiB: USD 0.09 a GiB; 500 → 45, 1,000 → 90
    CompiledScenario compiled = compiled(transfer(false), GIB, 400, 1000);
    double[][] x = {{500, 1000, 0}};
    double[][] values = {{99, 99, 99, 99}, {99, 99, 99, 99}};
    compiled.block(3).evaluate(x, 2, values, 1, false);
    assertThat(values[0]).containsExactly(new double[] {99, 45, 90, 99}, within(1e-9));
    assertThat(values[1]).containsExactly(new double[] {99, 45, 90, 99}, within(1e-9));
  }

  @Test
  void block_writesAConstantCategoryOnceAndAddsItToEveryTotal() {
    CostScenario scenario = spot();
    List<CostCategory> categories = categories(scenario);
    int storage = categories.indexOf(CostCategory.STORAGE);
    int retrain = categories.indexOf(CostCategory.RETRAIN);
    CompiledScenario compiled = compiled(scenario, ScenarioInput.retrainRunsPerMonth(), 1, 2);
    double[][] values = new double[categories.size() + 1][];
    for (int c = 0; c <= categories.size(); c++) {
      values[c] = c == storage ? new double[] {99} : new double[] {99, 99};
    }
    compiled.block(2).evaluate(new double[][] {{1, 2}}, 2, values, 0, true);
    // runs 1 and 2: 0.0414 and 0.0828 for retraining, 0.0026953125 of storage each
    assertThat(values[storage]).containsExactly(new double[] {0.0026953125}, within(1e-15));
    assertThat(values[retrain]).containsExactly(new double[] {0.0414, 0.0828}, within(1e-12));
    assertThat(values[categories.size()]).containsExactly(
        new double[] {0.0414 + 0.0026953125, 0.0828 + 0.0026953125}, within(1e-12));
  }

  // ---- the Möbius transform ----

  @Test
  void mobius_turnsCornerValuesIntoMonomialCoefficients() {
    // f(t0, t1) = 2 + 3 t0 + 5 t1 + 3 t0 t1: corners (0,0) 2, (1,0) 5, (0,1) 7, (1,1) 13
    assertThat(CompiledScenario.mobius(new double[] {2, 5, 7, 13}, 2)).containsExactly(2, 3, 5, 3);
    // three inputs: f = 1 + t0 t1 t2, only the top corner differs
    assertThat(CompiledScenario.mobius(new double[] {1, 1, 1, 1, 1, 1, 1, 2}, 3))
        .containsExactly(1, 0, 0, 0, 0, 0, 0, 1);
  }

  @Test
  void mobius_dropsCoefficientsAtMostATenTrillionthOfTheLargest() {
    // 1e13 and 1e13 + 1: the slope 1 is 1e-13 of the largest coefficient, rounding noise, dropped
    assertThat(CompiledScenario.mobius(new double[] {1e13, 1e13 + 1}, 1)).containsExactly(1e13, 0);
    // 1e13 + 2: twice that, kept
    assertThat(CompiledScenario.mobius(new double[] {1e13, 1e13 + 2}, 1)).containsExactly(1e13, 2);
    // all zero stays zero
    assertThat(CompiledScenario.mobius(new double[] {0, 0}, 1)).containsExactly(0, 0);
  }

  // ---- properties: the compiled lines are the estimate, anywhere in the box ----

  @Test
  void dataTransfer_acrossTheAllowanceAndTwoTierBounds_isPricedAsTheEstimateEverywhere() {
    // 0 to 60,000 GiB with 100 free: below the allowance, in the USD 0.09, 0.085 and 0.07 tiers
    CostScenario scenario = transfer(true);
    CompiledScenario compiled = compiled(scenario, GIB, 0, 60_000);
    assertThat(compiled.fast()).isNull();
    qt().withExamples(300).forAll(integers().between(0, 60_000)).checkAssert(gib -> {
      double expected = estimated(scenario, List.of(GIB), gib);
      assertThat(exact(compiled, 1, gib)).as("%s GiB", gib).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
      assertThat(expected).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void lambdaFreeTier_inRequestsAndDuration_isPricedAsTheEstimateEverywhere() {
    // the free 1,000,000 requests and 400,000 GB-s: 100,000 to 3,000,000 requests of 1 to 300 ms (1 GiB) cross both
    CostScenario scenario = lambda(function().freeTier(true).build());
    List<ScenarioInput> inputs = List.of(ScenarioInput.requestsPerMonth(), ScenarioInput.lambdaMeanDurationMillis());
    CompiledScenario.Outcome outcome = compile(scenario, inputs, List.of(range(100_000, 3_000_000), range(1, 300)));
    assertThat(outcome.reason).isNull();
    CompiledScenario compiled = outcome.compiled;
    assertThat(compiled.fast()).isNull();
    int n = categories(scenario).size();
    qt().withExamples(200).forAll(integers().between(1_000, 30_000), integers().between(1_000, 300_000))
        .checkAssert((hundreds, micros) -> {
          double requests = hundreds * 100.0;
          double millis = micros / 1000.0;
          double expected = estimated(scenario, inputs, requests, millis);
          double billed = CompiledScenario.billed(inputs.get(1), millis);
          assertThat(exact(compiled, n, requests, billed)).as("%s requests of %s ms", requests, millis)
              .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        });
  }
}
