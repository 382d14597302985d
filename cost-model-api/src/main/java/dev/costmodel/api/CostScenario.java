package dev.costmodel.api;

import dev.costmodel.api.internal.CloudEquivalents;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One architecture to price: a name, a price catalog, a workload, a model topology and the components that
 * cost money. {@link #estimate()} prices it.
 *
 * <p>Building a scenario checks it whole and fails fast: components that cannot be combined (Model Monitor on
 * a serverless endpoint) and prices the catalog lacks (an unknown instance type, with the nearest names)
 * throw from {@code build()}, so an estimate, once built, is sound. Doubtful designs become
 * {@link MonthlyEstimate#findings() findings} instead.
 *
 * <pre>{@code
 * MonthlyEstimate estimate = CostScenario.builder()
 *     .name("B / serverless")
 *     .prices(PriceCatalogs.awsUsEast1())
 *     .workload(workload)
 *     .topology(ModelTopology.perGroup(200))
 *     .addComponent(retrain).addComponent(storage).addComponent(serverless).addComponent(monitor)
 *     .build()
 *     .estimate();
 * estimate.total().rounded();   // USD 69.07
 * }</pre>
 *
 * <p>Immutable and thread-safe; the estimate is computed once and kept.
 */
@Value.Immutable
public abstract class CostScenario {
  CostScenario() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scenario's name, shown in reports. */
  public abstract String name();

  /**
   * The catalog every price comes from. It takes part in {@code equals}: two scenarios priced from different
   * catalogs (a discounted copy, another region) are different scenarios. Catalogs compare by identity (the
   * bundled ones are loaded once), so a scenario equals its copy with the same catalog.
   */
  public abstract PriceCatalog prices();

  /** Who uses the system and how much. */
  public abstract Workload workload();

  /** How many models there are. */
  public abstract ModelTopology topology();

  /** What costs money; at least one. */
  public abstract List<CostComponent> components();

  /** The pricing context this scenario's components are priced in (made once and kept). */
  @Value.Lazy
  public PricingContext context() {
    return new PricingContext(prices(), workload(), topology(), components());
  }

  /** The monthly estimate: every component's line items, their total, and the findings. */
  @Value.Lazy
  public MonthlyEstimate estimate() {
    PricingContext context = context();
    List<LineItem> items = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (CostComponent component : components()) {
      items.addAll(component.lineItems(context));
      findings.addAll(component.findings(context));
    }
    List<String> inferred = new ArrayList<>();
    for (LineItem item : items) {
      Price price = item.price().orElse(null);
      if (price != null && reachesInferred(price, item.quantity()) && !inferred.contains(price.key().toString())) {
        inferred.add(price.key().toString());
      }
    }
    if (!inferred.isEmpty()) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.INFERRED_PRICES, "CostScenario",
          "this estimate uses prices that were inferred, not read from a source: " + String.join(", ", inferred)
              + "; check them (MonthlyEstimate.pricesUsed() names how each was derived) or override them with"
              + " PriceCatalog.withPrice(...)"));
    }
    findings.addAll(designFindings(context));
    return MonthlyEstimate.builder()
        .scenarioName(name())
        .currency(prices().currency())
        .lineItems(items)
        .findings(findings)
        .build();
  }

  /** True if a tier that {@code quantity} reaches has an inferred source: {@link Price#sourcesFor}, unlisted. */
  private static boolean reachesInferred(Price price, BigDecimal quantity) {
    for (PriceTier tier : price.tiers()) {
      if (tier.start().signum() > 0 && tier.portionOf(quantity).signum() == 0) {
        return false;
      }
      if (tier.source().orElse(price.source()).status() == PriceStatus.INFERRED) {
        return true;
      }
    }
    return false;
  }

  /** True if two components are of one class (the usual scenario has none, and needs no map to say so). */
  private boolean repeatsAClass() {
    List<CostComponent> components = components();
    for (int i = 0; i < components.size(); i++) {
      for (int j = i + 1; j < components.size(); j++) {
        if (components.get(i).getClass() == components.get(j).getClass()) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Finding> designFindings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    long groups = topology().groups();
    if (groups > workload().users()) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MORE_GROUPS_THAN_USERS, "CostScenario",
          "the topology " + topology() + " has more groups than the workload has users (" + workload().users()
              + "): " + (groups - workload().users()) + " groups would be empty, so " + context.modelCount()
              + " models are priced, one per group that has users; lower the group count to match"));
    }
    Map<Class<?>, List<CostComponent>> byClass = new LinkedHashMap<>();
    for (CostComponent component : repeatsAClass() ? components() : List.<CostComponent>of()) {
      byClass.computeIfAbsent(component.getClass(), k -> new ArrayList<>()).add(component);
    }
    for (List<CostComponent> same : byClass.values()) {
      if (same.size() > 1) {
        CostComponent first = same.get(0);
        boolean identical = same.stream().skip(1).anyMatch(first::equals);
        findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.REPEATED_COMPONENT, first.name(),
            "the scenario holds " + same.size() + " " + first.name() + " components"
                + (identical ? ", some of them identical (added twice?)" : "") + "; each is priced in full"
                + (first instanceof InferenceComponent
                    ? ", and each serves the whole workload, so its requests and data processed are paid for "
                        + same.size() + " times"
                    : "")
                + "; remove the extra ones unless the system really runs them side by side"));
      }
    }
    List<String> inferenceKinds = new ArrayList<>();
    for (CostComponent component : components()) {
      if (component instanceof InferenceComponent && !inferenceKinds.contains(component.name())) {
        inferenceKinds.add(component.name());
      }
    }
    if (inferenceKinds.size() > 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.MIXED_INFERENCE, "CostScenario",
          "the scenario holds inference components of different kinds (" + String.join(", ", inferenceKinds)
              + "), and each is priced as serving the whole workload, so the total pays for every request"
              + " once per kind; compare the options as separate scenarios (Comparison) unless the system"
              + " really serves every request on each"));
    }
    return findings;
  }

  /** Returns a copy with another name. */
  public CostScenario withName(String name) {
    return ImmutableCostScenario.copyOf(this).withName(name);
  }

  /** Returns a copy priced from another catalog. */
  public CostScenario withPrices(PriceCatalog prices) {
    return ImmutableCostScenario.copyOf(this).withPrices(prices);
  }

  /** Returns a copy with another workload. */
  public CostScenario withWorkload(Workload workload) {
    return ImmutableCostScenario.copyOf(this).withWorkload(workload);
  }

  /** Returns a copy with another topology. */
  public CostScenario withTopology(ModelTopology topology) {
    return ImmutableCostScenario.copyOf(this).withTopology(topology);
  }

  /** Returns a copy with these components. */
  public CostScenario withComponents(Iterable<? extends CostComponent> components) {
    return ImmutableCostScenario.copyOf(this).withComponents(components);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("CostScenario.name must not be blank, but was '" + name() + "'");
    }
    if (components().isEmpty()) {
      throw new IllegalArgumentException(
          "CostScenario.components must hold at least one component, but was empty;"
              + " add one with addComponent(...)");
    }
    PricingContext context = context();
    for (CostComponent component : components()) {
      CloudEquivalents.checkCatalog(component, prices());
    }
    for (CostComponent component : components()) {
      component.checkDesign(context);
    }
    estimate();
  }

  /** Builds a {@link CostScenario}; every attribute is required and at least one component. */
  public static final class Builder extends ImmutableCostScenario.Builder {
    Builder() {}
  }
}
