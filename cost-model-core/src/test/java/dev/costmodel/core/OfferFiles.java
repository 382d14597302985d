package dev.costmodel.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes AWS Price List offer files, CSV and JSON, in AWS's layout, from rows a test chooses. */
final class OfferFiles {
  /** One price dimension of one SKU, of its product's operation and of one term (OnDemand or Reserved). */
  record Row(String sku, String region, String usageType, String unit, String start, String end, String price,
      String operation, String termType) {
    /** An OnDemand row of operation {@code RunInstance}. */
    Row(String sku, String region, String usageType, String unit, String start, String end, String price) {
      this(sku, region, usageType, unit, start, end, price, "RunInstance", "OnDemand");
    }

    /** This row with another operation. */
    Row withOperation(String operation) {
      return new Row(sku, region, usageType, unit, start, end, price, operation, termType);
    }

    /** This row as a Reserved term's price dimension. */
    Row reserved() {
      return new Row(sku, region, usageType, unit, start, end, price, operation, "Reserved");
    }

    /** AWS's term code: JRTCKXETXF for OnDemand, a Reserved one otherwise. */
    String termCode() {
      return termType.equals("OnDemand") ? "JRTCKXETXF" : "4NA7Y494T4";
    }

    /** A rate code that belongs to the SKU, term and tier, as AWS's do, not to the row's position. */
    String rateCode() {
      return sku + "." + termCode() + ".R" + start;
    }
  }

  static final String HEADER = "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\","
      + "\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\","
      + "\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"usageType\",\"operation\","
      + "\"Region Code\",\"serviceName\"";

  private OfferFiles() {}

  static String csv(String offerCode, List<Row> rows) {
    StringBuilder csv = new StringBuilder()
        .append("\"FormatVersion\",\"v1.0\"\n")
        .append("\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n")
        .append("\"Publication Date\",\"2026-05-08T22:02:40Z\"\n")
        .append("\"Version\",\"20260508220240\"\n")
        .append("\"OfferCode\",\"").append(offerCode).append("\"\n")
        .append(HEADER).append('\n');
    for (Row row : rows) {
      csv.append(String.join(",", quote(row.sku()), quote(row.termCode()), quote(row.rateCode()),
          quote(row.termType()), quote("$" + row.price() + " per " + row.usageType()), quote("2026-05-01"),
          quote(row.start()), quote(row.end()), quote(row.unit()), quote(row.price()), quote("USD"),
          quote("ML Instance"), quote(offerCode), quote("Somewhere"), quote("AWS Region"), quote(row.usageType()),
          quote(row.operation()), quote(row.region()), quote(offerCode))).append('\n');
    }
    return csv.toString();
  }

