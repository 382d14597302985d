package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every derivation written in a bundled price's source, recomputed; and the checker shown to catch errors. */
class PriceDerivationTest {
  /** The catalogs and how many derivations each holds: a notation that stops being found fails here. */
  private static final Map<String, Integer> DERIVATIONS = Map.of(
      "aws-us-east-1.csv", 37, "aws-eu-west-1.csv", 0, "aws-ap-northeast-1.csv", 4,
      "gcp-us-central1.csv", 2, "azure-eastus.csv", 2);

  @Test
  void bundledCatalogs_everyDerivationAgreesWithItsPrice() throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> faults = new ArrayList<>();
    for (String file : DERIVATIONS.keySet()) {
      int count = 0;
      try (InputStream in = PriceCatalogs.class.getResourceAsStream(file)) {
        assertThat(in).as(file).isNotNull();
        CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), file, true);
        List<String> row;
        boolean header = false;
        while ((row = csv.next()) != null) {
          if (row.isEmpty() || row.get(0).startsWith("#")) {
            continue;
          }
          if (!header) {
            header = true;
            continue;
          }
          String source = row.get(8);
          BigDecimal price = new BigDecimal(row.get(6));
          count += PriceDerivation.find(source).size();
          for (String fault : PriceDerivation.check(source, price)) {
            faults.add(file + ":" + csv.recordLine() + ": " + fault);
          }
        }
      }
      counts.put(file, count);
    }
    assertThat(faults).isEmpty();
    assertThat(counts).isEqualTo(DERIVATIONS);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
  }

  @Test
  void check_oldArmSecondTierRow_isCaught() {
    // aws-us-east-1.csv before the fix: Lambda/Duration/arm 7.5B-18.75B at 0.000012
    assertThat(PriceDerivation.check("infracost lambda golden (135001.13/11.25e9)", new BigDecimal("0.000012")))
        .containsExactly("price 0.000012 disagrees with its derivation 135001.13/11.25e9 = 0.0000120001"
            + " (to 10 decimals); store 0.0000120001 or correct the source");
    assertThat(PriceDerivation.check("infracost lambda golden (~135001.13/11.25e9 and ~48240.40/4.02e9)",
        new BigDecimal("0.000012"))).hasSize(2);
  }

  @Test
  void check_fixedArmSecondTierRow_passes() {
    assertThat(PriceDerivation.check("infracost lambda golden (~135001.13/11.25e9 and ~48240.40/4.02e9)",
        new BigDecimal("0.0000120001"))).isEmpty();
  }

  @Test
  void check_oldWordedDerivation_isAStray() {
    assertThat(PriceDerivation.check("derived: arm PC price / 0.8 (arm is 20% cheaper); not read",
        new BigDecimal("0.0000041667")))
        .containsExactly("source has arithmetic '/ 0' outside a derivation; write it as numbers joined by * or /,"
            + " like ~0.0000033333/0.8");
    assertThat(PriceDerivation.strays("eu-west-1 bill 1.57 (x1.115 regional ratio)")).containsExactly("x1.1");
    assertThat(PriceDerivation.strays("Lambda x86 and arm64, ml.m5.xlarge, section 5-4, @057e158b")).isEmpty();
  }

  @Test
  void parse_roundedOperand_pinsOnlyTheDigitsItCan() {
    // a bill rounded to cents: 13.605/1.75e6 .. 13.615/1.75e6 agree to 7 decimals
    PriceDerivation bill = PriceDerivation.parse("~13.61/1.75e6");
    assertThat(bill.scale()).isEqualTo(7);
    assertThat(bill.agrees(new BigDecimal("0.0000077778"))).isTrue();
    assertThat(bill.agrees(new BigDecimal("0.0000079"))).isFalse();
    // the same numbers taken as exact pin all 10 decimals, and then 0.0000077778 is wrong
    assertThat(PriceDerivation.parse("13.61/1.75e6").value()).isEqualByComparingTo("0.0000077771");
  }

  @Test
  void parse_roundedQuantityInExponentForm_widensByHalfItsLastDigit() {
    // ~11.25e9 is 11.245e9 .. 11.255e9
    PriceDerivation derivation = PriceDerivation.parse("135001.13/~11.25e9");
    assertThat(derivation.low).isEqualByComparingTo(new BigDecimal("135001.13").divide(new BigDecimal("11.255e9"),
        new java.math.MathContext(40)));
    assertThat(derivation.scale()).isEqualTo(7);
  }

  @Test
  void parse_productsAndQuotients_leftToRight() {
    assertThat(PriceDerivation.parse("0.0000047*1000").value()).isEqualByComparingTo("0.0047");
    assertThat(PriceDerivation.parse("1 / 4 * 2").value()).isEqualByComparingTo("0.5");
    assertThat(PriceDerivation.find("(1024 MB: ~5.00/250000 s) and 0.00002*4; 2026-05-08"))
        .extracting(d -> d.text).containsExactly("~5.00/250000", "0.00002*4");
  }
}
