package dev.costmodel.core;

import dev.costmodel.api.Money;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceSource;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceTier;
import dev.costmodel.api.price.PriceUnit;
import dev.costmodel.api.price.UnitPrice;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The costmodel price file: CSV with comment lines, one row per price (or per tier of a tiered price).
 *
 * <pre>
 * # catalog: aws/us-east-1
 * service,usage,resource,unit,tier_start,tier_end,price,currency,source,as_of,status
 * SageMaker,Training,ml.m5.xlarge,instance-hour,,,0.23,USD,"seed report section 5-1",2026,secondary
 * S3,Storage,Standard,GiB-month,0,51200,0.023,USD,"…",2024-07-01,secondary
 * S3,Storage,Standard,GiB-month,51200,,0.022,USD,"…",2026,inferred
 * </pre>
 *
 * <p>Lines starting with {@code #} are comments; {@code # catalog: NAME} names the catalog. Rows of one key
 * are the tiers of one price, in order. Every row needs a unit, a non-negative price, a known currency, a
 * source, an as-of date ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}) and a status
 * ({@code official}, {@code secondary} or {@code inferred}).
 */
final class CatalogFile {
  static final List<String> COLUMNS = List.of("service", "usage", "resource", "unit", "tier_start", "tier_end",
      "price", "currency", "source", "as_of", "status");

  private CatalogFile() {}

  /** Reads a whole file; throws {@link CatalogFormatException} with file, line and column on any fault. */
  static PriceCatalog read(Reader reader, String fileName, @Nullable String defaultName) {
    CsvReader csv = new CsvReader(reader, fileName, true);
    String name = defaultName;
    List<String> row;
    Map<PriceKey, List<Row>> rows = new LinkedHashMap<>();
    boolean header = false;
    while ((row = csv.next()) != null) {
      if (row.isEmpty() || (row.size() == 1 && row.get(0).isBlank())) {
        continue;
      }
      String first = row.get(0).strip();
      if (first.startsWith("#") && !csv.firstFieldQuoted()) {
        String comment = first.substring(1).strip();
        if (comment.toLowerCase(Locale.ROOT).startsWith("catalog:")) {
          name = comment.substring("catalog:".length()).strip();
        }
        continue;
      }
      if (!header) {
        checkHeader(csv, row);
        header = true;
        continue;
      }
      Row parsed = parseRow(csv, row);
      rows.computeIfAbsent(parsed.key, k -> new ArrayList<>()).add(parsed);
    }
    if (!header) {
      throw new CatalogFormatException(fileName, csv.recordLine(), 0,
          "no header row: the first line that is not a comment must be " + String.join(",", COLUMNS));
    }
    if (rows.isEmpty()) {
      throw new CatalogFormatException(fileName, csv.recordLine(), 0, "no prices: the file has a header only");
    }
    if (name == null) {
      throw new CatalogFormatException(fileName, 1, 0,
          "no catalog name: add a comment line '# catalog: provider/region' or pass a name");
    }
    List<Price> prices = new ArrayList<>();
    Currency currency = null;
    for (Map.Entry<PriceKey, List<Row>> entry : rows.entrySet()) {
      Price price = toPrice(fileName, entry.getKey(), entry.getValue());
      if (currency == null) {
        currency = price.currency();
      } else if (!currency.equals(price.currency())) {
        throw new CatalogFormatException(fileName, entry.getValue().get(0).line, 0,
            "currency " + price.currency() + " of " + price.key() + " differs from " + currency
                + " of the rows above: one catalog holds one currency");
      }
      prices.add(price);
    }
    return PriceCatalog.of(name, prices);
  }

