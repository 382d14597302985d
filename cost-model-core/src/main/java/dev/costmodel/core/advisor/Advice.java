package dev.costmodel.core.advisor;

import dev.costmodel.api.LineItem;
import dev.costmodel.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The advisor's answer: the cheapest feasible candidates, ranked; the Pareto front of cost against the
 * objective asked for; for the runner-up, the lines that make the difference; and why the rest was left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class Advice {
  /** One line's cost in the best candidate and the runner-up. */
  public static final class Difference {
    private final String line;
    private final Money best;
    private final Money runnerUp;

    Difference(String line, Money best, Money runnerUp) {
      this.line = line;
      this.best = best;
      this.runnerUp = runnerUp;
    }

    /** The line's description (with its component). */
    public String line() {
      return line;
    }

    /** Its cost in the best candidate (zero if it has no such line). */
    public Money best() {
      return best;
    }

    /** Its cost in the runner-up (zero if it has no such line). */
    public Money runnerUp() {
      return runnerUp;
    }

    /** How much more the runner-up pays for it. */
    public Money delta() {
      return runnerUp.minus(best);
    }

    @Override
    public String toString() {
      return line + ": " + best.rounded() + " vs " + runnerUp.rounded() + " (" + (delta().amount().signum() >= 0
          ? "+" : "") + delta().rounded() + ")";
    }
  }

  private final List<Candidate> ranked;
  private final Objective objective;
  private final List<Candidate> pareto;
  private final List<Exclusion> exclusions;
  private final Map<String, String> excludedOptions;
  private final Advisor.Strategy strategy;
  private final long evaluated;
  private final long size;

  Advice(List<Candidate> ranked, Objective objective, List<Candidate> pareto, List<Exclusion> exclusions,
      Map<String, String> excludedOptions, Advisor.Strategy strategy, long evaluated, long size) {
    this.ranked = List.copyOf(ranked);
    this.objective = objective;
    this.pareto = List.copyOf(pareto);
    this.exclusions = List.copyOf(exclusions);
    this.excludedOptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(excludedOptions));
    this.strategy = strategy;
    this.evaluated = evaluated;
    this.size = size;
  }

  /** The feasible candidates, cheapest first (at most the advisor's limit). */
  public List<Candidate> ranked() {
    return ranked;
  }

  /** The cheapest feasible candidate, if any. */
  public Optional<Candidate> best() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  /**
   * The cheapest feasible candidate.
   *
   * @throws IllegalStateException when no candidate meets the constraints, saying which constraint removed
   *     the most candidates and the cheapest candidate each constraint removed
   */
  public Candidate bestOrThrow() {
    return best().orElseThrow(() -> new IllegalStateException(explanation()));
  }

  /** The objective the Pareto front weighs against cost. */
  public Objective objective() {
    return objective;
  }

  /**
   * The feasible candidates no other beats on both cost and {@link #objective()}, cheapest first (each is the
   * cheapest for its value of the objective; candidates whose value is unknown are left out).
   */
  public List<Candidate> paretoFront() {
    return pareto;
  }

  /** The runner-up's lines against the best's, largest difference first (lines that cost the same are left out). */
  public List<Difference> runnerUpDifference() {
    if (ranked.size() < 2) {
      return List.of();
    }
    Map<String, Money[]> lines = new LinkedHashMap<>();
    Money zero = Money.zero(ranked.get(0).total().currency());
    for (int side = 0; side < 2; side++) {
      for (LineItem item : ranked.get(side).estimate().lineItems()) {
        Money[] pair = lines.computeIfAbsent(item.component() + ": " + item.description(),
            k -> new Money[] {zero, zero});
        pair[side] = pair[side].plus(item.cost());
      }
    }
    List<Difference> differences = new ArrayList<>();
    lines.forEach((line, pair) -> {
      if (pair[0].compareTo(pair[1]) != 0) {
        differences.add(new Difference(line, pair[0], pair[1]));
      }
    });
    differences.sort(Comparator.comparing((Difference d) -> d.delta().amount().abs()).reversed());
    return differences;
  }

  /** Why candidates were left out, the constraint that removed the most first. */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /** Options that are in no feasible candidate, with why (e.g. {@code serving: serverless 2 GiB}). */
  public Map<String, String> excludedOptions() {
    return excludedOptions;
  }

  /** How the space was searched. */
  public Advisor.Strategy strategy() {
    return strategy;
  }

  /** How many candidates were priced. */
  public long evaluated() {
    return evaluated;
  }

  /** How many candidates the space holds. */
  public long spaceSize() {
    return size;
  }

  /** The answer in words: the best and why, or why there is none. */
  public String explanation() {
    StringBuilder text = new StringBuilder();
    if (ranked.isEmpty()) {
      text.append("no candidate of ").append(size).append(" meets the constraints");
      if (!exclusions.isEmpty()) {
        Exclusion most = exclusions.get(0);
        text.append("; ").append(most.constraint()).append(" removed the most (").append(most.count()).append(')');
      }
      for (Exclusion exclusion : exclusions) {
        text.append("; ").append(exclusion.constraint()).append(": ").append(exclusion.cheapest()
            .map(c -> "the cheapest it removed is " + c).orElse(exclusion.reason()));
      }
      return text.toString();
    }
    Candidate best = ranked.get(0);
    if (size == 1) {
      text.append("the only candidate meets the constraints: ").append(best);
    } else {
      text.append("the cheapest of ").append(size).append(" candidates that meets the constraints is ").append(best);
    }
    if (ranked.size() > 1) {
      Candidate second = ranked.get(1);
      text.append("; the runner-up, ").append(second).append(", costs ")
          .append(second.total().minus(best.total()).rounded()).append(" more");
      List<Difference> differences = runnerUpDifference();
      if (!differences.isEmpty()) {
        text.append(", mostly ").append(differences.get(0));
      }
    }
    return text.toString();
  }

  /** The ranked candidates, the Pareto front and the exclusions, as Markdown. */
  @Override
  public String toString() {
    StringBuilder md = new StringBuilder(explanation()).append("\n\n| rank | candidate | USD/month | findings |\n")
        .append("|---:|---|---:|---|\n");
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      md.append("| ").append(i + 1).append(" | ").append(c.name()).append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%,.2f", c.total().rounded().amount())).append(" | ")
          .append(String.join(", ", c.findings().stream().map(f -> f.code()).toList())).append(" |\n");
    }
    if (!pareto.isEmpty()) {
      md.append("\nPareto front, cost against ").append(objective.name().toLowerCase().replace('_', ' '))
          .append(":\n\n");
      for (Candidate c : pareto) {
        BigDecimal value = c.value(objective).orElseThrow();
        md.append("- ").append(c).append(" (").append(value.stripTrailingZeros().toPlainString())
            .append(objective == Objective.REDUNDANCY ? " instances" : " s").append(")\n");
      }
    }
    if (!exclusions.isEmpty()) {
      md.append("\nLeft out:\n\n");
      exclusions.forEach(e -> md.append("- ").append(e).append('\n'));
    }
    return md.toString();
  }
}