  static String json(String offerCode, List<Row> rows) {
    Map<String, List<Row>> bySku = new LinkedHashMap<>();
    for (Row row : rows) {
      bySku.computeIfAbsent(row.sku(), k -> new ArrayList<>()).add(row);
    }
    StringBuilder json = new StringBuilder("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"x\",\n")
        .append("  \"offerCode\" : \"").append(offerCode).append("\",\n")
        .append("  \"version\" : \"20260508220240\",\n  \"publicationDate\" : \"2026-05-08T22:02:40Z\",\n")
        .append("  \"products\" : {\n");
    String separator = "";
    for (Map.Entry<String, List<Row>> e : bySku.entrySet()) {
      Row row = e.getValue().get(0);
      json.append(separator).append("    \"").append(e.getKey()).append("\" : {\n")
          .append("      \"sku\" : \"").append(e.getKey()).append("\",\n")
          .append("      \"productFamily\" : \"ML Instance\",\n")
          .append("      \"attributes\" : {\n")
          .append("        \"servicecode\" : \"").append(offerCode).append("\",\n")
          .append("        \"regionCode\" : \"").append(row.region()).append("\",\n")
          .append("        \"usagetype\" : \"").append(row.usageType()).append("\",\n")
          .append("        \"operation\" : \"").append(row.operation()).append("\"\n")
          .append("      }\n    }");
      separator = ",\n";
    }
    json.append("\n  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
    terms(json, rows, "OnDemand");
    json.append("\n    },\n    \"Reserved\" : {\n");
    terms(json, rows, "Reserved");
    json.append(rows.stream().anyMatch(r -> r.termType().equals("Reserved")) ? ",\n" : "")
        .append("      \"IGNORED\" : { \"x\" : [1, 2.5, true, null] }\n    }\n  }\n}\n");
    return json.toString();
  }

  private static void terms(StringBuilder json, List<Row> rows, String termType) {
    Map<String, List<Row>> bySku = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.termType().equals(termType)) {
        bySku.computeIfAbsent(row.sku(), k -> new ArrayList<>()).add(row);
      }
    }
    String separator = "";
    for (Map.Entry<String, List<Row>> e : bySku.entrySet()) {
      String code = e.getValue().get(0).termCode();
      String term = e.getKey() + "." + code;
      json.append(separator).append("      \"").append(e.getKey()).append("\" : {\n        \"").append(term)
          .append("\" : {\n          \"offerTermCode\" : \"").append(code).append("\",\n          \"sku\" : \"")
          .append(e.getKey()).append("\",\n          \"effectiveDate\" : \"2026-05-01T00:00:00Z\",\n")
          .append("          \"priceDimensions\" : {\n");
      String dimSeparator = "";
      for (Row row : e.getValue()) {
        json.append(dimSeparator).append("            \"").append(row.rateCode()).append("\" : {\n")
            .append("              \"rateCode\" : \"").append(row.rateCode()).append("\",\n")
            .append("              \"description\" : \"$").append(row.price()).append(" per ")
            .append(row.usageType()).append("\",\n")
            .append("              \"beginRange\" : \"").append(row.start()).append("\",\n")
            .append("              \"endRange\" : \"").append(row.end()).append("\",\n")
            .append("              \"unit\" : \"").append(row.unit()).append("\",\n")
            .append("              \"pricePerUnit\" : { \"USD\" : \"").append(row.price()).append("\" },\n")
            .append("              \"appliesTo\" : [ ]\n            }");
        dimSeparator = ",\n";
      }
      json.append("\n          },\n          \"termAttributes\" : { }\n        }\n      }");
      separator = ",\n";
    }
  }

  /** The seed report's prices as AmazonSageMaker rows of us-east-1, and a few of another region. */
  static List<Row> seedSageMaker() {
    return List.of(
        new Row("TRAINM5XL", "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2300000000"),
        new Row("PROCM5XL", "us-east-1", "USE1-Processing:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2300000000"),
        new Row("HOSTC5XL", "us-east-1", "USE1-Host:ml.c5.xlarge", "Hrs", "0", "Inf", "0.2040000000"),
        new Row("TSFORMC5XL", "us-east-1", "USE1-Tsform:ml.c5.xlarge", "Hrs", "0", "Inf", "0.2040000000"),
        new Row("SRV2GB", "us-east-1", "USE1-ServerlessInf:Mem-2GB", "Second", "0", "Inf", "0.0000400000"),
        new Row("PC2GB", "us-east-1", "USE1-ServerlessInf:ProvisionedConcurrency:Usage-2GB", "Second", "0", "Inf",
            "0.0000100000"),
        new Row("DATAIN", "us-east-1", "USE1-Data-Bytes-In", "GB", "0", "Inf", "0.0160000000"),
        new Row("DATAOUT", "us-east-1", "USE1-Data-Bytes-Out", "GB", "0", "Inf", "0.0160000000"),
        new Row("VOLGP2", "us-east-1", "USE1-Host:VolumeUsage.gp2", "GB-Mo", "0", "Inf", "0.1400000000"),
        new Row("STUDIO", "us-east-1", "USE1-Studio:JupyterLab-ml.t3.medium", "Hrs", "0", "Inf", "0.0500000000"),
        new Row("EUTRAIN", "eu-west-1", "EU-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2570000000"),
        new Row("EUHOST", "eu-west-1", "EU-Host:ml.c5.xlarge", "Hrs", "0", "Inf", "0.2280000000"));
  }

  /** S3 Standard storage in us-east-1 with its three tiers, and request prices per request. */
  static List<Row> seedS3() {
    return List.of(
        new Row("S3STD", "us-east-1", "TimedStorage-ByteHrs", "GB-Mo", "0", "51200", "0.0230000000"),
        new Row("S3STD", "us-east-1", "TimedStorage-ByteHrs", "GB-Mo", "51200", "512000", "0.0220000000"),
        new Row("S3STD", "us-east-1", "TimedStorage-ByteHrs", "GB-Mo", "512000", "Inf", "0.0210000000"),
        new Row("S3PUT", "us-east-1", "Requests-Tier1", "Requests", "0", "Inf", "0.0000050000"),
        new Row("S3GET", "us-east-1", "Requests-Tier2", "Requests", "0", "Inf", "0.0000004000"),
        new Row("EUS3", "eu-west-1", "EU-TimedStorage-ByteHrs", "GB-Mo", "0", "Inf", "0.0230000000"));
  }

  /** Lambda requests and tiered x86 duration in us-east-1. */
  static List<Row> lambda() {
    return List.of(
        new Row("LREQ", "us-east-1", "Request", "Requests", "0", "Inf", "0.0000002000"),
        new Row("LGBS", "us-east-1", "Lambda-GB-Second", "Lambda-GB-Second", "0", "6000000000", "0.0000166667"),
        new Row("LGBS", "us-east-1", "Lambda-GB-Second", "Lambda-GB-Second", "6000000000", "15000000000",
            "0.0000150000"),
        new Row("LGBS", "us-east-1", "Lambda-GB-Second", "Lambda-GB-Second", "15000000000", "Inf", "0.0000133334"),
        new Row("LARM", "us-east-1", "Lambda-GB-Second-ARM", "Lambda-GB-Second", "0", "Inf", "0.0000133334"));
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
