package dev.costmodel.api.aws;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.CostComponent;
import dev.costmodel.api.DataSize;
import dev.costmodel.api.LineItem;
import dev.costmodel.api.PricingContext;
import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.price.PriceKey;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * Model artifacts kept in S3 Standard: every model keeps {@code versionsRetained} versions of
 * {@code artifactSize} each. The Model Registry itself stores metadata only; the artifacts dominate (seed
 * report, section 3-4).
 *
 * <p>Formula (section 6-2): {@code C = M × size × versions × P_S3}, in GiB-months, with S3's tiers applied
 * to the total. Seed: 100,000 × 20 MiB × 6 = 11,718.75 GiB × USD 0.023 = USD 269.53.
 *
 * <pre>{@code
 * ModelStorage storage = ModelStorage.builder()
 *     .artifactSize(DataSize.ofMebibytes(20)).versionsRetained(6).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModelStorage implements CostComponent {
  /** The catalog key storage is priced by. */
  public static final PriceKey PRICE_KEY = PriceKey.of("S3", "Storage", "Standard");

  ModelStorage() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The size of one version of one model's artifact. */
  public abstract DataSize artifactSize();

  /** How many versions of each model are kept; at least one. */
  public abstract int versionsRetained();

  @Override
  public String name() {
    return "ModelStorage";
  }

  /** GiB stored for {@code models} models. */
  public BigDecimal storedGibibytes(long models) {
    return artifactSize().toGibibytes()
        .multiply(BigDecimal.valueOf(versionsRetained()))
        .multiply(BigDecimal.valueOf(models));
  }

  @Override
  public List<LineItem> lineItems(PricingContext context) {
    long models = context.modelCount();
    return List.of(context.lineItem(name(), CostCategory.STORAGE,
        "model artifacts (" + artifactSize() + " × " + versionsRetained()
            + (versionsRetained() == 1 ? " version" : " versions") + ", S3 Standard)",
        PRICE_KEY, "storage class", storedGibibytes(models),
        List.of(PricingContext.term(models, "model", "models"),
            PricingContext.term(versionsRetained(), "version", "versions"),
            PricingContext.term(artifactSize().toString()))));
  }

  @Value.Check
  void check() {
    Checks.positive("ModelStorage.versionsRetained", versionsRetained());
  }

  /** Builds a {@link ModelStorage}; both attributes are required. */
  public static final class Builder extends ImmutableModelStorage.Builder {
    Builder() {}
  }
}
