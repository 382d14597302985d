package dev.costmodel.core.advisor;

import static dev.costmodel.core.advisor.AdvisorSearchTest.endpoint;
import static dev.costmodel.core.advisor.AdvisorSearchTest.space;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costmodel.api.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The advice in words and as Markdown: the explanation, the runner-up's differing lines, the ranked table, the
 * Pareto front and what was left out. Prices as in {@link AdvisorSearchTest}: an ml.m5.large instance costs
 * 730 h × 0.115 = 83.95 a month, and the idle workload adds no data charge.
 */
class AdviceTest {
  static final String ONE = "shared() / 1 × ml.m5.large / no drift monitor / no retraining";
  static final String TWO = "shared() / 2 × ml.m5.large / no drift monitor / no retraining";
  static final String THREE = "shared() / 3 × ml.m5.large / no drift monitor / no retraining";

  /** 1, 2 and 3 × ml.m5.large: 83.95, 167.90, 251.85; a budget of 200 leaves out the third. */
  static Advice underBudget() {
    SearchSpace space = space(endpoint("ml.m5.large", 1), endpoint("ml.m5.large", 2), endpoint("ml.m5.large", 3))
        .build();
    return Advisor.of(space).constraints(Constraints.builder().budget(Money.usd(200)).build())
        .paretoAgainst(Objective.REDUNDANCY).advise();
  }

  @Test
  void runnerUpDifference_linesThatDiffer_largestFirst_withTwoCandidates() {
    Advice advice = underBudget();
    assertThat(advice.ranked()).hasSize(2);
    List<Advice.Difference> differences = advice.runnerUpDifference();
    // the endpoints' lines are named by their instance counts, so each is in one candidate only; the data lines
    // (zero in both) are left out
    assertThat(differences).extracting(Advice.Difference::line).containsExactly(
        "RealtimeInference: real-time endpoint (2 × ml.m5.large)",
        "RealtimeInference: real-time endpoint (1 × ml.m5.large)");
    Advice.Difference more = differences.get(0);
    assertThat(more.best()).isEqualTo(Money.usd(0));
    assertThat(more.runnerUp()).isEqualTo(Money.usd("167.90"));   // 2 × 83.95
    assertThat(more.delta()).isEqualTo(Money.usd("167.90"));
    assertThat(more).hasToString("RealtimeInference: real-time endpoint (2 × ml.m5.large): USD 0.00 vs USD 167.90"
        + " (+USD 167.90)");
    Advice.Difference less = differences.get(1);
    assertThat(less.best()).isEqualTo(Money.usd("83.95"));
    assertThat(less.runnerUp()).isEqualTo(Money.usd(0));
    assertThat(less.delta()).isEqualTo(Money.usd("-83.95"));
    assertThat(less).hasToString("RealtimeInference: real-time endpoint (1 × ml.m5.large): USD 83.95 vs USD 0.00"
        + " (USD -83.95)");
  }

  @Test
  void toString_isTheExplanation_theRankedTable_theParetoFront_andWhatWasLeftOut() {
    Advice advice = underBudget();
    assertThat(advice.spaceSize()).isEqualTo(3);
    assertThat(advice.evaluated()).isEqualTo(3);
    assertThat(advice.explanation()).isEqualTo("the cheapest of 3 candidates that meets the constraints is " + ONE
        + ": USD 83.95; the runner-up, " + TWO + ": USD 167.90, costs USD 83.95 more, mostly RealtimeInference:"
        + " real-time endpoint (2 × ml.m5.large): USD 0.00 vs USD 167.90 (+USD 167.90)");
    assertThat(advice).hasToString(advice.explanation() + "\n\n"
        + "| rank | candidate | USD/month | findings |\n"
        + "|---:|---|---:|---|\n"
        + "| 1 | " + ONE + " | 83.95 | single-instance-endpoint |\n"
        + "| 2 | " + TWO + " | 167.90 |  |\n"
        + "\nPareto front, cost against redundancy:\n\n"
        + "- " + ONE + ": USD 83.95 (1 instances)\n"
        + "- " + TWO + ": USD 167.90 (2 instances)\n"
        + "\nLeft out:\n\n"
        + "- budget: 1 candidate, the cheapest " + THREE + ": USD 251.85 ('" + THREE + "' costs USD 251.85, above"
        + " the budget of USD 200.00)\n");
  }

  @Test
  void toString_paretoAgainstTime_inSeconds_andNothingLeftOut() {
    SearchSpace space = space(endpoint("ml.m5.large", 2).withLatencyP95(Duration.ofMillis(45))).build();
    Advice advice = Advisor.of(space).advise();
    assertThat(advice.explanation()).isEqualTo("the only candidate meets the constraints: " + TWO
        + ": USD 167.90");
    assertThat(advice.runnerUpDifference()).isEmpty();
    assertThat(advice).hasToString(advice.explanation() + "\n\n"
        + "| rank | candidate | USD/month | findings |\n"
        + "|---:|---|---:|---|\n"
        + "| 1 | " + TWO + " | 167.90 |  |\n"
        + "\nPareto front, cost against latency:\n\n"
        + "- " + TWO + ": USD 167.90 (0.045 s)\n");
  }

  @Test
  void toString_noCandidate_noFront() {
    SearchSpace space = space(endpoint("ml.m5.large", 1), endpoint("ml.m5.large", 2)).build();
    Advice advice = Advisor.of(space).constraints(Constraints.builder().budget(Money.usd(80)).build()).advise();
    assertThat(advice.best()).isEmpty();
    assertThat(advice.paretoFront()).isEmpty();
    String explanation = "no candidate of 2 meets the constraints; budget removed the most (2); budget: the cheapest"
        + " it removed is " + ONE + ": USD 83.95";
    assertThat(advice.explanation()).isEqualTo(explanation);
    assertThat(advice).hasToString(explanation + "\n\n"
        + "| rank | candidate | USD/month | findings |\n"
        + "|---:|---|---:|---|\n"
        + "\nLeft out:\n\n"
        + "- budget: 2 candidates, the cheapest " + ONE + ": USD 83.95 ('" + ONE + "' costs USD 83.95, above the"
        + " budget of USD 80.00)\n");
  }

  @Test
  void exclusion_withoutAPricedCandidate_saysItsReasonAlone() {
    SearchSpace space = space(endpoint("ml.nothing.xlarge", 2)).build();
    Advice advice = Advisor.of(space).advise();
    Exclusion exclusion = advice.exclusions().get(0);
    assertThat(exclusion.cheapest()).isEmpty();
    assertThat(exclusion).hasToString("price not in the catalog: 1 candidate (" + exclusion.reason() + ")");
    assertThat(exclusion.reason()).contains("ml.nothing.xlarge");
    // with no candidate priced, the explanation gives the reason itself
    assertThat(advice.explanation()).isEqualTo("no candidate of 1 meets the constraints; price not in the catalog"
        + " removed the most (1); price not in the catalog: " + exclusion.reason());
  }
}
