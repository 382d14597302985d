package dev.costmodel.core;

import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
   * Where a product's prices go: a key, the costmodel unit, how many of AWS's units make one of ours
   * (1,000 for S3 requests priced per request but kept per 1,000 requests; 1 when the units agree), and the
   * spellings of AWS's unit (the price dimension's {@code Unit}) that may become this price.
   *
   * <p>The loader checks every price dimension's unit against {@link #offerUnits()}, ignoring case, so an
   * {@code Hrs} row can never become a per-GiB price. {@link #of(PriceKey, PriceUnit, BigDecimal)} accepts
   * AWS's usual spellings for the unit ({@link #defaultOfferUnits(PriceUnit)}); name others with
   * {@link #of(PriceKey, PriceUnit, BigDecimal, Set)}. Immutable and thread-safe.
   *
   * <pre>{@code
   * Target hosting = Target.of(PriceKey.of("SageMaker", "RealTimeHosting", "ml.m5.xlarge"),
   *     PriceUnit.INSTANCE_HOUR, BigDecimal.ONE);          // accepts Hrs, Hours, Hour
   * Target pages = Target.of(PriceKey.of("Textract", "Pages", ""), PriceUnit.REQUEST, BigDecimal.ONE,
   *     Set.of("Pages"));
   * }</pre>
   */
  final class Target {
    private static final Map<PriceUnit, Set<String>> DEFAULT_OFFER_UNITS = defaults();

    private final PriceKey key;
    private final PriceUnit unit;
    private final BigDecimal offerUnitsPerUnit;
    private final Set<String> offerUnits;

    private Target(PriceKey key, PriceUnit unit, BigDecimal offerUnitsPerUnit, Set<String> offerUnits) {
      this.key = Objects.requireNonNull(key, "key");
      this.unit = Objects.requireNonNull(unit, "unit");
      this.offerUnitsPerUnit = Objects.requireNonNull(offerUnitsPerUnit, "offerUnitsPerUnit");
      if (offerUnitsPerUnit.signum() <= 0) {
        throw new IllegalArgumentException(
            "OfferMapping.Target.offerUnitsPerUnit must be > 0, but was " + offerUnitsPerUnit.toPlainString());
      }
      Set<String> units = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (String offerUnit : Objects.requireNonNull(offerUnits, "offerUnits")) {
        if (Objects.requireNonNull(offerUnit, "offerUnit").isBlank()) {
          throw new IllegalArgumentException("OfferMapping.Target.offerUnits must not hold a blank unit, but was "
              + offerUnits);
        }
        units.add(offerUnit.strip());
      }
      if (units.isEmpty()) {
        throw new IllegalArgumentException("OfferMapping.Target.offerUnits must name at least one AWS unit,"
            + " such as \"Hrs\", but was empty");
      }
      this.offerUnits = Collections.unmodifiableSet(units);
    }

    /** Returns a target that accepts AWS's usual spellings of {@code unit} ({@link #defaultOfferUnits}). */
    public static Target of(PriceKey key, PriceUnit unit, BigDecimal offerUnitsPerUnit) {
      return new Target(key, unit, offerUnitsPerUnit, defaultOfferUnits(unit));
    }

    /** Returns a target whose price dimensions must have one of {@code offerUnits} (ignoring case). */
    public static Target of(PriceKey key, PriceUnit unit, BigDecimal offerUnitsPerUnit, Set<String> offerUnits) {
      return new Target(key, unit, offerUnitsPerUnit, offerUnits);
    }

    /**
     * AWS's usual spellings of the offer unit for a costmodel unit: {@code Hrs}, {@code Hours}, {@code Hour} for
     * the hour units; {@code Second}, {@code Seconds} for seconds; {@code GB} for GiB; {@code GB-Mo},
     * {@code GB-Month} for GiB-months; {@code GB-Second}, {@code GB-Seconds}, {@code Lambda-GB-Second} for
     * GiB-seconds; {@code GB-Hours} for GiB-hours; {@code vCPU-Hours}, {@code vCPU-Seconds};
     * {@code GHz-Seconds}; and {@code Requests}, {@code Request}, {@code Unit}, {@code Units} (plus
     * {@code Events} or {@code Invocations}) for the counted units, at any multiple.
     */
    public static Set<String> defaultOfferUnits(PriceUnit unit) {
      return DEFAULT_OFFER_UNITS.get(Objects.requireNonNull(unit, "unit"));
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

    /** The spellings of AWS's unit a price dimension may have to become this price, ignoring case; never empty. */
    public Set<String> offerUnits() {
      return offerUnits;
    }

    /** Whether {@code offerUnit}, a price dimension's unit as the file spells it, is one of {@link #offerUnits()}. */
    public boolean accepts(String offerUnit) {
      return offerUnits.contains(offerUnit.strip());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Target && ((Target) other).key.equals(key) && ((Target) other).unit == unit
          && ((Target) other).offerUnitsPerUnit.compareTo(offerUnitsPerUnit) == 0
          && ((Target) other).offerUnits.equals(offerUnits);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, unit, offerUnitsPerUnit.stripTrailingZeros());
    }

    @Override
    public String toString() {
      return key + " per " + unit.label();
    }

    private static Map<PriceUnit, Set<String>> defaults() {
      Map<PriceUnit, Set<String>> units = new EnumMap<>(PriceUnit.class);
      Set<String> counts = units("Requests", "Request", "Unit", "Units");
      for (PriceUnit unit : PriceUnit.values()) {
        switch (unit) {
          case INSTANCE_HOUR:
          case NODE_HOUR:
          case HOUR:
            units.put(unit, units("Hrs", "Hours", "Hour"));
            break;
          case SECOND:
          case PROVISIONED_CONCURRENCY_SECOND:
            units.put(unit, units("Second", "Seconds"));
            break;
          case GIB:
            units.put(unit, units("GB"));
            break;
          case GIB_MONTH:
            units.put(unit, units("GB-Mo", "GB-Month"));
            break;
          case GIB_SECOND:
            units.put(unit, units("GB-Second", "GB-Seconds", "Lambda-GB-Second"));
            break;
          case GIB_HOUR:
            units.put(unit, units("GB-Hours", "GB-Hour", "GB-Hrs"));
            break;
          case VCPU_SECOND:
            units.put(unit, units("vCPU-Second", "vCPU-Seconds"));
            break;
          case VCPU_HOUR:
            units.put(unit, units("vCPU-Hours", "vCPU-Hour", "vCPU-Hrs"));
            break;
          case GHZ_SECOND:
            units.put(unit, units("GHz-Second", "GHz-Seconds"));
            break;
          case MILLION_EVENTS:
            units.put(unit, union(counts, "Events", "Event"));
            break;
          case MILLION_INVOCATIONS:
            units.put(unit, union(counts, "Invocations", "Invocation"));
            break;
          default:
            units.put(unit, counts);
            break;
        }
      }
      return units;
    }

    private static Set<String> units(String... spellings) {
      Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      set.addAll(List.of(spellings));
      return Collections.unmodifiableSet(set);
    }

    private static Set<String> union(Set<String> base, String... more) {
      Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      set.addAll(base);
      set.addAll(List.of(more));
      return Collections.unmodifiableSet(set);
    }
  }
}
