package dev.costmodel.core;

import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which costmodel price an AWS Price List product is, if any: the bridge from AWS's attributes
 * ({@code usagetype}, {@code instanceName}, {@code productFamily}…) to a {@link PriceKey} and unit.
 *
 * <p>Attribute names are normalized: lower case, without spaces, hyphens or underscores, so the CSV header
 * {@code "Region Code"} and the JSON attribute {@code regionCode} are both {@code regioncode}.
 * {@link #standard()} maps AmazonSageMaker, AmazonS3 and AWSLambda; write your own for other offers.
 *
 * <pre>{@code
 * OfferMapping pii = (offer, attributes) -> "DetectPiiEntities".equals(attributes.get("operation"))
 *     ? Optional.of(OfferMapping.Target.of(PriceKey.of("Comprehend", "DetectPiiEntities", ""),
 *         PriceUnit.REQUEST, BigDecimal.ONE))
 *     : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface OfferMapping {
  /**
   * Returns the target of a product of offer {@code offerCode} (such as {@code AmazonSageMaker}) with these
   * normalized attributes, or empty to skip it.
   */
  Optional<Target> map(String offerCode, Map<String, String> attributes);

  /** The mapping of AmazonSageMaker, AmazonS3 and AWSLambda products to the keys the components use. */
  static OfferMapping standard() {
    return StandardOfferMapping.INSTANCE;
  }

  /**
   * Where a product's prices go: a key, the costmodel unit, and how many of AWS's units make one of ours
   * (1,000 for S3 requests priced per request but kept per 1,000 requests; 1 when the units agree).
   */
  final class Target {
    private final PriceKey key;
    private final PriceUnit unit;
    private final BigDecimal offerUnitsPerUnit;

    private Target(PriceKey key, PriceUnit unit, BigDecimal offerUnitsPerUnit) {
      this.key = Objects.requireNonNull(key, "key");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.offerUnitsPerUnit = Objects.requireNonNull(offerUnitsPerUnit, "offerUnitsPerUnit");
      if (offerUnitsPerUnit.signum() <= 0) {
        throw new IllegalArgumentException(
            "OfferMapping.Target.offerUnitsPerUnit must be > 0, but was " + offerUnitsPerUnit.toPlainString());
      }
    }

    /** Returns a target. */
    public static Target of(PriceKey key, PriceUnit unit, BigDecimal offerUnitsPerUnit) {
      return new Target(key, unit, offerUnitsPerUnit);
    }

    /** The key the price is stored under. */
    public PriceKey key() {
      return key;
    }

    /** The costmodel unit of the price. */
    public PriceUnit unit() {
      return unit;
    }

    /** How many of the offer's units make one costmodel unit. */
    public BigDecimal offerUnitsPerUnit() {
      return offerUnitsPerUnit;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Target && ((Target) other).key.equals(key) && ((Target) other).unit == unit
          && ((Target) other).offerUnitsPerUnit.compareTo(offerUnitsPerUnit) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, unit, offerUnitsPerUnit.stripTrailingZeros());
    }

    @Override
    public String toString() {
      return key + " per " + unit.label();
    }
  }
}
