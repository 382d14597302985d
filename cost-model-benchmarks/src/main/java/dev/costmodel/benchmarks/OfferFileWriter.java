package dev.costmodel.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes AmazonSageMaker-like offer files of a given size, in AWS's layout, with the column set of the real
 * SageMaker CSV header (57 columns) and rows spread over many regions, usages and instance types.
 */
final class OfferFileWriter {
  private static final String HEADER = "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\","
      + "\"EffectiveDate\",\"StartingRange\",\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"RelatedTo\","
      + "\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\",\"Instance Type\","
      + "\"Current Generation\",\"Clock Speed\",\"Memory\",\"Storage\",\"Network Performance\","
      + "\"Processor Architecture\",\"Volume Type\",\"Max throughput/volume\",\"Group\",\"Group Description\","
      + "\"usageType\",\"operation\",\"Automatic Label\",\"Component\",\"Compute Type\","
      + "\"Data Store Storage Type\",\"GPU\",\"GPU Memory\",\"Instance Name\",\"Integration Type\","
      + "\"Labeling Task Type\",\"Memory GB\",\"Partner App Resource Name\",\"Partner App Resource Service\","
      + "\"Partner App Resource Type\",\"Partner App Tier\",\"Partner App Type\",\"Physical CPU\","
      + "\"Physical GPU\",\"Plato Classification Type\",\"Plato Instance Name\",\"Plato Instance Type\","
      + "\"Region Code\",\"serviceName\",\"Storage Type\",\"Tracking Server Size\",\"Unified Studio Compute\","
      + "\"vCPU\",\"Workforce Type\"";

  /** Kinds of usage the standard mapping keeps; the first rows of a file cover each with each type and region. */
  static final List<String> MAPPED_KINDS = List.of("Host", "Train", "Processing", "Tsform", "AsyncInf");
  /** Kinds it skips: the filler that makes up most of a real SageMaker file. */
  static final List<String> FILLER_KINDS = List.of("Notebook", "Studio", "Canvas", "DataWrangler", "Labeling");

  private OfferFileWriter() {}

  /** The number of distinct prices a file has for one region: each mapped kind with each instance type. */
  static int pricesPerRegion(List<String> families, List<String> sizes) {
    return MAPPED_KINDS.size() * families.size() * sizes.size();
  }

  /** Row {@code i}: the region, the kind and the instance type. */
  private static String[] product(long i, List<String> regions, List<String> families, List<String> sizes) {
    int types = families.size() * sizes.size();
    long combos = (long) regions.size() * MAPPED_KINDS.size() * types;
    String region = regions.get((int) (i % regions.size()));
    long rest = i / regions.size();
    String kind = i < combos ? MAPPED_KINDS.get((int) (rest % MAPPED_KINDS.size()))
        : FILLER_KINDS.get((int) (rest % FILLER_KINDS.size()));
    long type = i < combos ? rest / MAPPED_KINDS.size() % types : rest % types;
    String name = "ml." + families.get((int) (type / sizes.size())) + "." + sizes.get((int) (type % sizes.size()));
    return new String[] {region, kind, name};
  }

  static void csv(Writer out, long bytes, List<String> regions, List<String> families, List<String> sizes)
      throws IOException {
    out.write("\"FormatVersion\",\"v1.0\"\n\"Disclaimer\",\"Generated for a benchmark.\"\n"
        + "\"Publication Date\",\"2026-05-08T22:02:40Z\"\n\"Version\",\"20260508220240\"\n"
        + "\"OfferCode\",\"AmazonSageMaker\"\n" + HEADER + "\n");
    long written = 0;
    long sku = 0;
    StringBuilder row = new StringBuilder(1024);
    while (written < bytes) {
      String[] product = product(sku, regions, families, sizes);
      String region = product[0];
      String kind = product[1];
      String type = product[2];
      String id = String.format(Locale.ROOT, "SKU%013d", sku);
      String price = String.format(Locale.ROOT, "%.10f", 0.05 + (sku % 997) / 100.0);
      row.setLength(0);
      row.append('"').append(id).append("\",\"JRTCKXETXF\",\"").append(id).append(".JRTCKXETXF.6YS6EN2CT7\",")
          .append("\"OnDemand\",\"$").append(price).append(" per ").append(kind).append(' ').append(type)
          .append(" hour in ").append(region).append("\",\"2026-05-01\",\"0\",\"Inf\",\"Hrs\",\"")
          .append(price).append("\",\"USD\",\"\",\"ML Instance\",\"AmazonSageMaker\",\"").append(region)
          .append("\",\"AWS Region\",\"").append(type).append('-').append(kind)
          .append("\",\"Yes\",\"3.1 GHz\",\"16 GiB\",\"EBS only\",\"Up to 10 Gigabit\",\"Intel Xeon\",\"\",\"\",")
          .append("\"\",\"\",\"").append(prefix(region)).append(kind).append(':').append(type)
          .append("\",\"RunInstance\",\"\",\"").append(kind).append("\",\"CPU\",\"\",\"0\",\"0\",\"").append(type)
          .append("\",\"\",\"\",\"16\",\"\",\"\",\"\",\"\",\"\",\"4\",\"0\",\"").append(kind)
          .append(":Instance\",\"").append(type).append("\",\"").append(kind).append("\",\"").append(region)
          .append("\",\"Amazon SageMaker\",\"\",\"\",\"\",\"4\",\"\"\n");
      out.append(row);
      written += row.length();
      sku++;
    }
  }

