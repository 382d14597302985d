package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.CostCategory;
import dev.costmodel.api.MonthlyEstimate;
import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceStatus;
import dev.costmodel.api.price.PriceUnit;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsPriceListTest {
  private static PriceCatalog load(String region, String offer, String text) {
    return AwsPriceList.builder().region(region).add(new StringReader(text), offer + ".test").build();
  }

  private static Path comprehend() throws URISyntaxException {
    return Path.of(AwsPriceListTest.class.getResource("comprehend_ap-south-1_offer_2026-01-16.csv").toURI());
  }

  private static final OfferMapping PII = (offer, attributes) ->
      "DetectPiiEntities".equals(attributes.get("operation"))
          ? Optional.of(OfferMapping.Target.of(PriceKey.of("Comprehend", "DetectPiiEntities", ""),
              PriceUnit.REQUEST, BigDecimal.ONE))
          : Optional.empty();

  @Test
  void realComprehendFile_readsTiersMetadataAndSource() throws Exception {
    PriceCatalog catalog = AwsPriceList.builder().region("ap-south-1").mapping(PII).addFile(comprehend()).build();
    Price pii = catalog.price(PriceKey.of("Comprehend", "DetectPiiEntities", ""));
    assertThat(pii.tiers()).extracting(t -> t.rate().price().amount().stripTrailingZeros().toPlainString())
        .containsExactly("0.0001", "0.00005", "0.000025", "0.000005");
    assertThat(pii.tiers().get(3).start()).isEqualByComparingTo("100000000");
    assertThat(pii.source().status()).isEqualTo(PriceStatus.OFFICIAL);
    assertThat(pii.source().asOf()).isEqualTo("2026-01-16");
    assertThat(pii.source().description()).startsWith(
        "AWS Price List comprehend offer version 20260116160258, SKU 3AXMQWKDDFYP7NT5 rate"
            + " 3AXMQWKDDFYP7NT5.JRTCKXETXF.HWDSBTNJX9: USD1.0E-4 per Unit for DetectPiiEntities");
    // 20M requests: 10M × 0.0001 + 10M × 0.00005
    assertThat(pii.costOf(new BigDecimal("20000000")).amount()).isEqualByComparingTo("1500");
    assertThat(catalog.name()).isEqualTo("aws/ap-south-1");
  }

  @Test
  void realComprehendFile_truncatedTiers_failNamingTheSku() throws Exception {
    OfferMapping sentiment = (offer, attributes) -> "DetectTgtSentiment".equals(attributes.get("operation"))
        ? Optional.of(OfferMapping.Target.of(PriceKey.of("Comprehend", "TargetedSentiment", ""),
            PriceUnit.REQUEST, BigDecimal.ONE))
        : Optional.empty();
    Path file = comprehend();
    assertThatThrownBy(() -> AwsPriceList.builder().region("ap-south-1").mapping(sentiment).addFile(file).build())
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining(":13: SKU 6QWS9FX5KQGJBYU7: Price.tiers of Comprehend/TargetedSentiment must end"
            + " with exactly one open tier");
  }

  @Test
  void realComprehendFile_otherRegion_namesTheRegionsItHas() throws Exception {
    Path file = comprehend();
    assertThatThrownBy(() -> AwsPriceList.builder().region("ap-south1").mapping(PII).addFile(file).build())
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageEndingWith("no comprehend prices for region 'ap-south1'; regions in the file: ap-south-1;"
            + " did you mean ap-south-1?");
  }

  @Test
  void standardMapping_csv_sageMakerKeys() {
    PriceCatalog catalog = load("us-east-1", "AmazonSageMaker", OfferFiles.csv("AmazonSageMaker",
        OfferFiles.seedSageMaker()));
    assertThat(catalog.prices()).extracting(p -> p.key().toString()).containsExactlyInAnyOrder(
        "SageMaker/Training/ml.m5.xlarge", "SageMaker/Processing/ml.m5.xlarge",
        "SageMaker/RealTimeHosting/ml.c5.xlarge", "SageMaker/BatchTransform/ml.c5.xlarge",
        "SageMaker/ServerlessInference/2048MB", "SageMaker/ServerlessProvisionedConcurrency/2048MB",
        "SageMaker/DataProcessedIn/endpoint", "SageMaker/DataProcessedOut/endpoint", "SageMaker/MLStorage/gp2");
    assertThat(catalog.price(PriceKey.parse("SageMaker/RealTimeHosting/ml.c5.xlarge")).unitPrice().toString())
        .isEqualTo("USD 0.204/instance-hour");
  }

  @Test
  void csvAndJson_giveTheSameCatalog() {
    Map<String, List<OfferFiles.Row>> offers = Map.of("AmazonSageMaker", OfferFiles.seedSageMaker(),
        "AmazonS3", OfferFiles.seedS3(), "AWSLambda", OfferFiles.lambda());
    for (Map.Entry<String, List<OfferFiles.Row>> entry : offers.entrySet()) {
      String offer = entry.getKey();
      List<OfferFiles.Row> rows = entry.getValue();
      PriceCatalog fromCsv = load("us-east-1", offer, OfferFiles.csv(offer, rows));
      PriceCatalog fromJson = load("us-east-1", offer, OfferFiles.json(offer, rows));
      assertThat(fromJson.prices()).isNotEmpty().containsExactlyElementsOf(fromCsv.prices());
    }
  }

  @Test
  void s3AndLambda_unitsAreConverted_andTiersKept() {
    PriceCatalog s3 = load("us-east-1", "AmazonS3", OfferFiles.json("AmazonS3", OfferFiles.seedS3()));
    assertThat(s3.price(PriceKey.parse("S3/Requests/PUT")).unitPrice().toString()).isEqualTo("USD 0.005/1K requests");
    Price storage = s3.price(PriceKey.parse("S3/Storage/Standard"));
    assertThat(storage.tiers()).hasSize(3);
    assertThat(storage.costOf(new BigDecimal("614400")).amount()).isEqualByComparingTo("13465.6");
    PriceCatalog lambda = load("us-east-1", "AWSLambda", OfferFiles.csv("AWSLambda", OfferFiles.lambda()));
    assertThat(lambda.price(PriceKey.parse("Lambda/Requests")).unitPrice().toString()).isEqualTo("USD 0.2/1M requests");
    assertThat(lambda.price(PriceKey.parse("Lambda/Duration/x86")).tiers()).hasSize(3);
  }

  @Test
  void seedScenario_fromOfferFiles_givesTheSeedNumbers(@TempDir Path dir) throws Exception {
    Path sageMaker = Files.writeString(dir.resolve("AmazonSageMaker.csv"),
        OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker()));
    Path s3 = Files.writeString(dir.resolve("AmazonS3.json"), OfferFiles.json("AmazonS3", OfferFiles.seedS3()));
    PriceCatalog prices = AwsPriceList.read("us-east-1", sageMaker, s3);
    MonthlyEstimate b = SeedFixtures.serverless("B").withPrices(prices).estimate();
    // seed report section 7-3 (A), pattern B
    assertThat(b.total().rounded().amount()).isEqualByComparingTo("69.07");
    assertThat(b.subtotal(CostCategory.RETRAIN).rounded().amount()).isEqualByComparingTo("50.60");
    assertThat(b.pricesUsed()).allSatisfy(p -> assertThat(p.source().status()).isEqualTo(PriceStatus.OFFICIAL));
  }

  @Test
  void largeGeneratedFile_loadsEveryPriceOfTheRegionOnce() {
    List<OfferFiles.Row> rows = new java.util.ArrayList<>();
    String[] regions = {"us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2"};
    String[] prefixes = {"USE1-", "EU-", "APN1-", "USW2-"};
    for (int i = 0; i < 60_000; i++) {
      int r = i % 4;
      // 5,000 distinct instance types per region, so each key comes from one SKU
      String type = "ml.x" + (i / 4 % 5000) + ".xlarge";
      String kind = i / 20_000 == 0 ? "Host" : i / 20_000 == 1 ? "Train" : "Studio";
      rows.add(new OfferFiles.Row(String.format("SKU%06d", i), regions[r], prefixes[r] + kind + ":" + type, "Hrs",
          "0", "Inf", BigDecimal.valueOf(i, 4).toPlainString()));
    }
    PriceCatalog catalog = load("us-east-1", "AmazonSageMaker", OfferFiles.csv("AmazonSageMaker", rows));
    assertThat(catalog.prices()).hasSize(10_000); // 5,000 Host + 5,000 Train; Studio is not mapped
    assertThat(catalog.price(PriceKey.parse("SageMaker/Training/ml.x7.xlarge")).unitPrice().price().amount())
        .isEqualByComparingTo(BigDecimal.valueOf(20_028, 4));
  }

  @Test
  void regionFilter_keepsOnlyThatRegion() {
    PriceCatalog eu = load("eu-west-1", "AmazonSageMaker", OfferFiles.csv("AmazonSageMaker",
        OfferFiles.seedSageMaker()));
    assertThat(eu.prices()).extracting(p -> p.key().toString())
        .containsExactlyInAnyOrder("SageMaker/Training/ml.m5.xlarge", "SageMaker/RealTimeHosting/ml.c5.xlarge");
    assertThat(eu.price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge")).unitPrice().price().amount())
        .isEqualByComparingTo("0.257");
  }

  @Test
  void csv_unclosedQuote_failsWithLineAndColumn() {
    String text = OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker()).replace("\"USE1-Data-Bytes-In\"",
        "\"USE1-Data-Bytes-In");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageMatching("AmazonSageMaker\\.test:13:\\d+: unexpected ',' after a closing quote.*"
            + "|AmazonSageMaker\\.test:13:\\d+: .*");
  }

  @Test
  void csv_negativePrice_failsWithLineAndColumn() {
    String text = OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replace("\"0.2040000000\",\"USD\"", "\"-0.2040000000\",\"USD\"");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageMatching("AmazonSageMaker\\.test:9:\\d+: PricePerUnit must be >= 0, but was -0.2040000000");
  }

  @Test
  void csv_nonNumericPrice_failsWithLine() {
    String text = OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replace("\"0.0160000000\",\"USD\"", "\"abc\",\"USD\"");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .hasMessageMatching("AmazonSageMaker\\.test:13:\\d+: PricePerUnit must be a decimal number, but was 'abc'");
  }

  @Test
  void csv_unknownCurrency_failsWithLine() {
    String text = OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replace("\"0.1400000000\",\"USD\"", "\"0.1400000000\",\"XYZ1\"");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .hasMessageMatching("AmazonSageMaker\\.test:15:\\d+: currency must be an ISO 4217 code.*'XYZ1'");
  }

  @Test
  void csv_missingColumn_failsNamingIt() {
    String text = OfferFiles.csv("AmazonSageMaker", OfferFiles.seedSageMaker()).replace("\"Region Code\"", "\"Region\"");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .hasMessage("AmazonSageMaker.test:6: header has no \"Region Code\" column");
  }

  @Test
  void json_syntaxError_failsWithLineAndColumn() {
    String text = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replaceFirst("\"sku\" : \"TRAINM5XL\",", "\"sku\" : \"TRAINM5XL\" ");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:10:7: expected ',' or '}' but found '\"'");
  }

  @Test
  void json_negativePrice_failsWithLineAndColumn() {
    String text = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker())
        .replace("{ \"USD\" : \"0.2040000000\" }", "{ \"USD\" : \"-1\" }");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .hasMessageMatching("AmazonSageMaker\\.test:\\d+:\\d+: pricePerUnit must be >= 0, but was -1");
  }

  @Test
  void json_truncated_fails() {
    String text = OfferFiles.json("AmazonSageMaker", OfferFiles.seedSageMaker());
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text.substring(0, text.length() / 2)))
        .isInstanceOf(CatalogFormatException.class).hasMessageContaining("AmazonSageMaker.test:");
  }

  @Test
  void nothingMapped_isAnError() {
    assertThatThrownBy(() -> load("us-east-1", "AmazonEC2", OfferFiles.csv("AmazonEC2", OfferFiles.seedSageMaker())))
        .hasMessage("no product of region us-east-1 in the price-list files matches the mapping: nothing to load");
  }

  @Test
  void noRegion_isAnError() {
    assertThatThrownBy(() -> AwsPriceList.builder().add(new StringReader(""), "x").build())
        .hasMessage("AwsPriceList.region must be set, such as region(\"us-east-1\")");
  }

  // --- which SKU: one key, several SKUs ---

  private static final OfferFiles.Row TRAIN_A =
      new OfferFiles.Row("AAATRAIN", "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.2300000000");
  private static final OfferFiles.Row TRAIN_B =
      new OfferFiles.Row("BBBTRAIN", "us-east-1", "USE1-Train:ml.m5.xlarge", "Hrs", "0", "Inf", "0.9900000000");

  /** Where {@code needle} first starts in {@code text}, as {@code line:column} (1-based), read off the text. */
  private static String at(String text, String needle) {
    int index = text.indexOf(needle);
    assertThat(index).as(needle).isNotNegative();
    String before = text.substring(0, index);
    return (before.split("\n", -1).length) + ":" + (index - before.lastIndexOf('\n'));
  }

  private static String lineOf(String text, String needle) {
    return at(text, needle).split(":")[0];
  }

  private static String offer(String format, List<OfferFiles.Row> rows) {
    return format.equals("csv") ? OfferFiles.csv("AmazonSageMaker", rows) : OfferFiles.json("AmazonSageMaker", rows);
  }

  @Test
  void severalSkusOneKey_theRunInstanceOneWins_inEitherOrderAndFormat() {
    // alphabetical order would keep AAATRAIN, file order either one: the rule keeps BBBTRAIN, the RunInstance one
    OfferFiles.Row other = TRAIN_A.withOperation("RunInstance:0002");
    for (String format : List.of("csv", "json")) {
      for (List<OfferFiles.Row> rows : List.of(List.of(other, TRAIN_B), List.of(TRAIN_B, other))) {
        AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
            .add(new StringReader(offer(format, rows)), "AmazonSageMaker." + format).load();
        Price training = load.catalog().price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge"));
        assertThat(training.unitPrice().price().amount()).as(format).isEqualByComparingTo("0.99");
        assertThat(training.source().description()).as(format).startsWith("AWS Price List AmazonSageMaker offer"
            + " version 20260508220240, SKU BBBTRAIN rate BBBTRAIN.JRTCKXETXF.R0: $0.9900000000 per"
            + " USE1-Train:ml.m5.xlarge (operation RunInstance, chosen over 1 other SKU of this key)");
        assertThat(load.skipped()).as(format).containsExactly(Map.entry("AmazonSageMaker/Train", 1L));
      }
    }
  }

  @Test
  void severalSkusOneKey_bothRunInstance_csv_failsNamingBothWithLines() {
    String text = OfferFiles.csv("AmazonSageMaker", List.of(TRAIN_A, TRAIN_B));
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:8: 2 SKUs map to SageMaker/Training/ml.m5.xlarge:"
            + " AAATRAIN (AmazonSageMaker.test:7, operation 'RunInstance') and"
            + " BBBTRAIN (AmazonSageMaker.test:8, operation 'RunInstance'); more than one has operation RunInstance,"
            + " so no rule chooses one: make the OfferMapping return empty for all but one of them");
  }

  @Test
  void severalSkusOneKey_noneRunInstance_json_failsNamingBothWithPositions() {
    String text = OfferFiles.json("AmazonSageMaker", List.of(TRAIN_A.withOperation("RunInstance:0002"),
        TRAIN_B.withOperation("RunInstance:0003")));
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:" + at(text, "\"BBBTRAIN\" : {") + ": 2 SKUs map to"
            + " SageMaker/Training/ml.m5.xlarge: AAATRAIN (AmazonSageMaker.test:" + at(text, "\"AAATRAIN\" : {")
            + ", operation 'RunInstance:0002') and BBBTRAIN (AmazonSageMaker.test:" + at(text, "\"BBBTRAIN\" : {")
            + ", operation 'RunInstance:0003'); none has operation RunInstance,"
            + " so no rule chooses one: make the OfferMapping return empty for all but one of them");
  }

  @Test
  void reservedTerms_areNotPrices_andASkuWithOnlyThoseIsSkipped() {
    // TRAIN_A has OnDemand and Reserved rows; TRAIN_B maps to the same key with a Reserved term only
    List<OfferFiles.Row> rows = List.of(TRAIN_A.reserved().withOperation("RunInstance"), TRAIN_A, TRAIN_B.reserved());
    for (String format : List.of("csv", "json")) {
      AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
          .add(new StringReader(offer(format, rows)), "AmazonSageMaker." + format).load();
      assertThat(load.catalog().price(PriceKey.parse("SageMaker/Training/ml.m5.xlarge")).unitPrice().price()
          .amount()).as(format).isEqualByComparingTo("0.23");
      assertThat(load.skipped()).as(format).containsExactly(Map.entry("AmazonSageMaker/Train", 1L));
    }
  }

  // --- units ---

  @Test
  void csv_unitThatDoesNotFitThePrice_failsWithLineAndColumn() {
    String text = OfferFiles.csv("AmazonSageMaker", List.of(
        new OfferFiles.Row("DATAIN", "us-east-1", "USE1-Data-Bytes-In", "Hrs", "0", "Inf", "0.0160000000")));
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:" + at(text, "\"Hrs\"") + ": unit of SKU DATAIN must be GB to price"
            + " SageMaker/DataProcessedIn/endpoint per GiB, but was 'Hrs'; fix the file, or map this usage type with"
            + " OfferMapping.Target.of(key, unit, factor, offerUnits) if its unit is right");
  }

  @Test
  void json_unitThatDoesNotFitThePrice_failsWithLineAndColumn() {
    String text = OfferFiles.json("AmazonSageMaker", List.of(
        new OfferFiles.Row("VOLGP2", "us-east-1", "USE1-Host:VolumeUsage.gp2", "Hrs", "0", "Inf", "0.1400000000")));
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:" + at(text, "\"Hrs\",\n") + ": unit of SKU VOLGP2 must be GB-Mo or"
            + " GB-Month to price"
            + " SageMaker/MLStorage/gp2 per GiB-month, but was 'Hrs'; fix the file, or map this usage type with"
            + " OfferMapping.Target.of(key, unit, factor, offerUnits) if its unit is right");
  }

  @Test
  void json_dimensionWithoutUnit_failsNamingIt() {
    String text = OfferFiles.json("AmazonSageMaker", List.of(TRAIN_A)).replace("\"unit\" : \"Hrs\",", "");
    assertThatThrownBy(() -> load("us-east-1", "AmazonSageMaker", text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("AmazonSageMaker.test:" + lineOf(text, "\"AAATRAIN.JRTCKXETXF.R0\" : {")
            + ": price dimension AAATRAIN.JRTCKXETXF.R0 has no unit; AWS's files give"
            + " one, such as \"unit\" : \"Hrs\"");
  }

  @Test
  void unitsAreComparedIgnoringCase_andACustomUnitCanBeNamed() {
    OfferMapping pages = (offer, attributes) -> Optional.of(OfferMapping.Target.of(
        PriceKey.of("Textract", "Pages", ""), PriceUnit.REQUEST, BigDecimal.ONE, java.util.Set.of("Pages")));
    String text = OfferFiles.csv("AmazonTextract", List.of(
        new OfferFiles.Row("PAGES", "us-east-1", "USE1-PagesforTables", "pages", "0", "Inf", "0.0150000000")));
    PriceCatalog catalog = AwsPriceList.builder().region("us-east-1").mapping(pages)
        .add(new StringReader(text), "AmazonTextract.csv").build();
    assertThat(catalog.price(PriceKey.parse("Textract/Pages")).unitPrice().toString()).isEqualTo("USD 0.015/request");
    assertThat(OfferMapping.Target.defaultOfferUnits(PriceUnit.INSTANCE_HOUR)).containsExactly("Hour", "Hours", "Hrs");
    assertThat(OfferMapping.Target.of(PriceKey.parse("S3/Requests/PUT"), PriceUnit.THOUSAND_REQUESTS,
        BigDecimal.valueOf(1000)).accepts("REQUESTS")).isTrue();
  }

  @Test
  void target_withoutOfferUnits_isRejected() {
    PriceKey key = PriceKey.parse("Textract/Pages");
    assertThatThrownBy(() -> OfferMapping.Target.of(key, PriceUnit.REQUEST, BigDecimal.ONE, java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OfferMapping.Target.offerUnits must name at least one AWS unit, such as \"Hrs\", but was empty");
    assertThatThrownBy(() -> OfferMapping.Target.of(key, PriceUnit.REQUEST, BigDecimal.ONE, java.util.Set.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OfferMapping.Target.offerUnits must not hold a blank unit, but was [ ]");
  }

  // --- what was skipped ---

  @Test
  void load_reportsSkippedProductsPerUsageTypeFamily_csvAndJson() {
    List<OfferFiles.Row> rows = new java.util.ArrayList<>(OfferFiles.seedSageMaker());
    rows.add(new OfferFiles.Row("NB1", "us-east-1", "USE1-Notebook:ml.t3.medium", "Hrs", "0", "Inf", "0.05"));
    rows.add(new OfferFiles.Row("NB2", "us-east-1", "USE1-Notebook:ml.m5.xlarge", "Hrs", "0", "Inf", "0.23"));
    rows.add(new OfferFiles.Row("NB3", "eu-west-1", "EU-Notebook:ml.m5.xlarge", "Hrs", "0", "Inf", "0.257"));
    for (String format : List.of("csv", "json")) {
      AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
          .add(new StringReader(offer(format, rows)), "AmazonSageMaker." + format).load();
      // STUDIO and two us-east-1 notebooks; eu-west-1's notebook is another region, not a skip
      assertThat(load.skipped()).as(format).containsExactly(
          Map.entry("AmazonSageMaker/Notebook", 2L), Map.entry("AmazonSageMaker/Studio", 1L));
      assertThat(load.skippedCount()).isEqualTo(3);
      assertThat(load.catalog().prices()).hasSize(9);
      assertThat(load.toString())
          .isEqualTo("aws/us-east-1: 9 prices; skipped AmazonSageMaker/Notebook=2, AmazonSageMaker/Studio=1");
      assertThatThrownBy(() -> load.skipped().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void load_nothingSkipped_isAnEmptyReport() {
    AwsPriceList.Load load = AwsPriceList.builder().region("us-east-1")
        .add(new StringReader(OfferFiles.json("AWSLambda", OfferFiles.lambda())), "AWSLambda.json").load();
    assertThat(load.skipped()).isEmpty();
    assertThat(load.toString()).isEqualTo("aws/us-east-1: 3 prices; skipped nothing");
  }
}
