package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.price.Price;
import dev.costmodel.api.price.PriceCatalog;
import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A JSON offer file, read through {@link AwsPriceList}: what it keeps of products and terms, and how each kind of
 * malformed file fails, naming the file, the line, the column where the reader knows it, and what was expected.
 *
 * <p>The files are written out in full, one token per line where it matters, so a position in an expected message
 * can be read off the text block (line 1 is the opening brace).
 */
class JsonOfferTest {
  /** One training SKU of us-east-1 at USD 0.23 an hour. Lines are numbered in the comments. */
  private static final String OFFER = """
      {
        "offerCode" : "AmazonSageMaker",
        "version" : "20260508220240",
        "publicationDate" : "2026-05-08T22:02:40Z",
        "products" : {
          "TRAIN" : {
            "sku" : "TRAIN",
            "productFamily" : "ML Instance",
            "attributes" : {
              "regionCode" : "us-east-1",
              "usagetype" : "USE1-Train:ml.m5.xlarge",
              "operation" : "RunInstance"
            }
          }
        },
        "terms" : {
          "OnDemand" : {
            "TRAIN" : {
              "TRAIN.T" : {
                "priceDimensions" : {
                  "TRAIN.T.R" : {
                    "description" : "$0.23 per hour",
                    "beginRange" : "0",
                    "endRange" : "Inf",
                    "unit" : "Hrs",
                    "pricePerUnit" : { "USD" : "0.23" }
                  }
                }
              }
            }
          }
        }
      }
      """;
  // line  1 {
  // line  6     "TRAIN" : {                      (the product)
  // line 16   "terms" : {
  // line 21             "TRAIN.T.R" : {           (the price dimension's brace, at column 27)
  // line 25               "unit" : "Hrs",          (value at column 24)
  // line 26               "pricePerUnit" : { "USD" : "0.23" }   (price at column 42)

  private static final PriceKey TRAINING = PriceKey.parse("SageMaker/Training/ml.m5.xlarge");

  private static AwsPriceList.Load load(String json) {
    return load(json, OfferMapping.standard());
  }

