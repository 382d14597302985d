package dev.costmodel.examples;

import java.util.List;

/**
 * Writes tiny AWS Price List offer files, CSV and JSON, in AWS's layout, so that the README's
 * {@code AwsPriceList.read(...)} line has files of its names to read. Core's tests have the full writer; this
 * one holds only what the README's example needs.
 */
final class OfferFiles {
  /** One price dimension of one SKU in us-east-1. */
  record Row(String sku, String usageType, String unit, String start, String end, String price) {}

  private static final String HEADER = "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\","
      + "\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\","
      + "\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"usageType\",\"operation\","
      + "\"Region Code\",\"serviceName\"";

  private OfferFiles() {}

  /** AmazonSageMaker: ml.m5.xlarge training and processing, serverless 2 GB, data processed in and out. */
  static final List<Row> SAGEMAKER = List.of(
      new Row("TRAINM5XL", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2300000000"),
      new Row("PROCM5XL", "USE1-Processing:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2300000000"),
      new Row("SRV2GB", "USE1-ServerlessInf:Mem-2GB", "Second", "0", "Inf", "0.0000400000"),
      new Row("DATAIN", "USE1-Data-Bytes-In", "GB", "0", "Inf", "0.0160000000"),
      new Row("DATAOUT", "USE1-Data-Bytes-Out", "GB", "0", "Inf", "0.0160000000"));

  /** AmazonS3: Standard storage with its three tiers. */
  static final List<Row> S3 = List.of(
      new Row("S3STD", "TimedStorage-ByteHrs", "GB-Mo", "0", "51200", "0.0230000000"),
      new Row("S3STD", "TimedStorage-ByteHrs", "GB-Mo", "51200", "512000", "0.0220000000"),
      new Row("S3STD", "TimedStorage-ByteHrs", "GB-Mo", "512000", "Inf", "0.0210000000"));

  /** AWSLambda: requests. */
  static final List<Row> LAMBDA = List.of(
      new Row("LREQ", "Request", "Requests", "0", "Inf", "0.0000002000"));

  /** The offer as CSV: five metadata rows, the header, one row per price dimension. */
  static String csv(String offerCode, List<Row> rows) {
    StringBuilder csv = new StringBuilder()
        .append("\"FormatVersion\",\"v1.0\"\n")
        .append("\"Disclaimer\",\"This pricing list is for informational purposes only.\"\n")
        .append("\"Publication Date\",\"2026-05-08T22:02:40Z\"\n")
        .append("\"Version\",\"20260508220240\"\n")
        .append("\"OfferCode\",\"").append(offerCode).append("\"\n")
        .append(HEADER).append('\n');
    for (Row row : rows) {
      csv.append(String.join(",", quote(row.sku()), quote("JRTCKXETXF"), quote(rateCode(row)),
          quote("OnDemand"), quote("$" + row.price() + " per " + row.usageType()), quote("2026-05-01"),
          quote(row.start()), quote(row.end()), quote(row.unit()), quote(row.price()), quote("USD"),
          quote("ML Instance"), quote(offerCode), quote("US East (N. Virginia)"), quote("AWS Region"),
          quote(row.usageType()), quote("RunInstance"), quote("us-east-1"), quote(offerCode))).append('\n');
    }
    return csv.toString();
  }

  /** The offer as JSON: {@code products} and {@code terms.OnDemand}, one SKU per product. */
  static String json(String offerCode, List<Row> rows) {
    StringBuilder products = new StringBuilder();
    StringBuilder terms = new StringBuilder();
    List<String> skus = rows.stream().map(Row::sku).distinct().toList();
    for (String sku : skus) {
      List<Row> tiers = rows.stream().filter(r -> r.sku().equals(sku)).toList();
      String separator = products.length() == 0 ? "" : ",\n";
      products.append(separator).append("    \"").append(sku).append("\" : { \"sku\" : \"").append(sku)
          .append("\", \"productFamily\" : \"Storage\", \"attributes\" : { \"servicecode\" : \"").append(offerCode)
          .append("\", \"regionCode\" : \"us-east-1\", \"usagetype\" : \"").append(tiers.get(0).usageType())
          .append("\" } }");
      StringBuilder dimensions = new StringBuilder();
      for (Row row : tiers) {
        dimensions.append(dimensions.length() == 0 ? "" : ",\n").append("          \"").append(rateCode(row))
            .append("\" : { \"rateCode\" : \"").append(rateCode(row)).append("\", \"description\" : \"$")
            .append(row.price()).append(" per ").append(row.usageType()).append("\", \"beginRange\" : \"")
            .append(row.start()).append("\", \"endRange\" : \"").append(row.end()).append("\", \"unit\" : \"")
            .append(row.unit()).append("\", \"pricePerUnit\" : { \"USD\" : \"").append(row.price())
            .append("\" }, \"appliesTo\" : [ ] }");
      }
      terms.append(separator).append("    \"").append(sku).append("\" : { \"").append(sku)
          .append(".JRTCKXETXF\" : { \"offerTermCode\" : \"JRTCKXETXF\", \"sku\" : \"").append(sku)
          .append("\", \"effectiveDate\" : \"2026-05-01T00:00:00Z\", \"priceDimensions\" : {\n")
          .append(dimensions).append("\n        }, \"termAttributes\" : { } } }");
    }
    return "{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"x\",\n  \"offerCode\" : \"" + offerCode
        + "\",\n  \"version\" : \"20260508220240\",\n  \"publicationDate\" : \"2026-05-08T22:02:40Z\",\n"
        + "  \"products\" : {\n" + products + "\n  },\n  \"terms\" : {\n    \"OnDemand\" : {\n" + terms
        + "\n    }\n  }\n}\n";
  }

  private static String rateCode(Row row) {
    return row.sku() + ".JRTCKXETXF.R" + row.start();
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
