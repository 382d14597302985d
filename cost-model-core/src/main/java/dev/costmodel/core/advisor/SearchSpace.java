package dev.costmodel.core.advisor;

import dev.costmodel.api.CostComponent;
import dev.costmodel.api.ModelTopology;
import dev.costmodel.api.Workload;
import dev.costmodel.api.price.PriceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The architectures to choose from: every combination of a topology, a discount, a serving option, a
 * monitoring option and a retraining option, each with the fixed components every candidate has (such as
 * model storage), priced for one workload from one catalog.
 *
 * <pre>{@code
 * SearchSpace space = SearchSpace.builder()
 *     .prices(PriceCatalogs.awsUsEast1()).workload(workload)
 *     .topologies(ModelTopology.perUser(), ModelTopology.perGroup(200), ModelTopology.shared())
 *     .addFixed(storage)
 *     .addServing(Option.of("serverless 2 GiB", serverless), Option.of("2 × ml.c5.xlarge", realtime))
 *     .addMonitoring(Option.of("custom monitor", custom), Option.of("Model Monitor", modelMonitor))
 *     .addRetraining(Option.of("monthly", retrain))
 *     .build();
 * space.size();   // 3 × 2 × 2 × 1 = 12 candidates
 * }</pre>
 *
 * <p>Immutable and thread-safe once built (the discount functions must be too).
 */
public final class SearchSpace {
  /** The name of the undiscounted catalog among the discounts. */
  public static final String LIST_PRICES = "list prices";

  private final PriceCatalog prices;
  private final Workload workload;
  private final List<ModelTopology> topologies;
  private final Map<String, UnaryOperator<PriceCatalog>> discounts;
  private final List<CostComponent> fixed;
  private final List<Option> serving;
  private final List<Option> monitoring;
  private final List<Option> retraining;

  private SearchSpace(Builder b) {
    if (b.prices == null) {
      throw new IllegalArgumentException("SearchSpace.prices must be set, but was not; set it with prices(catalog)");
    }
    if (b.workload == null) {
      throw new IllegalArgumentException("SearchSpace.workload must be set, but was not; set it with workload(...)");
    }
    require("topologies", b.topologies.size(), "topologies(ModelTopology.shared(), ...)");
    require("serving", b.serving.size(), "addServing(Option.of(\"serverless\", ...))");
    this.prices = b.prices;
    this.workload = b.workload;
    this.topologies = List.copyOf(b.topologies);
    this.discounts = new LinkedHashMap<>(b.discounts.isEmpty() ? Map.of(LIST_PRICES, UnaryOperator.identity())
        : b.discounts);
    this.fixed = List.copyOf(b.fixed);
    this.serving = List.copyOf(b.serving);
    this.monitoring = b.monitoring.isEmpty() ? List.of(Option.none("no drift monitor")) : List.copyOf(b.monitoring);
    this.retraining = b.retraining.isEmpty() ? List.of(Option.none("no retraining")) : List.copyOf(b.retraining);
    unique("serving", this.serving);
    unique("monitoring", this.monitoring);
    unique("retraining", this.retraining);
  }

  private static void require(String field, int size, String fix) {
    if (size == 0) {
      throw new IllegalArgumentException("SearchSpace." + field + " must hold at least one choice, but was empty;"
          + " add one with " + fix);
    }
  }