  static void json(Writer out, long bytes, List<String> regions, List<String> families, List<String> sizes)
      throws IOException {
    out.write("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"Generated for a benchmark.\",\n"
        + "  \"offerCode\" : \"AmazonSageMaker\",\n  \"version\" : \"20260508220240\",\n"
        + "  \"publicationDate\" : \"2026-05-08T22:02:40Z\",\n  \"products\" : {\n");
    // a product takes about 610 bytes and its term about 730: 45% of the bytes for products
    long productBytes = bytes * 45 / 100;
    long written = 0;
    long count = 0;
    StringBuilder text = new StringBuilder(2048);
    while (written < productBytes) {
      String[] product = product(count, regions, families, sizes);
      String region = product[0];
      String kind = product[1];
      String type = product[2];
      String id = String.format(Locale.ROOT, "SKU%013d", count);
      text.setLength(0);
      text.append(count == 0 ? "" : ",\n").append("    \"").append(id).append("\" : {\n      \"sku\" : \"")
          .append(id).append("\",\n      \"productFamily\" : \"ML Instance\",\n      \"attributes\" : {\n")
          .append("        \"servicecode\" : \"AmazonSageMaker\",\n        \"location\" : \"").append(region)
          .append("\",\n        \"locationType\" : \"AWS Region\",\n        \"instanceType\" : \"").append(type)
          .append('-').append(kind).append("\",\n        \"currentGeneration\" : \"Yes\",\n")
          .append("        \"memory\" : \"16 GiB\",\n        \"vCpu\" : \"4\",\n        \"usagetype\" : \"")
          .append(prefix(region)).append(kind).append(':').append(type).append("\",\n")
          .append("        \"operation\" : \"RunInstance\",\n        \"component\" : \"").append(kind)
          .append("\",\n        \"instanceName\" : \"").append(type).append("\",\n        \"regionCode\" : \"")
          .append(region).append("\",\n        \"servicename\" : \"Amazon SageMaker\"\n      }\n    }");
      out.append(text);
      written += text.length();
      count++;
    }
    out.write("\n  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
    for (long sku = 0; sku < count; sku++) {
      String id = String.format(Locale.ROOT, "SKU%013d", sku);
      String price = String.format(Locale.ROOT, "%.10f", 0.05 + (sku % 997) / 100.0);
      text.setLength(0);
      text.append(sku == 0 ? "" : ",\n").append("      \"").append(id).append("\" : {\n        \"").append(id)
          .append(".JRTCKXETXF\" : {\n          \"offerTermCode\" : \"JRTCKXETXF\",\n          \"sku\" : \"")
          .append(id).append("\",\n          \"effectiveDate\" : \"2026-05-01T00:00:00Z\",\n")
          .append("          \"priceDimensions\" : {\n            \"").append(id)
          .append(".JRTCKXETXF.6YS6EN2CT7\" : {\n              \"rateCode\" : \"").append(id)
          .append(".JRTCKXETXF.6YS6EN2CT7\",\n              \"description\" : \"$").append(price)
          .append(" per hour\",\n              \"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n")
          .append("              \"unit\" : \"Hrs\",\n              \"pricePerUnit\" : {\n")
          .append("                \"USD\" : \"").append(price).append("\"\n              },\n")
          .append("              \"appliesTo\" : [ ]\n            }\n          },\n")
          .append("          \"termAttributes\" : { }\n        }\n      }");
      out.append(text);
    }
    out.write("\n    }\n  }\n}\n");
  }

  private static String prefix(String region) {
    switch (region) {
      case "us-east-1":
        return "USE1-";
      case "eu-west-1":
        return "EU-";
      default:
        return region.toUpperCase(Locale.ROOT).replace("-", "").substring(0, 4) + "-";
    }
  }
}