  /** Writes a catalog in this format; reading the text back gives an equal catalog. */
  static void write(PriceCatalog catalog, Writer out) {
    try {
      out.write("# costmodel price catalog\n# catalog: " + catalog.name() + "\n# currency: "
          + catalog.currency().getCurrencyCode() + "\n");
      out.write(String.join(",", COLUMNS) + "\n");
      for (Price price : catalog.prices()) {
        for (PriceTier tier : price.tiers()) {
          PriceSource source = tier.source().orElse(price.source());
          boolean flat = !price.isTiered();
          out.write(String.join(",",
              quote(price.key().service()), quote(price.key().usage()), quote(price.key().resource()),
              quote(price.unit().label()),
              flat ? "" : tier.start().toPlainString(),
              flat ? "" : tier.end().map(BigDecimal::toPlainString).orElse(""),
              tier.rate().price().amount().toPlainString(),
              tier.rate().price().currency().getCurrencyCode(),
              quote(source.description()), source.asOf(), source.status().name().toLowerCase(Locale.ROOT)));
          out.write("\n");
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write catalog " + catalog.name(), e);
    }
  }

  private static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('#') != 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static void checkHeader(CsvReader csv, List<String> row) {
    List<String> names = new ArrayList<>();
    for (String cell : row) {
      names.add(cell.strip().toLowerCase(Locale.ROOT));
    }
    if (!names.equals(COLUMNS)) {
      throw new CatalogFormatException(csv.fileName(), csv.recordLine(), 1,
          "header must be " + String.join(",", COLUMNS) + ", but was " + String.join(",", row));
    }
  }

  private static Row parseRow(CsvReader csv, List<String> row) {
    if (row.size() != COLUMNS.size()) {
      throw new CatalogFormatException(csv.fileName(), csv.recordLine(), 0,
          "expected " + COLUMNS.size() + " fields (" + String.join(",", COLUMNS) + "), but found " + row.size());
    }
    Row parsed = new Row();
    parsed.line = csv.recordLine();
    try {
      parsed.key = PriceKey.of(row.get(0), row.get(1), row.get(2));
    } catch (IllegalArgumentException e) {
      throw fault(csv, row.get(0).isBlank() ? 0 : 1, e.getMessage());
    }
    parsed.unit = field(csv, 3, () -> PriceUnit.fromLabel(row.get(3)));
    parsed.start = row.get(4).isBlank() ? null : number(csv, row, 4, "tier_start");
    parsed.end = row.get(5).isBlank() ? null : number(csv, row, 5, "tier_end");
    BigDecimal amount = number(csv, row, 6, "price");
    if (amount.signum() < 0) {
      throw fault(csv, 6, "price must be >= 0, but was " + row.get(6).strip());
    }
    Currency currency = field(csv, 7, () -> Money.of(BigDecimal.ZERO, row.get(7).strip()).currency());
    parsed.rate = UnitPrice.of(Money.of(amount, currency), parsed.unit);
    PriceStatus status = field(csv, 10, () -> status(row.get(10)));
    if (row.get(8).isBlank()) {
      throw fault(csv, 8, "source must name where the price was read, but was blank");
    }
    parsed.source = field(csv, 9, () -> PriceSource.of(row.get(8), row.get(9).strip(), status));
    return parsed;
  }

  private static PriceStatus status(String text) {
    try {
      return PriceStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "status must be official, secondary or inferred, but was '" + text.strip() + "'", e);
    }
  }

  private static BigDecimal number(CsvReader csv, List<String> row, int index, String column) {
    try {
      return new BigDecimal(row.get(index).strip());
    } catch (NumberFormatException e) {
      throw fault(csv, index, column + " must be a decimal number, but was '" + row.get(index) + "'");
    }
  }

  private static <T> T field(CsvReader csv, int index, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw fault(csv, index, e.getMessage());
    }
  }

  private static CatalogFormatException fault(CsvReader csv, int index, String problem) {
    return new CatalogFormatException(csv.fileName(), csv.recordLine(), csv.column(index), problem);
  }

  private static Price toPrice(String fileName, PriceKey key, List<Row> rows) {
    Row first = rows.get(0);
    try {
      if (rows.size() == 1 && first.start == null && first.end == null) {
        return Price.flat(key, first.rate, first.source);
      }
      List<PriceTier> tiers = new ArrayList<>();
      for (Row row : rows) {
        if (row.start == null) {
          throw new CatalogFormatException(fileName, row.line, 0,
              "tier_start of " + key + " must be set: it has " + rows.size() + " rows, so each is a tier");
        }
        PriceTier tier = row.end == null ? PriceTier.from(row.start, row.rate)
            : PriceTier.of(row.start, row.end, row.rate);
        tiers.add(row.source.equals(first.source) ? tier : tier.withSource(row.source));
      }
      return Price.tiered(key, tiers, first.source);
    } catch (CatalogFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CatalogFormatException(fileName, first.line, 0, e.getMessage());
    }
  }

  private static final class Row {
    long line;
    PriceKey key;
    PriceUnit unit;
    @Nullable BigDecimal start;
    @Nullable BigDecimal end;
    UnitPrice rate;
    PriceSource source;
  }
}