  private static void unique(String field, List<Option> options) {
    List<String> seen = new ArrayList<>();
    for (Option option : options) {
      if (seen.contains(option.label())) {
        throw new IllegalArgumentException("SearchSpace." + field + " labels must be distinct, but '"
            + option.label() + "' is there twice; a candidate is named by its labels");
      }
      seen.add(option.label());
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The catalog every candidate is priced from, before discounts. */
  public PriceCatalog prices() {
    return prices;
  }

  /** The workload every candidate serves. */
  public Workload workload() {
    return workload;
  }

  /** The topologies to choose from. */
  public List<ModelTopology> topologies() {
    return topologies;
  }

  /** The discount names, {@link #LIST_PRICES} alone if none was added. */
  public List<String> discounts() {
    return List.copyOf(discounts.keySet());
  }

  /** The catalog a discount gives. */
  PriceCatalog prices(String discount) {
    return discounts.get(discount).apply(prices);
  }

  /** Components every candidate has. */
  public List<CostComponent> fixed() {
    return fixed;
  }

  /** The serving options. */
  public List<Option> serving() {
    return serving;
  }

  /** The monitoring options ({@code no drift monitor} alone if none was added). */
  public List<Option> monitoring() {
    return monitoring;
  }

  /** The retraining options ({@code no retraining} alone if none was added). */
  public List<Option> retraining() {
    return retraining;
  }

  /** How many candidates the space holds: the product of its dimensions. */
  public long size() {
    return (long) topologies.size() * discounts.size() * serving.size() * monitoring.size() * retraining.size();
  }

  /** Builds a {@link SearchSpace}; prices, workload, a topology and a serving option are required. */
  public static final class Builder {
    private PriceCatalog prices;
    private Workload workload;
    private final List<ModelTopology> topologies = new ArrayList<>();
    private final Map<String, UnaryOperator<PriceCatalog>> discounts = new LinkedHashMap<>();
    private final List<CostComponent> fixed = new ArrayList<>();
    private final List<Option> serving = new ArrayList<>();
    private final List<Option> monitoring = new ArrayList<>();
    private final List<Option> retraining = new ArrayList<>();

    Builder() {}

    /** The catalog to price from. */
    public Builder prices(PriceCatalog catalog) {
      this.prices = Objects.requireNonNull(catalog, "prices");
      return this;
    }

    /** The workload to serve. */
    public Builder workload(Workload value) {
      this.workload = Objects.requireNonNull(value, "workload");
      return this;
    }

    /** Adds topologies to choose from. */
    public Builder topologies(ModelTopology... values) {
      topologies.addAll(List.of(values));
      return this;
    }

    /** Adds {@code perGroup(g)} for g from {@code first} to {@code last} (inclusive) in steps of {@code step}. */
    public Builder perGroup(long first, long last, long step) {
      if (first < 1 || last < first || step < 1) {
        throw new IllegalArgumentException("SearchSpace.perGroup must have 1 <= first <= last and step >= 1, but"
            + " was first " + first + ", last " + last + ", step " + step);
      }
      for (long g = first; g <= last; g += step) {
        topologies.add(ModelTopology.perGroup(g));
      }
      return this;
    }

    /**
     * Adds a discount the team has, as a change to the catalog ({@code c -> c.withSavingsPlan(...)}); each
     * candidate is priced with each discount. Add {@link SearchSpace#LIST_PRICES} yourself to compare with
     * none.
     */
    public Builder addDiscount(String name, UnaryOperator<PriceCatalog> discount) {
      if (discounts.containsKey(name)) {
        throw new IllegalArgumentException("SearchSpace.discounts must be distinct, but '" + name + "' is there twice");
      }
      discounts.put(name, Objects.requireNonNull(discount, "discount"));
      return this;
    }

    /** Adds components every candidate has, such as model storage. */
    public Builder addFixed(CostComponent... components) {
      fixed.addAll(List.of(components));
      return this;
    }

    /** Adds serving options: endpoints, functions, batch jobs. */
    public Builder addServing(Option... options) {
      serving.addAll(List.of(options));
      return this;
    }

    /** Adds monitoring options (include {@link Option#none} to consider no monitor). */
    public Builder addMonitoring(Option... options) {
      monitoring.addAll(List.of(options));
      return this;
    }

    /** Adds retraining options: pipelines on different instance types, frequencies, parallelism. */
    public Builder addRetraining(Option... options) {
      retraining.addAll(List.of(options));
      return this;
    }

    /** Builds the space. */
    public SearchSpace build() {
      return new SearchSpace(this);
    }
  }
}
