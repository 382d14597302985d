package dev.costmodel.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One AWS Price List offer file in CSV: metadata rows ({@code "OfferCode","AmazonSageMaker"}…), a header
 * row starting with {@code "SKU"}, then one row per price dimension and term. Streams row by row; keeps the
 * SKUs of the region the mapping maps, and the ids of those it skips (to count each once).
 */
final class CsvOffer {
  private final AwsPriceList loader;
  private final CsvReader csv;
  private final String fileName;
  private final AwsPriceList.Offer offer = new AwsPriceList.Offer();
  private final Map<String, AwsPriceList.Candidate> kept = new HashMap<>();
  private final Set<String> skipped = new HashSet<>();
  private final Set<String> regions = new HashSet<>();

  CsvOffer(AwsPriceList loader, CsvReader csv, String fileName) {
    this.loader = loader;
    this.csv = csv;
    this.fileName = fileName;
  }

  void read() {
    List<String> row;
    List<String> header = null;
    while ((row = csv.next()) != null) {
      if (row.isEmpty()) {
        continue;
      }
      if (row.get(0).equals("SKU")) {
        header = row;
        break;
      }
      if (row.size() >= 2) {
        switch (row.get(0)) {
          case "OfferCode":
            offer.code = row.get(1);
            break;
          case "Version":
            offer.version = row.get(1);
            break;
          case "Publication Date":
            offer.published = row.get(1);
            break;
          default:
            break;
        }
      }
    }
    if (header == null) {
      throw new CatalogFormatException(fileName, csv.recordLine(), 0,
          "no header row: an AWS offer CSV has 5 metadata rows, then a header starting with \"SKU\"");
    }
    if (offer.code.isEmpty()) {
      throw new CatalogFormatException(fileName, 1, 0, "no \"OfferCode\" metadata row before the header");
    }
    String asOf = offer.asOf(fileName);
    long headerLine = csv.recordLine();
    int sku = column(header, "SKU", headerLine);
    int termType = column(header, "TermType", headerLine);
    int unit = column(header, "Unit", headerLine);
    int price = column(header, "PricePerUnit", headerLine);
    int currency = column(header, "Currency", headerLine);
    int start = column(header, "StartingRange", headerLine);
    int end = column(header, "EndingRange", headerLine);
    int region = column(header, "Region Code", headerLine);
    int rateCode = header.indexOf("RateCode");
    int description = header.indexOf("PriceDescription");
    List<String> names = new ArrayList<>(header.size());
    for (String name : header) {
      names.add(AwsPriceList.normalize(name));
    }
    String wanted = loader.region();
    while ((row = csv.next()) != null) {
      if (row.isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new CatalogFormatException(fileName, csv.recordLine(), 0,
            "expected " + header.size() + " fields like the header, but found " + row.size());
      }
      String rowRegion = row.get(region);
      regions.add(rowRegion);
      if (!rowRegion.equals(wanted)) {
        continue;
      }
      String id = row.get(sku);
      AwsPriceList.Candidate candidate = kept.get(id);
      if (candidate == null) {
        if (skipped.contains(id)) {
          continue;
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
          if (!row.get(i).isEmpty()) {
            attributes.put(names.get(i), row.get(i));
          }
        }
        attributes.put("unit", row.get(unit));
        Optional<OfferMapping.Target> target = loader.map(offer.code, attributes);
        if (target.isEmpty()) {
          skipped.add(id);
          loader.skip(AwsPriceList.family(offer.code, attributes));
          continue;
        }
        candidate = new AwsPriceList.Candidate(id, target.get(), offer, attributes, asOf, fileName,
            csv.recordLine(), 0);
        kept.put(id, candidate);
        loader.add(candidate);
      }
      if (!row.get(termType).equals("OnDemand")) {
        continue; // Reserved and other terms are not prices; a SKU with no OnDemand row is skipped in the end
      }
      long line = csv.recordLine();
      AwsPriceList.Site at = problem -> new CatalogFormatException(fileName, line, 0, problem);
      AwsPriceList.Site priceAt = problem -> new CatalogFormatException(fileName, line, csv.column(price), problem);
      candidate.checkUnit(row.get(unit),
          problem -> new CatalogFormatException(fileName, line, csv.column(unit), problem));
      String endText = row.get(end).strip();
      candidate.dimensions.add(new AwsPriceList.Dimension(
          AwsPriceList.decimal(row.get(start).isBlank() ? "0" : row.get(start), "StartingRange", at),
          endText.isEmpty() || endText.equals("Inf") ? null : AwsPriceList.decimal(endText, "EndingRange", at),
          AwsPriceList.decimal(row.get(price), "PricePerUnit", priceAt),
          loader.currency(row.get(currency),
              problem -> new CatalogFormatException(fileName, line, csv.column(currency), problem)),
          rateCode >= 0 ? row.get(rateCode) : "", description >= 0 ? row.get(description) : "", line));
    }
    if (!regions.contains(wanted)) {
      throw AwsPriceList.regionMissing(fileName, wanted, offer.code, regions);
    }
  }

  private int column(List<String> header, String name, long line) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new CatalogFormatException(fileName, line, 0, "header has no \"" + name + "\" column");
    }
    return index;
  }
}