  private static AwsPriceList.Load load(String json, OfferMapping mapping) {
    return AwsPriceList.builder().region("us-east-1").mapping(mapping)
        .add(new StringReader(json), "offer.json").load();
  }

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> load(json)).as(json).isInstanceOf(CatalogFormatException.class).hasMessage(message);
  }

  /** {@link #OFFER} with the first {@code target} replaced. */
  private static String offer(String target, String replacement) {
    return edit(OFFER, target, replacement);
  }

  /** {@code text} with its first {@code target} replaced; fails if the text does not hold it. */
  private static String edit(String text, String target, String replacement) {
    assertThat(text).contains(target);
    int at = text.indexOf(target);
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  // --- what a well-formed file gives ---

  @Test
  void theOffer_givesOnePriceWithItsSourceAndDate() {
    AwsPriceList.Load load = load(OFFER);
    Price price = load.catalog().price(TRAINING);
    assertThat(price.unitPrice().toString()).isEqualTo("USD 0.23/instance-hour");
    assertThat(price.isTiered()).isFalse();
    assertThat(price.source().description())
        .isEqualTo("AWS Price List AmazonSageMaker offer version 20260508220240, SKU TRAIN rate TRAIN.T.R:"
            + " $0.23 per hour");
    assertThat(price.source().asOf()).isEqualTo("2026-05-08");
    assertThat(load.catalog().prices()).hasSize(1);
    assertThat(load.skipped()).isEmpty();
  }

  @Test
  void withoutAPublicationDate_theVersionDates_andWithoutADescriptionTheSourceEndsAtTheRate() {
    String json = edit(edit(offer("  \"publicationDate\" : \"2026-05-08T22:02:40Z\",\n", ""),
        "\"version\" : \"20260508220240\"", "\"version\" : \"20251231000000\""),
        "\"description\" : \"$0.23 per hour\",", "");
    Price price = load(json).catalog().price(TRAINING);
    // version 20251231… → 2025-12-31
    assertThat(price.source().asOf()).isEqualTo("2025-12-31");
    assertThat(price.source().description())
        .isEqualTo("AWS Price List AmazonSageMaker offer version 20251231000000, SKU TRAIN rate TRAIN.T.R");
  }

  @Test
  void neitherDateNorVersion_fails() {
    String json = edit(offer("  \"publicationDate\" : \"2026-05-08T22:02:40Z\",\n", ""),
        "\"version\" : \"20260508220240\"", "\"version\" : \"v1\"");
    assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith("offer.json:")
        .hasMessageEndingWith(": no publication date or version: an offer file must say when it was published");
  }

  @Test
  void numberAttributes_andProductFields_reachTheMapping_normalized_whileNestedValuesAreSkipped() {
    List<Map<String, String>> seen = new ArrayList<>();
    OfferMapping recording = (offer, attributes) -> {
      seen.add(Map.copyOf(attributes));
      return OfferMapping.standard().map(offer, attributes);
    };
    String json = edit(offer("\"operation\" : \"RunInstance\"",
        "\"operation\" : \"RunInstance\", \"vcpu\" : 4, \"tags\" : { \"team\" : \"ml\" }, \"flag\" : true,"
            + " \"list\" : [ \"x\" ]"),
        "\"productFamily\" : \"ML Instance\",",
        "\"product_Family\" : \"ML Instance\", \"extra\" : [ 1 ], \"count\" : 2,");
    assertThat(load(json, recording).catalog().price(TRAINING)).isNotNull();
    assertThat(seen).hasSize(1);
    // product-level strings join the attributes under their normalized name; a product-level number does not,
    // an attribute's number does
    assertThat(seen.get(0)).containsOnly(Map.entry("sku", "TRAIN"), Map.entry("productfamily", "ML Instance"),
        Map.entry("regioncode", "us-east-1"), Map.entry("usagetype", "USE1-Train:ml.m5.xlarge"),
        Map.entry("operation", "RunInstance"), Map.entry("vcpu", "4"));
  }

  @Test
  void startingAndEndingRange_spellTheTiers_andAnEmptyEndIsOpen() {
    // two tiers of a training hour: 0..100 h at 0.23, from 100 h at 0.20, in AWS's other spelling of the ranges
    String json = edit(edit(offer("\"TRAIN.T.R\" : {",
        "\"TRAIN.T.R2\" : { \"startingRange\" : \"100\", \"endingRange\" : \"\", \"unit\" : \"Hrs\","
            + " \"pricePerUnit\" : { \"USD\" : \"0.20\" } }, \"TRAIN.T.R1\" : {"),
        "\"beginRange\" : \"0\"", "\"startingRange\" : \"0\""),
        "\"endRange\" : \"Inf\"", "\"endingRange\" : \"100\"");
    Price price = load(json).catalog().price(TRAINING);
    assertThat(price.tiers()).hasSize(2);
    assertThat(price.tiers().get(0).end()).hasValueSatisfying(end -> assertThat(end).isEqualByComparingTo("100"));
    assertThat(price.tiers().get(1).end()).isEmpty();
    // 150 h: 100 × 0.23 + 50 × 0.20 = 23 + 10 = 33
    assertThat(price.costOf(new BigDecimal("150")).amount()).isEqualByComparingTo("33");
    // the lowest tier's rate names the source
    assertThat(price.source().description()).contains("SKU TRAIN rate TRAIN.T.R1: $0.23 per hour");
  }

  @Test
  void reservedTerms_andSkusOfOtherRegions_areSkippedWhole() {
    String json = edit(offer("\"OnDemand\" : {",
        "\"Reserved\" : { \"TRAIN\" : { \"TRAIN.RI\" : { \"priceDimensions\" : { \"TRAIN.RI.R\" : {"
            + " \"unit\" : \"Hrs\", \"pricePerUnit\" : { \"USD\" : \"9.99\" } } } } } },"
            + " \"OnDemand\" : { \"EUSKU\" : { \"EUSKU.T\" : { \"priceDimensions\" : { \"EUSKU.T.R\" : {"
            + " \"unit\" : \"Hrs\", \"pricePerUnit\" : 1 } } } },"),
        "\"TRAIN\" : {", "\"EUSKU\" : { \"attributes\" : { \"regionCode\" : \"eu-west-1\","
            + " \"usagetype\" : \"EU-Train:ml.m5.xlarge\" } }, \"TRAIN\" : {");
    AwsPriceList.Load load = load(json);
    // the Reserved 9.99 is not a price, and EUSKU's malformed pricePerUnit is never read: it is another region's
    assertThat(load.catalog().price(TRAINING).unitPrice().price().amount()).isEqualByComparingTo("0.23");
    assertThat(load.catalog().prices()).hasSize(1);
    assertThat(load.skipped()).isEmpty();
  }

  @Test
  void unknownTopLevelFields_areSkipped_wholeAndNested() {
    String json = offer("\"version\"", "\"disclaimer\" : { \"a\" : [ 1, { \"b\" : null } ] }, \"version\"");
    assertThat(load(json).catalog().price(TRAINING).unitPrice().price().amount()).isEqualByComparingTo("0.23");
  }

  @Test
  void aProductThatMapsToNothing_isCountedAsSkipped_andItsTermsAreNotRead() {
    String json = edit(offer("\"TRAIN\" : {", "\"STUDIO\" : { \"attributes\" : { \"regionCode\" : \"us-east-1\","
            + " \"usagetype\" : \"USE1-Studio:JupyterLab-ml.t3.medium\" } }, \"TRAIN\" : {"),
        "\"OnDemand\" : {", "\"OnDemand\" : { \"STUDIO\" : [ \"never read\" ],");
    AwsPriceList.Load load = load(json);
    assertThat(load.skipped()).containsExactly(Map.entry("AmazonSageMaker/Studio", 1L));
    assertThat(load.catalog().prices()).hasSize(1);
  }

  @Test
  void aProductOfTheRegionWithoutAUsageType_isCountedUnderItsOwnName() {
    String json = offer("\"TRAIN\" : {",
        "\"BARE\" : { \"attributes\" : { \"regionCode\" : \"us-east-1\" } }, \"TRAIN\" : {");
    assertThat(load(json).skipped()).containsExactly(Map.entry("AmazonSageMaker/(no usage type)", 1L));
  }

  @Test
  void aCustomMapping_convertsTheOfferUnit() {
    // a mapping that keeps the hour price per 1,000 hours: 0.23 × 1000 = 230 a unit
    OfferMapping perThousand = (offer, attributes) -> Optional.of(OfferMapping.Target.of(
        PriceKey.of("Custom", "Hours", ""), PriceUnit.THOUSAND_REQUESTS, BigDecimal.valueOf(1000), java.util.Set.of("Hrs")));
    Price price = load(OFFER, perThousand).catalog().price(PriceKey.of("Custom", "Hours", ""));
    assertThat(price.unitPrice().price().amount()).isEqualByComparingTo("230");
  }

  // --- malformed files: each names the file, where, and what was expected ---

  @Test
  void topLevelValuesOfTheWrongKind_fail() {
    // line 3: "version" : [ with the '[' at column 15
    assertFails(offer("\"version\" : \"20260508220240\"", "\"version\" : [ ]"),
        "offer.json:3:15: \"version\" must be a string");
    // line 4: "publicationDate" (17 characters from column 3) : null at column 23
    assertFails(offer("\"publicationDate\" : \"2026-05-08T22:02:40Z\"", "\"publicationDate\" : null"),
        "offer.json:4:23: \"publicationDate\" must be a string");
    // line 16: "terms" : [ with the '[' at column 13
    assertFails(offer("\"terms\" : {", "\"terms\" : [ ], \"x\" : {"),
        "offer.json:16:13: \"terms\" must be an object (found begin array)");
    // line 17: "OnDemand" (10 characters from column 5) : "none" at column 18
    assertFails(offer("\"OnDemand\" : {", "\"OnDemand\" : \"none\", \"y\" : {"),
        "offer.json:17:18: \"OnDemand\" must be an object (found string)");
  }

  @Test
  void termsOfTheWrongKind_failNamingTheSku() {
    // line 18: "TRAIN" (from column 7) : 7 at column 17
    assertFails(offer("      \"TRAIN\" : {\n        \"TRAIN.T\" : {",
            "      \"TRAIN\" : 7, \"z\" : {\n        \"TRAIN.T\" : {"),
        "offer.json:18:17: terms of SKU TRAIN must be an object (found number)");
    // line 19: "TRAIN.T" (from column 9) : true at column 21
    assertFails(offer("\"TRAIN.T\" : {", "\"TRAIN.T\" : true, \"w\" : {"),
        "offer.json:19:21: a term of SKU TRAIN must be an object (found true)");
    // line 20: "priceDimensions" (17 characters from column 11) : [ at column 31
    assertFails(offer("\"priceDimensions\" : {", "\"priceDimensions\" : [ ], \"v\" : {"),
        "offer.json:20:31: priceDimensions must be an object (found begin array)");
    // line 21: "TRAIN.T.R" (11 characters from column 13) : null at column 27
    assertFails(offer("\"TRAIN.T.R\" : {", "\"TRAIN.T.R\" : null, \"u\" : {"),
        "offer.json:21:27: price dimension TRAIN.T.R must be an object (found null)");
  }

  @Test
  void aPricePerUnitThatIsNoObjectOrNoString_fails() {
    // line 26: "pricePerUnit" (14 characters from column 15) : "0.23" at column 32
    assertFails(offer("{ \"USD\" : \"0.23\" }", "\"0.23\""),
        "offer.json:26:32: pricePerUnit must be an object like {\"USD\": \"0.23\"} (found string)");
    // line 26: { at 32, "USD" at 34..38, : at 40, the inner { at column 42
    assertFails(offer("{ \"USD\" : \"0.23\" }", "{ \"USD\" : { } }"),
        "offer.json:26:42: \"pricePerUnit.USD\" must be a string");
  }

  @Test
  void fieldsOfADimension_thatAreNoStrings_failAtTheValue_andBadRangesAtTheDimensionsLine() {
    // the dimension's brace is on line 21; a range names the line only
    assertFails(offer("\"endRange\" : \"Inf\"", "\"endRange\" : \"lots\""),
        "offer.json:21: endRange must be a decimal number, but was 'lots'");
    assertFails(offer("\"beginRange\" : \"0\"", "\"beginRange\" : \"-5\""),
        "offer.json:21: beginRange must be >= 0, but was -5");
    // values start at column 15 + the quoted name's length + 3
    assertFails(offer("\"description\" : \"$0.23 per hour\"", "\"description\" : { }"),
        "offer.json:22:31: \"description\" must be a string");
    assertFails(offer("\"beginRange\" : \"0\"", "\"beginRange\" : [ ]"),
        "offer.json:23:30: \"beginRange\" must be a string");
    assertFails(offer("\"endRange\" : \"Inf\"", "\"endRange\" : false"),
        "offer.json:24:28: \"endRange\" must be a string");
    assertFails(offer("\"unit\" : \"Hrs\"", "\"unit\" : null"), "offer.json:25:24: \"unit\" must be a string");
  }

  @Test
  void aBadPriceOrCurrency_failsAtThePricesLineAndColumn() {
    // line 26: the price's string starts at column 42
    assertFails(offer("\"0.23\" }", "\"0.2.3\" }"),
        "offer.json:26:42: pricePerUnit must be a decimal number, but was '0.2.3'");
    // "XYZ1" is a character longer than "USD": its value starts at column 43
    assertFails(offer("{ \"USD\" : \"0.23\" }", "{ \"XYZ1\" : \"0.23\" }"),
        "offer.json:26:43: currency must be an ISO 4217 code such as USD, EUR or JPY, but was 'XYZ1'");
  }

  @Test
  void aSecondCurrency_failsWhereItIsRead() {
    // HOST's terms come first, in EUR; TRAIN's USD price on line 26 is where a second currency would enter
    String json = edit(offer("\"TRAIN\" : {", "\"HOST\" : { \"attributes\" : { \"regionCode\" : \"us-east-1\","
            + " \"usagetype\" : \"USE1-Host:ml.c5.xlarge\" } }, \"TRAIN\" : {"),
        "\"OnDemand\" : {", "\"OnDemand\" : { \"HOST\" : { \"HOST.T\" : { \"priceDimensions\" : { \"HOST.T.R\" : {"
            + " \"unit\" : \"Hrs\", \"pricePerUnit\" : { \"EUR\" : \"0.20\" } } } } },");
    assertFails(json, "offer.json:26:42: currency USD differs from EUR of the prices read before: one catalog"
        + " holds one currency");
  }

  @Test
  void aUnitThatDoesNotFit_failsAtTheUnitsLineAndColumn() {
    // line 25: "unit" : "GB-Mo" with the value at column 24
    assertFails(offer("\"unit\" : \"Hrs\"", "\"unit\" : \"GB-Mo\""),
        "offer.json:25:24: unit of SKU TRAIN must be Hour or Hours or Hrs to price SageMaker/Training/ml.m5.xlarge"
            + " per instance-hour, but was 'GB-Mo'; fix the file, or map this usage type with"
            + " OfferMapping.Target.of(key, unit, factor, offerUnits) if its unit is right");
  }

  @Test
  void aDimensionWithoutAPriceOrUnit_failsAtItsLine() {
    assertFails(offer(",\n              \"pricePerUnit\" : { \"USD\" : \"0.23\" }", ""),
        "offer.json:21: price dimension TRAIN.T.R has no pricePerUnit");
    assertFails(offer("\"unit\" : \"Hrs\",", ""),
        "offer.json:21: price dimension TRAIN.T.R has no unit; AWS's files give one, such as \"unit\" : \"Hrs\"");
  }

  @Test
  void aTruncatedFile_failsAtItsLastCharacter_sayingWhatIsUnclosed() {
    // cut after line 10's value, which ends at column 34: the root, "products", TRAIN and its attributes are open
    String json = OFFER.substring(0, OFFER.indexOf("\"us-east-1\"") + "\"us-east-1\"".length());
    assertFails(json, "offer.json:10:34: unexpected end of file: 4 unclosed {");
  }

  @Test
  void aMissingValue_failsWhereTheValueShouldBe() {
    // line 10: "regionCode" (12 characters from column 9) : } with the '}' at column 24. The reader took a
    // missing value for the end of the object and failed far away, at the end of the file; it says so here now
    assertFails(offer("\"regionCode\" : \"us-east-1\",", "\"regionCode\" : }"),
        "offer.json:10:24: expected a value for \"regionCode\" but found '}'");
    // line 26: ']' at column 42, where the price should be
    assertFails(offer("{ \"USD\" : \"0.23\" }", "{ \"USD\" : ] }"),
        "offer.json:26:42: expected a value for \"USD\" but found ']'");
  }
}
