package dev.costmodel.core;

import dev.costmodel.api.Money;
import dev.costmodel.api.internal.Maths;
import dev.costmodel.api.internal.Suggestions;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.UnitPrice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads AWS Price List offer files, as AWS publishes them, into a {@link PriceCatalog} for one region.
 *
 * <p>Both formats are read: CSV (five metadata rows, then a quoted header, then one row per price dimension)
 * and JSON ({@code products} and {@code terms.OnDemand}). Files are streamed: memory holds one record and the
 * prices of the chosen region that the {@link OfferMapping} keeps, never the file, so AmazonSageMaker's
 * file of hundreds of MB loads in constant memory. Each price's source names the offer, its version, the SKU
 * and the rate, as of the file's publication date, with status {@link PriceStatus#OFFICIAL}. A malformed
 * file fails with its name, line and column, and nothing is returned.
 *
 * <p><b>Which SKU becomes a price.</b> A product of the region becomes a price when the mapping gives it a
 * target, by these rules, never by file order or by SKU name:
 * <ol>
 *   <li>Only OnDemand terms are prices. A product with Reserved (or other) terms only is skipped.</li>
 *   <li>Every OnDemand price dimension's unit must be one the target accepts
 *       ({@link OfferMapping.Target#offerUnits()}): an {@code Hrs} row never becomes a per-GiB price. A
 *       mismatch fails with the file and line.</li>
 *   <li>When several products with OnDemand prices map to one key, the single one whose {@code operation} is
 *       {@value #ON_DEMAND_OPERATION} (AWS's on-demand usage of an instance) is kept and the others are
 *       skipped. If there is no such single one, loading fails with a {@link CatalogFormatException} naming
 *       the SKUs and where each was read (line in a CSV, line and column in a JSON file).</li>
 * </ol>
 *
 * <p><b>What was skipped.</b> {@link Builder#load()} also returns, per usage-type family, how many products
 * of the region did not become a price: the usage type without its region prefix, up to the first colon
 * ({@code USE1-Studio:JupyterLab-ml.t3.medium} counts under {@code AmazonSageMaker/Studio}).
 *
 * <pre>{@code
 * PriceCatalog prices = AwsPriceList.builder()
 *     .region("us-east-1")
 *     .addFile(Path.of("AmazonSageMaker.csv"))
 *     .addFile(Path.of("AmazonS3.json"))
 *     .build();
 *
 * AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
 *     .addFile(Path.of("AmazonSageMaker.csv")).load();
 * load.catalog();   // the same catalog as build()
 * load.skipped();   // {AmazonSageMaker/Notebook=412, AmazonSageMaker/Studio=1377, ...}
 * }</pre>
 *
 * <p>The builder is not thread-safe; the catalog and {@link Load} it returns are immutable and thread-safe.
 */
public final class AwsPriceList {
  /** The operation of a product priced as on-demand instance usage; it wins when several SKUs map to one key. */
  public static final String ON_DEMAND_OPERATION = "RunInstance";

  private final String region;
  private final OfferMapping mapping;
  private final Map<PriceKey, List<Candidate>> candidates = new HashMap<>();
  private final Map<String, Long> skipped = new TreeMap<>();
  private Currency currency;

  private AwsPriceList(String region, OfferMapping mapping) {
    this.region = region;
    this.mapping = mapping;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads {@code files} (CSV or JSON, told apart by content) with the standard mapping for {@code region}. */
  public static PriceCatalog read(String region, Path... files) {
    Builder builder = builder().region(region);
    for (Path file : files) {
      builder.addFile(file);
    }
    return builder.build();
  }

  /** Collects offer files, then {@link #build()}s a catalog. Not thread-safe; the catalog it builds is. */
  public static final class Builder {
    private String region;
    private String name;
    private OfferMapping mapping = OfferMapping.standard();
    private final List<Source> sources = new ArrayList<>();

    private Builder() {}

    /** The region to keep, such as {@code us-east-1} (the files' {@code regionCode}); required. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip();
      return this;
    }

    /** The catalog's name; {@code aws/<region>} by default. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Which products become which prices; {@link OfferMapping#standard()} by default. */
    public Builder mapping(OfferMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /** Adds an offer file, CSV or JSON (UTF-8). */
    public Builder addFile(Path file) {
      Objects.requireNonNull(file, "file");
      sources.add(new Source(file.toString(), () -> Files.newBufferedReader(file, StandardCharsets.UTF_8)));
      return this;
    }

    /** Adds an offer read from {@code reader}, which {@link #build()} reads once and closes. */
    public Builder add(Reader reader, String fileName) {
      Objects.requireNonNull(reader, "reader");
      sources.add(new Source(fileName, () -> reader));
      return this;
    }

    /**
     * Reads every file and returns the catalog of the region's prices.
     *
     * @throws CatalogFormatException with file, line and column if a file is malformed, a unit does not fit its
     *     price, or two SKUs map to one key with no rule to choose between them
     * @throws IllegalArgumentException if the region is missing, absent from a file, or nothing was mapped
     */
    public PriceCatalog build() {
      return load().catalog();
    }

    /**
     * Reads every file and returns the catalog with a count of what was skipped; see {@link Load}.
     *
     * @throws CatalogFormatException as {@link #build()}
     * @throws IllegalArgumentException as {@link #build()}
     */
    public Load load() {
      if (region == null || region.isEmpty()) {
        throw new IllegalArgumentException("AwsPriceList.region must be set, such as region(\"us-east-1\")");
      }
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("AwsPriceList files must hold at least one file; add one with addFile(path)");
      }
      AwsPriceList loader = new AwsPriceList(region, mapping);
      for (Source source : sources) {
        try (Reader reader = new BufferedReader(source.open.open(), 1 << 16)) {
          loader.readOffer(reader, source.name);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read price-list file " + source.name, e);
        }
      }
      PriceCatalog catalog = loader.catalog(name == null ? "aws/" + region : name);
      return new Load(catalog, loader.skipped);
    }
  }

  /**
   * What loading offer files gave: the catalog, and how many products of the region were skipped, per
   * usage-type family (offer code, a slash, and the usage type without its region prefix up to the first
   * colon, such as {@code AmazonSageMaker/Studio} or {@code AmazonS3/TimedStorage-INT-FA-ByteHrs}). A product
   * is skipped when the mapping gives it no target, when it has no OnDemand price, or when another SKU of the
   * same key won (see the class comment). Immutable and thread-safe.
   *
   * <pre>{@code
   * AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
   *     .addFile(Path.of("AmazonSageMaker.csv")).load();
   * load.skipped().getOrDefault("AmazonSageMaker/Studio", 0L);   // SKUs of Studio, which nothing prices
   * }</pre>
   */
  public static final class Load {
    private final PriceCatalog catalog;
    private final Map<String, Long> skipped;

    private Load(PriceCatalog catalog, Map<String, Long> skipped) {
      this.catalog = catalog;
      this.skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** The catalog of the region's prices, as {@link Builder#build()} returns it; never null. */
    public PriceCatalog catalog() {
      return catalog;
    }

    /** Skipped products per usage-type family, sorted by family; unmodifiable, empty if nothing was skipped. */
    public Map<String, Long> skipped() {
      return skipped;
    }

    /** The number of skipped products, over all families. */
    public long skippedCount() {
      return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code aws/us-east-1: 9 prices; skipped AmazonSageMaker/Studio=1}. */
    @Override
    public String toString() {
      return catalog.name() + ": " + catalog.prices().size() + " prices; skipped "
          + (skipped.isEmpty() ? "nothing" : skipped.toString().substring(1, skipped.toString().length() - 1));
    }
  }

  private void readOffer(Reader reader, String fileName) throws IOException {
    reader.mark(1 << 12);
    int c;
    do {
      c = reader.read();
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF');
    reader.reset();
    if (c == '{') {
      new JsonOffer(this, new JsonReader(reader, fileName), fileName).read();
    } else {
      new CsvOffer(this, new CsvReader(reader, fileName), fileName).read();
    }
  }

  /** One SKU of the region that the mapping kept, and its OnDemand price dimensions (tiers). */
  static final class Candidate {
    final String sku;
    final OfferMapping.Target target;
    final String offer;
    final String family;
    final String operation;
    final String asOf;
    final String fileName;
    final long line;
    final long column;
    final List<Dimension> dimensions = new ArrayList<>();

    Candidate(String sku, OfferMapping.Target target, Offer offer, Map<String, String> attributes, String asOf,
        String fileName, long line, long column) {
      this.sku = sku;
      this.target = target;
      this.offer = offer.label();
      this.family = family(offer.code, attributes);
      this.operation = attributes.getOrDefault("operation", "");
      this.asOf = asOf;
      this.fileName = fileName;
      this.line = line;
      this.column = column;
    }

    /** {@code AmazonSageMaker.csv:12} or {@code AmazonS3.json:40:5}. */
    String position() {
      return fileName + ":" + line + (column > 0 ? ":" + column : "");
    }

    /**
     * Checks a price dimension's unit against the target's.
     *
     * @throws CatalogFormatException at {@code site} if the target does not accept {@code offerUnit}
     */
    void checkUnit(String offerUnit, Site site) {
      if (!target.accepts(offerUnit)) {
        throw site.fault("unit of SKU " + sku + " must be " + String.join(" or ", target.offerUnits()) + " to price "
            + target.key() + " per " + target.unit().label() + ", but was '" + offerUnit.strip()
            + "'; fix the file, or map this usage type with OfferMapping.Target.of(key, unit, factor, offerUnits)"
            + " if its unit is right");
      }
    }
  }

  /** One price dimension: a rate for a range of the offer's unit. */
  static final class Dimension {
    final BigDecimal start;
    final @javax.annotation.Nullable BigDecimal end;
    final BigDecimal price;
    final Currency currency;
    final String rateCode;
    final String description;
    final long line;

    Dimension(BigDecimal start, @javax.annotation.Nullable BigDecimal end, BigDecimal price, Currency currency,
        String rateCode, String description, long line) {
      this.start = start;
      this.end = end;
      this.price = price;
      this.currency = currency;
      this.rateCode = rateCode;
      this.description = description;
      this.line = line;
    }
  }

  /** Offer metadata: code, version, publication date. */
  static final class Offer {
    String code = "";
    String version = "";
    String published = "";

    /** {@code AmazonSageMaker offer version 20260508220240}. */
    String label() {
      return code + " offer" + (version.isEmpty() ? "" : " version " + version);
    }

    /** The publication date as {@code yyyy-MM-dd}, or else the version's date ({@code 20260116…}). */
    String asOf(String fileName) {
      if (published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return published.substring(0, 10);
      }
      if (version.matches("\\d{8}.*")) {
        return version.substring(0, 4) + "-" + version.substring(4, 6) + "-" + version.substring(6, 8);
      }
      throw new CatalogFormatException(fileName, 0, 0,
          "no publication date or version: an offer file must say when it was published");
    }
  }

  Optional<OfferMapping.Target> map(String offerCode, Map<String, String> attributes) {
    return mapping.map(offerCode, attributes);
  }

  String region() {
    return region;
  }

  void add(Candidate candidate) {
    candidates.computeIfAbsent(candidate.target.key(), k -> new ArrayList<>()).add(candidate);
  }

  /** Counts a product of the region that will not become a price. */
  void skip(String family) {
    skipped.merge(family, 1L, Long::sum);
  }

  /** The usage-type family of a product: {@code AmazonSageMaker/Studio} for {@code USE1-Studio:JupyterLab-…}. */
  static String family(String offerCode, Map<String, String> attributes) {
    String usage = StandardOfferMapping.usageType(attributes);
    int colon = usage.indexOf(':');
    String family = colon < 0 ? usage : usage.substring(0, colon);
    return offerCode + "/" + (family.isEmpty() ? "(no usage type)" : family);
  }

  Currency currency(String code, Site site) {
    Currency parsed;
    try {
      parsed = Money.of(BigDecimal.ZERO, code.strip()).currency();
    } catch (IllegalArgumentException e) {
      throw site.fault(e.getMessage());
    }
    if (currency == null) {
      currency = parsed;
    } else if (!currency.equals(parsed)) {
      throw site.fault("currency " + parsed + " differs from " + currency
          + " of the prices read before: one catalog holds one currency");
    }
    return parsed;
  }

  /** Where in a file a value was read, to fault it there. */
  @FunctionalInterface
  interface Site {
    CatalogFormatException fault(String problem);
  }

  static BigDecimal decimal(String text, String column, Site site) {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.signum() < 0) {
        throw site.fault(column + " must be >= 0, but was " + text.strip());
      }
      return value;
    } catch (NumberFormatException e) {
      throw site.fault(column + " must be a decimal number, but was '" + text + "'");
    }
  }

  static String normalize(String attribute) {
    StringBuilder key = new StringBuilder(attribute.length());
    for (int i = 0; i < attribute.length(); i++) {
      char ch = attribute.charAt(i);
      if (ch != ' ' && ch != '_' && ch != '-') {
        key.append(Character.toLowerCase(ch));
      }
    }
    return key.toString();
  }

  static CatalogFormatException regionMissing(String fileName, String region, String offer, java.util.Set<String> seen) {
    return new CatalogFormatException(fileName, 0, 0, "no " + (offer.isEmpty() ? "" : offer + " ")
        + "prices for region '" + region + "'; regions in the file: " + String.join(", ", new TreeSet<>(seen))
        + Suggestions.didYouMean(region, seen));
  }

  private PriceCatalog catalog(String name) {
    List<Price> prices = new ArrayList<>();
    for (Map.Entry<PriceKey, List<Candidate>> entry : new TreeMap<>(candidates).entrySet()) {
      List<Candidate> priced = new ArrayList<>();
      for (Candidate candidate : entry.getValue()) {
        if (candidate.dimensions.isEmpty()) {
          skip(candidate.family); // Reserved terms only
        } else {
          priced.add(candidate);
        }
      }
      if (priced.isEmpty()) {
        continue;
      }
      Candidate chosen = choose(entry.getKey(), priced);
      for (Candidate other : priced) {
        if (other != chosen) {
          skip(other.family);
        }
      }
      prices.add(price(chosen, priced.size() - 1));
    }
    if (prices.isEmpty()) {
      throw new IllegalArgumentException("no product of region " + region
          + " in the price-list files matches the mapping: nothing to load");
    }
    return PriceCatalog.of(name, prices);
  }

  /** The one SKU of several that prices {@code key}: the single {@link #ON_DEMAND_OPERATION} one, or a fault. */
  private static Candidate choose(PriceKey key, List<Candidate> priced) {
    if (priced.size() == 1) {
      return priced.get(0);
    }
    List<Candidate> onDemand = new ArrayList<>();
    for (Candidate candidate : priced) {
      if (candidate.operation.equals(ON_DEMAND_OPERATION)) {
        onDemand.add(candidate);
      }
    }
    if (onDemand.size() == 1) {
      return onDemand.get(0);
    }
    List<Candidate> tied = onDemand.isEmpty() ? priced : onDemand;
    Candidate first = tied.get(0);
    Candidate second = tied.get(1);
    throw new CatalogFormatException(second.fileName, second.line, second.column, tied.size() + " SKUs map to "
        + key + ": " + describe(first) + " and " + describe(second)
        + (tied.size() > 2 ? " and " + (tied.size() - 2) + " more" : "") + "; "
        + (onDemand.isEmpty() ? "none has" : "more than one has") + " operation " + ON_DEMAND_OPERATION
        + ", so no rule chooses one: make the OfferMapping return empty for all but one of them");
  }

  private static String describe(Candidate c) {
    return c.sku + " (" + c.position() + ", operation '" + c.operation + "')";
  }

  private static Price price(Candidate c, int others) {
    List<Dimension> dims = new ArrayList<>(c.dimensions);
    dims.sort(Comparator.comparing((Dimension d) -> d.start).thenComparing(d -> d.rateCode));
    BigDecimal factor = c.target.offerUnitsPerUnit();
    Dimension first = dims.get(0);
    PriceSource source = PriceSource.of("AWS Price List " + c.offer + ", SKU " + c.sku + " rate " + first.rateCode
        + (first.description.isEmpty() ? "" : ": " + first.description)
        + (others > 0 ? " (operation " + ON_DEMAND_OPERATION + ", chosen over " + others + " other SKU"
            + (others == 1 ? "" : "s") + " of this key)" : ""),
        c.asOf, PriceStatus.OFFICIAL);
    try {
      if (dims.size() == 1 && first.start.signum() == 0 && first.end == null) {
        return Price.flat(c.target.key(), rate(first, c, factor), source);
      }
      List<PriceTier> tiers = new ArrayList<>();
      for (Dimension d : dims) {
        BigDecimal start = d.start.divide(factor, Maths.CONTEXT);
        tiers.add(d.end == null ? PriceTier.from(start, rate(d, c, factor))
            : PriceTier.of(start, d.end.divide(factor, Maths.CONTEXT), rate(d, c, factor)));
      }
      return Price.tiered(c.target.key(), tiers, source);
    } catch (IllegalArgumentException e) {
      throw new CatalogFormatException(c.fileName, first.line, 0, "SKU " + c.sku + ": " + e.getMessage());
    }
  }

  private static UnitPrice rate(Dimension d, Candidate c, BigDecimal factor) {
    return UnitPrice.of(Money.of(d.price.multiply(factor), d.currency), c.target.unit());
  }

  /** Opens a source; may throw {@link IOException}. */
  @FunctionalInterface
  private interface Opener {
    Reader open() throws IOException;
  }

  private static final class Source {
    final String name;
    final Opener open;

    Source(String name, Opener open) {
      this.name = name;
      this.open = open;
    }
  }

}
