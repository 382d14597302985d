package dev.costmodel.api.azure;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.Finding;
import dev.costmodel.api.FindingCode;
import dev.costmodel.api.InferenceComponent;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Azure Machine Learning managed online endpoint: each deployment runs {@code instanceCount} VMs of
 * {@code instanceType} (such as {@code Standard_DS3_v2}) for {@code hoursPerMonth}.
 *
 * <p>Formula: {@code deployments × instances × 730 h × P_VM}; Azure Machine Learning adds no charge of its own to
 * the VMs. A managed online deployment has at least one instance, so it does not scale to zero. With no
 * multi-model endpoint, every model is a deployment of its own: {@link #deployments()} defaults to the
 * topology's model count. 1 × 2 × 730 h × USD 0.293 = USD 427.78.
 *
 * <pre>{@code
 * AzureOnlineEndpoint endpoint = AzureOnlineEndpoint.builder()
 *     .instanceType("Standard_DS3_v2").instanceCount(2).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AzureOnlineEndpoint implements InferenceComponent {
  AzureOnlineEndpoint() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The VM size, such as {@code Standard_DS3_v2}. */
  public abstract String instanceType();

  /** VMs per deployment; at least 1. */
  public abstract int instanceCount();

  /** Deployments, one per model; by default the topology's model count. */
  public abstract Optional<Long> deployments();

  /** Hours a month the VMs run; 730 by default, and at most 730. */
  @Value.Default
  public BigDecimal hoursPerMonth() {
    return PricingContext.HOURS_PER_MONTH;
  }

  @Override
  public String name() {
    return "AzureOnlineEndpoint";
  }

  /** The catalog key: {@code VirtualMachines/Linux/<size>}. */
  public PriceKey priceKey() {
    return PriceKey.of("VirtualMachines", "Linux", instanceType());
  }

  /** Returns a copy with {@code count} instances per deployment. */
  public AzureOnlineEndpoint withInstanceCount(int count) {
    return ImmutableAzureOnlineEndpoint.copyOf(this).withInstanceCount(count);
  }

  private long deployments(PricingContext context) {
    return deployments().orElse(context.modelCount());
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    BigDecimal deployments = BigDecimal.valueOf(deployments(context));
    BigDecimal count = BigDecimal.valueOf(instanceCount());
    return List.of(context.lineItem(name(), CostCategory.INFERENCE, "Azure ML managed online endpoint ("
            + instanceCount() + " × " + instanceType() + " per deployment)", priceKey(), "VM size",
        deployments.multiply(count).multiply(hoursPerMonth()),
        List.of(PricingContext.term(deployments, "deployment", "deployments"),
            PricingContext.term(count, "instance", "instances"), PricingContext.term(hoursPerMonth(), "h"))));
  }

  @Override
  public List<Finding> findings(PricingContext context) {
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(Finding.Severity.INFO, FindingCode.NO_SCALE_TO_ZERO, name(),
        "an Azure ML managed online deployment keeps at least one instance: its " + instanceCount()
            + " instance(s) are billed all month with or without traffic; serve sparse traffic from AzureFunctions"));
    if (instanceCount() == 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.SINGLE_INSTANCE_ENDPOINT, name(),
          "a managed online deployment on 1 instance has no redundancy; Microsoft recommends at least 3 instances"
              + " in production: use instanceCount(3)"));
    }
    long models = deployments(context);
    if (models > 1) {
      findings.add(Finding.of(Finding.Severity.WARNING, FindingCode.NO_MULTI_MODEL_ENDPOINT, name(),
          "Azure ML has no multi-model endpoint like SageMaker's: each of the "
              + String.format(Locale.ROOT, "%,d", models) + " models is a deployment with instances of its own;"
              + " share one model (ModelTopology.shared()), or set deployments(n) if one scoring script loads"
              + " several models"));
    }
    return findings;
  }

  @Value.Check
  void check() {
    Checks.notBlank("AzureOnlineEndpoint.instanceType", instanceType());
    Checks.positive("AzureOnlineEndpoint.instanceCount", instanceCount());
    deployments().ifPresent(n -> Checks.positive("AzureOnlineEndpoint.deployments", n));
    Checks.positive("AzureOnlineEndpoint.hoursPerMonth", hoursPerMonth());
    if (hoursPerMonth().compareTo(PricingContext.HOURS_PER_MONTH) > 0) {
      throw new IllegalArgumentException("AzureOnlineEndpoint.hoursPerMonth must be <= 730, but was "
          + hoursPerMonth().toPlainString() + "; for more VMs raise instanceCount instead");
    }
  }

  /** Builds an {@link AzureOnlineEndpoint}; instance type and count are required. */
  public static final class Builder extends ImmutableAzureOnlineEndpoint.Builder {
    Builder() {}

    /** Sets the hours a month from a {@code double}, exactly as written. */
    public Builder hoursPerMonth(double hours) {
      return hoursPerMonth(Checks.finite("AzureOnlineEndpoint.hoursPerMonth", hours));
    }
  }
}
