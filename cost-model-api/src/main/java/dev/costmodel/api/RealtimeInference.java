package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A SageMaker real-time endpoint, always on: {@code instanceCount} instances of {@code instanceType} for
 * {@code hoursPerMonth} (730 by default), plus data processed in and out.
 *
 * <p>Formula (seed report, section 6-3): {@code C = N × 730 h × P_hour + DataGiB × P_data}. Seed:
 * 2 × 730 h × USD 0.204 + 83.92 GiB × USD 0.016 = USD 299.18. A single instance is a finding (no
 * redundancy), and so is one endpoint serving a model per user (it needs a multi-model endpoint).
 *
 * <pre>{@code
 * RealtimeInference realtime = RealtimeInference.builder()
 *     .instanceType("ml.c5.xlarge").instanceCount(2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RealtimeInference implements CostComponent {
  RealtimeInference() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The SageMaker instance type, such as {@code ml.c5.xlarge}. */
  public abstract String instanceType();

  /** How many instances serve the endpoint; at least one. */
  public abstract int instanceCount();

  /** Hours a month the instances run; 730 (the whole billing month) by default. */
  @Value.Default
  public BigDecimal hoursPerMonth() {
    return PricingContext.HOURS_PER_MONTH;
  }

  @Override
  public String name() {
    return "RealtimeInference";
  }

  /** The catalog key the instance-hours are priced by: {@code SageMaker/RealTimeHosting/<type>}. */
  public PriceKey priceKey() {
    return PriceKey.of("SageMaker", "RealTimeHosting", instanceType());
  }

  /** Returns a copy with {@code count} instances. */
  public RealtimeInference withInstanceCount(int count) {
    return ImmutableRealtimeInference.copyOf(this).withInstanceCount(count);
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal count = BigDecimal.valueOf(instanceCount());
    List<LineItem> items = new ArrayList<>();
    items.add(context.lineItem(name(), CostCategory.INFERENCE,
        "real-time endpoint (" + instanceCount() + " × " + instanceType() + ")", priceKey(), "instance type",
        count.multiply(hoursPerMonth()),
        List.of(PricingContext.term(count, instanceCount() == 1 ? "instance" : "instances"),
            PricingContext.term(hoursPerMonth(), "h"))));
    items.addAll(EndpointData.lineItems(name(), context));
    return items;
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    if (instanceCount() == 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, "single-instance-endpoint", name(),
          "a real-time endpoint on 1 instance has no redundancy: an instance failure or a deployment takes it"
              + " down; use instanceCount(2) or more across availability zones"));
    }
    if (context.topology().kind() == ModelTopology.Kind.PER_USER && context.modelCount() > 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, "per-user-models-on-one-endpoint", name(),
          "one real-time endpoint serving " + String.format(java.util.Locale.ROOT, "%,d", context.modelCount())
              + " per-user models needs a multi-model endpoint: models load on demand, so expect model"
              + " loading latency on cache misses (a cold load can take minutes) and size instance memory for"
              + " the models kept warm"));
    }
    return findings;
  }

  @Value.Check
  void check() {
    Checks.notBlank("RealtimeInference.instanceType", instanceType());
    Checks.positive("RealtimeInference.instanceCount", instanceCount());
    Checks.positive("RealtimeInference.hoursPerMonth", hoursPerMonth());
  }

  /** Builds a {@link RealtimeInference}; {@code instanceType} and {@code instanceCount} are required. */
  public static final class Builder extends ImmutableRealtimeInference.Builder {
    Builder() {}

    /** Sets the hours a month from a {@code double}, exactly as written. */
    public Builder hoursPerMonth(double hours) {
      return hoursPerMonth(Checks.finite("RealtimeInference.hoursPerMonth", hours));
    }
  }
}
