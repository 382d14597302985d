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
 * file of hundreds of MB loads in constant memory. Only OnDemand terms are read. Each price's source names
 * the offer, its version, the SKU and the rate, as of the file's publication date, with status
 * {@link PriceStatus#OFFICIAL}. A malformed file fails with its name, line and column, and nothing is
 * returned.
 *
 * <pre>{@code
 * PriceCatalog prices = AwsPriceList.builder()
 *     .region("us-east-1")
 *     .addFile(Path.of("AmazonSageMaker.csv"))
 *     .addFile(Path.of("AmazonS3.json"))
 *     .build();
 * }</pre>
 */
public final class AwsPriceList {
  private final String region;
  private final OfferMapping mapping;
  private final Map<PriceKey, List<Candidate>> candidates = new HashMap<>();
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
     * @throws CatalogFormatException with file, line and column if a file is malformed
     * @throws IllegalArgumentException if the region is missing, absent from a file, or nothing was mapped
     */
    public PriceCatalog build() {
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
      return loader.catalog(name == null ? "aws/" + region : name);
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

  /** One SKU of the region that the mapping kept, and its price dimensions (tiers). */
  static final class Candidate {
    final String sku;
    final OfferMapping.Target target;
    final String offer;
    final String asOf;
    final String fileName;
    final long line;
    final List<Dimension> dimensions = new ArrayList<>();

    Candidate(String sku, OfferMapping.Target target, String offer, String asOf, String fileName, long line) {
      this.sku = sku;
      this.target = target;
      this.offer = offer;
      this.asOf = asOf;
      this.fileName = fileName;
      this.line = line;
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
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no product of region " + region
          + " in the price-list files matches the mapping: nothing to load");
    }
    List<Price> prices = new ArrayList<>();
    for (Map.Entry<PriceKey, List<Candidate>> entry : new TreeMap<>(candidates).entrySet()) {
      List<Candidate> forKey = new ArrayList<>(entry.getValue());
      forKey.sort(Comparator.comparing((Candidate c) -> c.sku));
      Candidate chosen = forKey.get(0);
      long others = forKey.stream().map(c -> c.sku).distinct().count() - 1;
      prices.add(price(chosen, others));
    }
    return PriceCatalog.of(name, prices);
  }

  private static Price price(Candidate c, long others) {
    if (c.dimensions.isEmpty()) {
      throw new CatalogFormatException(c.fileName, c.line, 0,
          "SKU " + c.sku + " (" + c.target.key() + ") has a product but no OnDemand price");
    }
    List<Dimension> dims = new ArrayList<>(c.dimensions);
    dims.sort(Comparator.comparing((Dimension d) -> d.start).thenComparing(d -> d.rateCode));
    BigDecimal factor = c.target.offerUnitsPerUnit();
    Dimension first = dims.get(0);
    PriceSource source = PriceSource.of("AWS Price List " + c.offer + ", SKU " + c.sku + " rate " + first.rateCode
        + (first.description.isEmpty() ? "" : ": " + first.description)
        + (others > 0 ? " (" + others + " other SKUs map to this key; the lowest SKU is kept)" : ""),
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
