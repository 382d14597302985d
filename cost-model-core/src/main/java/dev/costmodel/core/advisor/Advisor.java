package dev.costmodel.core.advisor;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.CostScenario;
import dev.costmodel.api.Finding;
import dev.costmodel.api.LimitExceededException;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Money;
import dev.costmodel.api.aws.RetrainPipeline;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.UnknownPriceException;
import dev.costmodel.core.analysis.CompletionTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds the cheapest architecture of a {@link SearchSpace} that meets {@link Constraints}, and says why.
 *
 * <p>Every candidate is priced exactly, as a {@link CostScenario}. Designs AWS refuses (a
 * {@link LimitExceededException} when the scenario is built) are left out with the limit named. Two ways to
 * search, with the same answer:
 * <ul>
 *   <li>{@link Strategy#EXHAUSTIVE}: price every candidate. Exclusion counts are exact.
 *   <li>{@link Strategy#BEST_FIRST}: a scenario's total is the sum of its lines, and each option's lines
 *       depend only on the topology, the catalog and the option itself, so for each topology and discount
 *       the advisor prices each option once and visits combinations in increasing order of their summed cost
 *       (a k-smallest-sums search), building only the combinations it needs: it stops at the limit, or at the
 *       budget, since every later one costs more. Each visited combination is priced whole and checked
 *       against the sum; a component whose cost depends on another option (a total that is not the sum)
 *       makes the advisor start again exhaustively, so the answer never depends on the assumption.
 *       Exclusion counts are then those of the combinations visited, plus whole options left out.
 * </ul>
 * {@link Strategy#AUTO} (the default) searches exhaustively up to {@link #EXHAUSTIVE_LIMIT} candidates.
 *
 * <pre>{@code
 * Advice advice = Advisor.of(space).constraints(Constraints.builder().budget(Money.usd(500)).build())
 *     .paretoAgainst(Objective.LATENCY).advise();
 * advice.best();                  // the cheapest candidate that meets the constraints
 * advice.runnerUpDifference();    // what makes the runner-up dearer
 * advice.exclusions();            // why the rest was left out
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #advise()} may be called from any thread.
 */
public final class Advisor {
  /** Spaces up to this many candidates are searched exhaustively by {@link Strategy#AUTO}. */
  public static final long EXHAUSTIVE_LIMIT = 20_000;

  /** How to search. */
  public enum Strategy {
    /** Exhaustive up to {@link #EXHAUSTIVE_LIMIT} candidates, best-first above. */
    AUTO,
    /** Price every candidate. */
    EXHAUSTIVE,
    /** Visit combinations in increasing order of their summed cost; see the class documentation. */
    BEST_FIRST
  }

  /** Told how far a search that takes more than a second has come. */
  @FunctionalInterface
  public interface Progress {
    /** {@code evaluated} of at most {@code total} candidates have been priced. */
    void report(long evaluated, long total);
  }

  private final SearchSpace space;
  private final Constraints constraints;
  private final int limit;
  private final Strategy strategy;
  private final Objective objective;
  private final Progress progress;
  private final long progressAfterNanos;

  private Advisor(SearchSpace space, Constraints constraints, int limit, Strategy strategy, Objective objective,
      Progress progress) {
    this(space, constraints, limit, strategy, objective, progress, 1_000_000_000L);
  }

  private Advisor(SearchSpace space, Constraints constraints, int limit, Strategy strategy, Objective objective,
      Progress progress, long progressAfterNanos) {
    this.progressAfterNanos = progressAfterNanos;
    this.space = Objects.requireNonNull(space, "space");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.limit = limit;
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.objective = Objects.requireNonNull(objective, "objective");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** An advisor over {@code space}, with no constraints, 10 candidates, {@link Strategy#AUTO}, latency. */
  public static Advisor of(SearchSpace space) {
    return new Advisor(space, Constraints.none(), 10, Strategy.AUTO, Objective.LATENCY, (done, total) -> { });
  }

  /** The advice for {@code space} under {@code constraints}, with the defaults of {@link #of}. */
  public static Advice advise(SearchSpace space, Constraints constraints) {
    return of(space).constraints(constraints).advise();
  }

  /** Returns a copy with these constraints. */
  public Advisor constraints(Constraints value) {
    return new Advisor(space, value, limit, strategy, objective, progress);
  }

  /** Returns a copy that ranks at most {@code candidates} feasible candidates. */
  public Advisor limit(int candidates) {
    if (candidates < 1) {
      throw new IllegalArgumentException("Advisor.limit must be >= 1, but was " + candidates);
    }
    return new Advisor(space, constraints, candidates, strategy, objective, progress);
  }

  /** Returns a copy that searches with {@code value}. */
  public Advisor strategy(Strategy value) {
    return new Advisor(space, constraints, limit, value, objective, progress);
  }

  /** Returns a copy whose Pareto front weighs cost against {@code value}. */
  public Advisor paretoAgainst(Objective value) {
    return new Advisor(space, constraints, limit, strategy, value, progress);
  }

  /** Returns a copy that reports its progress to {@code listener} once a search has taken a second. */
  public Advisor progress(Progress listener) {
    return new Advisor(space, constraints, limit, strategy, objective, listener);
  }

  /** Returns a copy that reports progress from the start, every candidate (for tests). */
  Advisor reportingAtOnce() {
    return new Advisor(space, constraints, limit, strategy, objective, progress, -1);
  }

  /**
   * Searches the space.
   *
   * @throws IllegalArgumentException if the budget is in another currency than the catalog, or the
   *     constraints require a feature no option of the space offers
   */
  public Advice advise() {
    constraints.budget().ifPresent(budget -> {
      if (!budget.currency().equals(space.prices().currency())) {
        throw new IllegalArgumentException("Constraints.budget is in " + budget.currency() + ", but catalog "
            + space.prices().name() + " prices in " + space.prices().currency() + ": give the budget in "
            + space.prices().currency() + ", or convert the catalog");
      }
    });
    for (Feature feature : constraints.required()) {
      boolean offered = List.of(space.serving(), space.monitoring(), space.retraining()).stream()
          .flatMap(List::stream).anyMatch(option -> option.features().contains(feature));
      if (!offered) {
        throw new IllegalArgumentException("Constraints.require(" + feature + ") contradicts the search space: no"
            + " option offers " + feature + "; add one that does, or drop the requirement");
      }
    }
    Search search = new Search();
    Strategy used = strategy == Strategy.AUTO
        ? (space.size() <= EXHAUSTIVE_LIMIT ? Strategy.EXHAUSTIVE : Strategy.BEST_FIRST) : strategy;
    if (used == Strategy.BEST_FIRST) {
      try {
        search.bestFirst();
      } catch (NotSeparable e) {
        search = new Search();
        used = Strategy.EXHAUSTIVE;
        search.exhaustive();
      }
    } else {
      search.exhaustive();
    }
    return search.advice(used);
  }

  /** A total that is not the sum of its options' totals: best-first cannot rank by sums. */
  private static final class NotSeparable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSeparable() {
      super(null, null, false, false);
    }
  }

  /** One search: what it priced, kept, and left out. */
  private final class Search {
    private final List<Candidate> feasible = new ArrayList<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final Map<String, Candidate> cheapest = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> optionReasons = new LinkedHashMap<>();
    private final Set<String> optionsUsed = new HashSet<>();
    private final Map<String, Optional<Candidate>> outcomes = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private long evaluated;
    private long lastReport;

    void exhaustive() {
      for (ModelTopology topology : space.topologies()) {
        for (String discount : space.discounts()) {
          PriceCatalog catalog = space.prices(discount);
          for (Option serving : space.serving()) {
            for (Option monitoring : space.monitoring()) {
              for (Option retraining : space.retraining()) {
                evaluate(topology, discount, catalog, serving, monitoring, retraining);
              }
            }
          }
        }
      }
    }

    void bestFirst() {
      for (ModelTopology topology : space.topologies()) {
        for (String discount : space.discounts()) {
          Group group = new Group(topology, discount);
          group.search(limit, -1, -1);
          // the Pareto front needs the cheapest candidate for each value of the objective, which depends on
          // the serving option (latency, redundancy) or the retraining option (completion time) alone
          if (objective == Objective.COMPLETION_TIME) {
            for (int k = 0; k < group.retraining.size(); k++) {
              group.search(1, -1, k);
            }
          } else {
            for (int i = 0; i < group.serving.size(); i++) {
              group.search(1, i, -1);
            }
          }
        }
      }
    }

    /** Prices one combination and records where it lands. */
    Optional<Candidate> evaluate(ModelTopology topology, String discount, PriceCatalog catalog, Option serving,
        Option monitoring, Option retraining) {
      String name = name(topology, discount, serving, monitoring, retraining);
      Optional<Candidate> known = outcomes.get(name);
      if (known == null) {
        tick();
        known = price(name, topology, discount, catalog, serving, monitoring, retraining);
        outcomes.put(name, known);
      }
      return known;
    }

    private Optional<Candidate> price(String name, ModelTopology topology, String discount, PriceCatalog catalog,
        Option serving, Option monitoring, Option retraining) {
      List<CostComponent> components = new ArrayList<>(retraining.components());
      components.addAll(space.fixed());
      components.addAll(serving.components());
      components.addAll(monitoring.components());
      List<Option> options = List.of(serving, monitoring, retraining);
      CostScenario scenario;
      try {
        scenario = CostScenario.builder().name(name).prices(catalog).workload(space.workload()).topology(topology)
            .addAllComponents(components).build();
      } catch (IllegalArgumentException e) {
        return reject(refusal(e), e.getMessage(), null, options, 1);
      }
      OptionalInt parallelism = retraining.parallelism();
      String deadlineMiss = null;
      Optional<RetrainPipeline> pipeline = retraining.pipeline();
      if (pipeline.isPresent()) {
        if (constraints.retrainDeadline().isPresent()) {
          try {
            parallelism = OptionalInt.of(CompletionTime.leastParallelism(pipeline.get(),
                topology.modelCount(space.workload()), constraints.retrainDeadline().get(),
                constraints.retrainQuota().getAsInt()));
          } catch (IllegalArgumentException e) {
            deadlineMiss = e.getMessage();
          }
        } else if (parallelism.isEmpty()) {
          parallelism = OptionalInt.of(1);
        }
      }
      Candidate candidate = new Candidate(topology, discount, serving, monitoring, retraining, scenario,
          parallelism);
      Set<Feature> offered = EnumSet.noneOf(Feature.class);
      options.forEach(o -> offered.addAll(o.features()));
      for (Feature feature : constraints.required()) {
        if (!offered.contains(feature)) {
          return reject("feature " + feature, "'" + name + "' offers no " + feature, candidate, options, 1);
        }
      }
      Optional<Duration> target = constraints.latencyP95AtMost();
      if (target.isPresent()) {
        if (serving.latencyP95().isEmpty()) {
          return reject("latency unknown", "serving option '" + serving.label() + "' has no p95 latency; give one"
              + " with Option.withLatencyP95(...)", candidate, options, 1);
        }
        if (serving.latencyP95().get().compareTo(target.get()) > 0) {
          return reject("latency", "'" + serving.label() + "' answers in " + serving.latencyP95().get()
              + " at p95, above the target of " + target.get(), candidate, options, 1);
        }
      }
      if (deadlineMiss != null) {
        return reject("retraining deadline", deadlineMiss, candidate, options, 1);
      }
      for (Finding finding : candidate.findings()) {
        if (constraints.rejectedFindings().contains(finding.code())) {
          return reject("finding " + finding.code(), finding.message(), candidate, options, 1);
        }
      }
      Optional<Money> budget = constraints.budget();
      if (budget.isPresent() && candidate.total().compareTo(budget.get()) > 0) {
        return reject("budget", "'" + name + "' costs " + candidate.total().rounded() + ", above the budget of "
            + budget.get().rounded(), candidate, options, 1);
      }
      feasible.add(candidate);
      options.forEach(o -> optionsUsed.add(key(o)));
      return Optional.of(candidate);
    }

    /** The exclusion a scenario that could not be built falls under. */
    private String refusal(IllegalArgumentException e) {
      if (e instanceof LimitExceededException) {
        return "refused by AWS: " + ((LimitExceededException) e).limit().name();
      }
      return e instanceof UnknownPriceException ? "price not in the catalog" : "refused: invalid design";
    }

    Optional<Candidate> reject(String constraint, String reason, Candidate candidate, List<Option> options,
        long times) {
      counts.computeIfAbsent(constraint, k -> new long[1])[0] += times;
      reasons.putIfAbsent(constraint, reason);
      if (candidate != null) {
        cheapest.merge(constraint, candidate, (a, b) -> b.total().compareTo(a.total()) < 0 ? b : a);
      }
      for (Option option : options) {
        optionReasons.computeIfAbsent(key(option), k -> new LinkedHashMap<>()).merge(constraint, times, Long::sum);
      }
      return Optional.empty();
    }

    private void tick() {
      evaluated++;
      long now = System.nanoTime();
      if (progressAfterNanos < 0 || now - started > progressAfterNanos && now - lastReport > 500_000_000L) {
        lastReport = now;
        progress.report(evaluated, space.size());
      }
    }

    Advice advice(Strategy used) {
      List<Candidate> ranked = new ArrayList<>(feasible);
      ranked.sort(Comparator.comparing(Candidate::total).thenComparing(Candidate::name));
      List<Candidate> pareto = pareto(ranked);
      List<Candidate> top = ranked.subList(0, Math.min(limit, ranked.size()));
      List<Exclusion> exclusions = new ArrayList<>();
      counts.forEach((constraint, count) -> exclusions.add(new Exclusion(constraint, count[0],
          reasons.get(constraint), Optional.ofNullable(cheapest.get(constraint)))));
      exclusions.sort(Comparator.comparingLong(Exclusion::count).reversed());
      Map<String, String> excludedOptions = new LinkedHashMap<>();
      for (String dimension : List.of("serving", "monitoring", "retraining")) {
        List<Option> options = dimension.equals("serving") ? space.serving()
            : dimension.equals("monitoring") ? space.monitoring() : space.retraining();
        for (Option option : options) {
          if (!optionsUsed.contains(key(option))) {
            Map<String, Long> why = optionReasons.getOrDefault(key(option), Map.of());
            StringBuilder text = new StringBuilder();
            why.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> text.append(text.length() == 0 ? "" : "; ").append(e.getKey()).append(" (")
                    .append(e.getValue()).append(')'));
            excludedOptions.put(dimension + ": " + option.label(), text.length() == 0
                ? "not reached: cheaper candidates filled the limit" : text.toString());
          }
        }
      }
      return new Advice(top, objective, pareto, exclusions, excludedOptions, used, evaluated, space.size());
    }

    private List<Candidate> pareto(List<Candidate> byCost) {
      List<Candidate> front = new ArrayList<>();
      BigDecimal bestSoFar = null;
      for (Candidate candidate : byCost) {
        Optional<BigDecimal> value = candidate.value(objective);
        if (value.isEmpty()) {
          continue;
        }
        BigDecimal v = objective == Objective.REDUNDANCY ? value.get().negate() : value.get();
        if (bestSoFar == null || v.compareTo(bestSoFar) < 0) {
          front.add(candidate);
          bestSoFar = v;
        }
      }
      return front;
    }

    /** One topology and discount: each option priced once, combinations visited by increasing summed cost. */
    private final class Group {
      private final ModelTopology topology;
      private final String discount;
      private final PriceCatalog catalog;
      private final BigDecimal fixedCost;
      private final List<Option> serving = new ArrayList<>();
      private final List<Option> monitoring = new ArrayList<>();
      private final List<Option> retraining = new ArrayList<>();
      private final List<BigDecimal> servingCost = new ArrayList<>();
      private final List<BigDecimal> monitoringCost = new ArrayList<>();
      private final List<BigDecimal> retrainingCost = new ArrayList<>();

      Group(ModelTopology topology, String discount) {
        this.topology = topology;
        this.discount = discount;
        this.catalog = space.prices(discount);
        // fixed components refused alone cannot be summed: the exhaustive search says why each candidate is refused
        try {
          this.fixedCost = space.fixed().isEmpty() ? BigDecimal.ZERO : priceAlone(space.fixed());
        } catch (IllegalArgumentException e) {
          throw new NotSeparable();
        }
        long others = (long) space.monitoring().size() * space.retraining().size();
        for (Option option : space.serving()) {
          String why = latencyMiss(option);
          admit(option, serving, servingCost, why, others * 1);
        }
        for (Option option : space.monitoring()) {
          admit(option, monitoring, monitoringCost, null, (long) space.serving().size() * space.retraining().size());
        }
        for (Option option : space.retraining()) {
          admit(option, retraining, retrainingCost, deadlineMiss(option),
              (long) space.serving().size() * space.monitoring().size());
        }
        sortByCost(serving, servingCost);
        sortByCost(monitoring, monitoringCost);
        sortByCost(retraining, retrainingCost);
      }

      private String latencyMiss(Option option) {
        Optional<Duration> target = constraints.latencyP95AtMost();
        if (target.isEmpty()) {
          return null;
        }
        if (option.latencyP95().isEmpty()) {
          return "latency unknown";
        }
        return option.latencyP95().get().compareTo(target.get()) > 0 ? "latency" : null;
      }

      private String deadlineMiss(Option option) {
        if (constraints.retrainDeadline().isEmpty() || option.pipeline().isEmpty()) {
          return null;
        }
        try {
          CompletionTime.leastParallelism(option.pipeline().get(), topology.modelCount(space.workload()),
              constraints.retrainDeadline().get(), constraints.retrainQuota().getAsInt());
          return null;
        } catch (IllegalArgumentException e) {
          return "retraining deadline";
        }
      }

      /** Keeps an option that passes its own filters; counts the combinations a filtered one removes. */
      private void admit(Option option, List<Option> kept, List<BigDecimal> costs, String miss, long combinations) {
        if (miss != null) {
          leaveOut(option, miss, "option '" + option.label() + "' (" + miss + ")", combinations);
          return;
        }
        BigDecimal cost;
        try {
          cost = option.components().isEmpty() ? BigDecimal.ZERO : priceAlone(option.components());
        } catch (IllegalArgumentException e) {
          // refused alone: every combination with it is refused too, for the same reason
          leaveOut(option, refusal(e), e.getMessage(), combinations);
          return;
        }
        kept.add(option);
        costs.add(cost);
      }

      private void leaveOut(Option option, String constraint, String reason, long combinations) {
        counts.computeIfAbsent(constraint, k -> new long[1])[0] += combinations;
        reasons.putIfAbsent(constraint, reason);
        optionReasons.computeIfAbsent(key(option), k -> new LinkedHashMap<>()).merge(constraint, combinations,
            Long::sum);
      }

      private BigDecimal priceAlone(List<CostComponent> components) {
        return CostScenario.builder().name("probe").prices(catalog).workload(space.workload()).topology(topology)
            .addAllComponents(components).build().estimate().total().amount();
      }

      private void sortByCost(List<Option> options, List<BigDecimal> costs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          order.add(i);
        }
        order.sort(Comparator.comparing(costs::get));
        List<Option> o = new ArrayList<>();
        List<BigDecimal> c = new ArrayList<>();
        order.forEach(i -> {
          o.add(options.get(i));
          c.add(costs.get(i));
        });
        options.clear();
        options.addAll(o);
        costs.clear();
        costs.addAll(c);
      }

      /** Up to {@code wanted} feasible candidates, cheapest first; a serving or retraining index may be fixed. */
      List<Candidate> search(int wanted, int fixServing, int fixRetraining) {
        List<Candidate> found = new ArrayList<>();
        if (serving.isEmpty() || monitoring.isEmpty() || retraining.isEmpty()) {
          return found;
        }
        int si = fixServing < 0 ? 0 : fixServing;
        int ri = fixRetraining < 0 ? 0 : fixRetraining;
        PriorityQueue<int[]> queue = new PriorityQueue<>(Comparator.comparing(this::sum));
        Set<Long> seen = new HashSet<>();
        push(queue, seen, new int[] {si, 0, ri});
        Optional<Money> budget = constraints.budget();
        while (!queue.isEmpty() && found.size() < wanted) {
          int[] at = queue.poll();
          BigDecimal sum = sum(at);
          if (budget.isPresent() && sum.compareTo(budget.get().amount()) > 0) {
            break;
          }
          Optional<Candidate> candidate = evaluate(topology, discount, catalog, serving.get(at[0]),
              monitoring.get(at[1]), retraining.get(at[2]));
          candidate.ifPresent(found::add);
          if (candidate.isPresent() && candidate.get().total().amount().compareTo(sum) != 0) {
            throw new NotSeparable();
          }
          if (fixServing < 0 && at[0] + 1 < serving.size()) {
            push(queue, seen, new int[] {at[0] + 1, at[1], at[2]});
          }
          if (at[1] + 1 < monitoring.size()) {
            push(queue, seen, new int[] {at[0], at[1] + 1, at[2]});
          }
          if (fixRetraining < 0 && at[2] + 1 < retraining.size()) {
            push(queue, seen, new int[] {at[0], at[1], at[2] + 1});
          }
        }
        return found;
      }

      private void push(PriorityQueue<int[]> queue, Set<Long> seen, int[] at) {
        long code = ((long) at[0] * monitoring.size() + at[1]) * retraining.size() + at[2];
        if (seen.add(code)) {
          queue.add(at);
        }
      }

      private BigDecimal sum(int[] at) {
        return fixedCost.add(servingCost.get(at[0])).add(monitoringCost.get(at[1])).add(retrainingCost.get(at[2]));
      }
    }
  }

  private String name(ModelTopology topology, String discount, Option serving, Option monitoring,
      Option retraining) {
    StringBuilder name = new StringBuilder(topology.toString()).append(" / ").append(serving.label()).append(" / ")
        .append(monitoring.label()).append(" / ").append(retraining.label());
    if (space.discounts().size() > 1 || !discount.equals(SearchSpace.LIST_PRICES)) {
      name.append(" / ").append(discount);
    }
    return name.toString();
  }

  private String key(Option option) {
    String dimension = space.serving().contains(option) ? "serving"
        : space.monitoring().contains(option) ? "monitoring" : "retraining";
    return dimension + ": " + option.label();
  }
}
