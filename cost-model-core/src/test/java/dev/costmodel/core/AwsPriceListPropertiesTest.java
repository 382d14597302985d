package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the offer-file loader on generated files of many SKUs across regions. */
class AwsPriceListPropertiesTest {
  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2");
  private static final Map<String, String> PREFIX = Map.of(
      "us-east-1", "USE1-", "eu-west-1", "EU-", "ap-northeast-1", "APN1-", "us-west-2", "USW2-");
  private static final List<String> KINDS = List.of("Host", "Train", "Processing", "Tsform");
  private static final Map<String, String> USAGE = Map.of(
      "Host", "RealTimeHosting", "Train", "Training", "Processing", "Processing", "Tsform", "BatchTransform");
  private static final List<String> TYPES = List.of("ml.m5.xlarge", "ml.c5.xlarge", "ml.g5.xlarge", "ml.t3.medium");

  /** Each (region, kind, type) at most once, with a price in cents that encodes nothing but randomness. */
  private static List<OfferFiles.Row> rows(long seed, int percent, Map<String, BigDecimal> expected, String region) {
    Random random = new Random(seed);
    List<OfferFiles.Row> rows = new ArrayList<>();
    int sku = 0;
    for (String r : REGIONS) {
      for (String kind : KINDS) {
        for (String type : TYPES) {
          if (random.nextInt(100) >= percent) {
            continue;
          }
          BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(100_000), 4);
          rows.add(new OfferFiles.Row(String.format("SKU%05d", sku++), r, PREFIX.get(r) + kind + ":" + type, "Hrs",
              "0", "Inf", price.toPlainString()));
          if (r.equals(region)) {
            expected.put("SageMaker/" + USAGE.get(kind) + "/" + type, price);
          }
        }
      }
      // every region has at least one row, so the region filter always finds the region
      rows.add(new OfferFiles.Row(String.format("SKU%05d", sku++), r, PREFIX.get(r) + "Studio:x", "Hrs", "0", "Inf",
          "1"));
    }
    return rows;
  }

  private static PriceCatalog load(String region, String text) {
    return AwsPriceList.builder().region(region).add(new StringReader(text), "generated").build();
  }

  @Test
  void filteringByRegionKeepsOnlyThatRegion() {
    qt().withExamples(100).forAll(longs().all(), integers().between(20, 100), integers().between(0, 3))
        .checkAssert((seed, percent, r) -> {
          String region = REGIONS.get(r);
          Map<String, BigDecimal> expected = new HashMap<>();
          List<OfferFiles.Row> rows = rows(seed, percent, expected, region);
          if (expected.isEmpty()) {
            return;
          }
          PriceCatalog catalog = load(region, OfferFiles.csv("AmazonSageMaker", rows));
          Map<String, BigDecimal> actual = new HashMap<>();
          for (Price price : catalog.prices()) {
            actual.put(price.key().toString(), price.unitPrice().price().amount());
          }
          assertThat(actual).containsOnlyKeys(expected.keySet());
          expected.forEach((key, price) -> assertThat(actual.get(key)).isEqualByComparingTo(price));
        });
  }

  @Test
  void loadingOrderDoesNotMatter_andCsvEqualsJson() {
    qt().withExamples(100).forAll(longs().all(), integers().between(20, 100), longs().all())
        .checkAssert((seed, percent, shuffleSeed) -> {
          Map<String, BigDecimal> expected = new HashMap<>();
          List<OfferFiles.Row> rows = new ArrayList<>(rows(seed, percent, expected, "us-east-1"));
          // tiered S3-like rows of one SKU may come in any order too
          if (expected.isEmpty()) {
            return;
          }
          PriceCatalog ordered = load("us-east-1", OfferFiles.csv("AmazonSageMaker", rows));
          Collections.shuffle(rows, new Random(shuffleSeed));
          PriceCatalog shuffled = load("us-east-1", OfferFiles.csv("AmazonSageMaker", rows));
          PriceCatalog json = load("us-east-1", OfferFiles.json("AmazonSageMaker", rows));
          assertThat(shuffled.prices()).containsExactlyElementsOf(ordered.prices());
          assertThat(json.prices()).containsExactlyElementsOf(ordered.prices());
        });
  }

  @Test
  void tierRowsInAnyOrder_giveTheSameTiers() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(shuffleSeed -> {
      List<OfferFiles.Row> rows = new ArrayList<>(OfferFiles.seedS3());
      Collections.shuffle(rows, new Random(shuffleSeed));
      PriceCatalog catalog = load("us-east-1", OfferFiles.csv("AmazonS3", rows));
      Price storage = catalog.price(PriceKey.parse("S3/Storage/Standard"));
      assertThat(storage.tiers()).extracting(t -> t.start().stripTrailingZeros().toPlainString())
          .containsExactly("0", "51200", "512000");
    });
  }

  @Test
  void everyProductOfTheRegionIsEitherAPriceOrSkipped_csvAndJson() {
    qt().withExamples(100).forAll(longs().all(), integers().between(20, 100), integers().between(0, 3))
        .checkAssert((seed, percent, r) -> {
          String region = REGIONS.get(r);
          Map<String, BigDecimal> expected = new HashMap<>();
          List<OfferFiles.Row> rows = rows(seed, percent, expected, region);
          if (expected.isEmpty()) {
            return;
          }
          long products = rows.stream().filter(row -> row.region().equals(region)).count();
          for (String text : List.of(OfferFiles.csv("AmazonSageMaker", rows),
              OfferFiles.json("AmazonSageMaker", rows))) {
            AwsPriceList.Load load = AwsPriceList.builder().region(region).add(new StringReader(text), "generated")
                .load();
            assertThat(load.catalog().prices().size() + load.skippedCount()).isEqualTo(products);
            assertThat(load.skipped()).containsOnlyKeys("AmazonSageMaker/Studio");
          }
        });
  }

  @Test
  void theRunInstanceSkuWinsWhateverTheOrderAndSkuNames() {
    qt().withExamples(100).forAll(longs().all(), integers().between(20, 100), longs().all())
        .checkAssert((seed, percent, shuffleSeed) -> {
          Map<String, BigDecimal> expected = new HashMap<>();
          List<OfferFiles.Row> rows = new ArrayList<>(rows(seed, percent, expected, "us-east-1"));
          if (expected.isEmpty()) {
            return;
          }
          // a rival SKU for every product, with another operation, a higher price and a name sorting first
          List<OfferFiles.Row> rivals = new ArrayList<>();
          for (OfferFiles.Row row : rows) {
            rivals.add(new OfferFiles.Row("AAA" + row.sku(), row.region(), row.usageType(), row.unit(), row.start(),
                row.end(), new BigDecimal(row.price()).add(BigDecimal.ONE).toPlainString(), "RunInstance:0002",
                "OnDemand"));
          }
          rows.addAll(rivals);
          Collections.shuffle(rows, new Random(shuffleSeed));
          for (String text : List.of(OfferFiles.csv("AmazonSageMaker", rows),
              OfferFiles.json("AmazonSageMaker", rows))) {
            Map<String, BigDecimal> actual = new HashMap<>();
            for (Price price : load("us-east-1", text).prices()) {
              actual.put(price.key().toString(), price.unitPrice().price().amount());
            }
            assertThat(actual).containsOnlyKeys(expected.keySet());
            expected.forEach((key, price) -> assertThat(actual.get(key)).isEqualByComparingTo(price));
          }
        });
  }
}
