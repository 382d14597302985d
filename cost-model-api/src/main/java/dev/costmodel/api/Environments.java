package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One system deployed as several environments (dev, staging, prod), each priced with its own settings, the
 * way Terraform deploys one configuration with a {@code .tfvars} file per environment: a base scenario
 * holds what every environment shares, and each environment changes what its own variables change (instance
 * type and count, its own workload). {@link #estimate()} prices every environment and adds them up.
 *
 * <p>Each environment is a whole {@link CostScenario}: {@code settings.apply(base.withName(base + " / " + name))},
 * built and checked when the environment is added, so an environment that fails says which one it is. Give
 * each environment the workload it really serves: dev and staging see test traffic, not production's, so
 * their data processed and data transfer lines are their own ({@link CostScenario#withWorkload}).
 *
 * <pre>{@code
 * Environments environments = Environments.of(base)                    // main.tf
 *     .environment("dev", s -> s.withWorkload(testTraffic)               // dev.tfvars
 *         .withComponents(List.of(RealtimeInference.builder().instanceType("ml.t3.medium").instanceCount(1).build())))
 *     .environment("prod", s -> s);                                      // prod.tfvars: the base as it is
 * environments.estimate().total().rounded();
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@link #environment} returns a new object.
 */
public final class Environments {
  private final CostScenario base;
  private final Map<String, CostScenario> scenarios;

  private Environments(CostScenario base, Map<String, CostScenario> scenarios) {
    this.base = Objects.requireNonNull(base, "base");
    this.scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
  }

  /** Returns no environments yet, over {@code base}: what every environment starts from. */
  public static Environments of(CostScenario base) {
    return new Environments(base, Map.of());
  }

  /**
   * Returns a copy with one more environment, named {@code name}, whose scenario is {@code settings} applied to
   * the base (named {@code <base> / <name>}).
   *
   * @throws IllegalArgumentException if the name is blank or already used, or if {@code settings} fails or
   *     returns null (the message names the environment, and the cause is kept)
   */
  public Environments environment(String name, UnaryOperator<CostScenario> settings) {
    Objects.requireNonNull(settings, "settings");
    Checks.notBlank("Environments.environment name", name);
    if (scenarios.containsKey(name)) {
      throw new IllegalArgumentException("Environments.environment name must be unique, but '" + name
          + "' is given twice (environments so far: " + String.join(", ", scenarios.keySet())
          + "); give each environment its own name");
    }
    CostScenario scenario;
    try {
      scenario = settings.apply(base.withName(base.name() + " / " + name));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("environment '" + name + "' of '" + base.name() + "' failed: "
          + e.getMessage(), e);
    }
    if (scenario == null) {
      throw new IllegalArgumentException("environment '" + name + "' of '" + base.name()
          + "' failed: its settings returned null; return the changed scenario, or s -> s for the base as it is");
    }
    if (!scenario.prices().currency().equals(base.prices().currency())) {
      throw new IllegalArgumentException("environment '" + name + "' of '" + base.name() + "' must price in "
          + base.prices().currency() + " like the base, but prices in " + scenario.prices().currency()
          + "; convert its catalog, or compare the environments' estimates one by one");
    }
    Map<String, CostScenario> more = new LinkedHashMap<>(scenarios);
    more.put(name, scenario);
    return new Environments(base, more);
  }

  /** The scenario every environment starts from. */
  public CostScenario base() {
    return base;
  }

  /** The environments' names, in the order they were added. */
  public List<String> names() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * The scenario of the environment {@code name}: the base with that environment's settings.
   *
   * @throws IllegalArgumentException if there is no such environment (with the nearest names)
   */
  public CostScenario scenario(String name) {
    CostScenario scenario = scenarios.get(name);
    if (scenario == null) {
      throw EnvironmentsEstimate.unknown(name, scenarios.keySet());
    }
    return scenario;
  }

  /** The environments' scenarios by name, in the order they were added. */
  public Map<String, CostScenario> scenarios() {
    return scenarios;
  }

  /**
   * Prices every environment: each one's estimate, and their total.
   *
   * @throws IllegalStateException if there are no environments
   */
  public EnvironmentsEstimate estimate() {
    if (scenarios.isEmpty()) {
      throw new IllegalStateException("Environments.environments must hold at least one environment, but was"
          + " empty; add one with environment(\"dev\", s -> s...)");
    }
    Map<String, MonthlyEstimate> estimates = new LinkedHashMap<>();
    scenarios.forEach((name, scenario) -> estimates.put(name, scenario.estimate()));
    return new EnvironmentsEstimate(base.name(), base.prices().currency(), estimates);
  }

  /** {@code Environments of 'ml-endpoint': dev, prod}. */
  @Override
  public String toString() {
    return "Environments of '" + base.name() + "': " + String.join(", ", new ArrayList<>(scenarios.keySet()));
  }
}
