package dev.costmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costmodel.api.price.PriceKey;
import dev.costmodel.api.price.PriceUnit;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A mapping's target: what makes two equal, what it accepts, and the factors it refuses. */
class OfferMappingTargetTest {
  private static final PriceKey PUT = PriceKey.parse("S3/Requests/PUT");

  @Test
  void aFactorOfZeroOrLess_isRefused() {
    assertThatThrownBy(() -> OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OfferMapping.Target.offerUnitsPerUnit must be > 0, but was 0");
    assertThatThrownBy(() -> OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, new BigDecimal("-1000")))
        .hasMessage("OfferMapping.Target.offerUnitsPerUnit must be > 0, but was -1000");
    assertThat(OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, new BigDecimal("0.001")).offerUnitsPerUnit())
        .isEqualByComparingTo("0.001");
  }

  @Test
  void equalTargets_haveEqualKeyUnitFactorAndUnits_theFactorComparedByValue() {
    OfferMapping.Target target = OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, new BigDecimal("1000"));
    OfferMapping.Target same = OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, new BigDecimal("1000.00"),
        Set.of("requests", "REQUEST", "Unit", "units"));
    assertThat(same).isEqualTo(target).hasSameHashCodeAs(target);
    assertThat(target).isNotEqualTo(OfferMapping.Target.of(PriceKey.parse("S3/Requests/GET"),
        PriceUnit.THOUSAND_REQUESTS, new BigDecimal("1000")));
    assertThat(target).isNotEqualTo(OfferMapping.Target.of(PUT, PriceUnit.REQUEST, new BigDecimal("1000")));
    assertThat(target).isNotEqualTo(OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS, BigDecimal.ONE));
    assertThat(target).isNotEqualTo(OfferMapping.Target.of(PUT, PriceUnit.THOUSAND_REQUESTS,
        new BigDecimal("1000"), Set.of("Requests")));
    assertThat(target).isNotEqualTo("S3/Requests/PUT per 1K requests");
    assertThat(target.toString()).isEqualTo("S3/Requests/PUT per 1K requests");
  }
}
