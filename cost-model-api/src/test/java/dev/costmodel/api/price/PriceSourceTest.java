package dev.costmodel.api.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceSourceTest {
  @Test
  void asOf_acceptsYearMonthOrDate() {
    assertThat(PriceSource.of("x", "2026", PriceStatus.OFFICIAL).asOf()).isEqualTo("2026");
    assertThat(PriceSource.of("x", "2026-09", PriceStatus.OFFICIAL).asOf()).isEqualTo("2026-09");
    assertThat(PriceSource.of("x", "2026-05-08", PriceStatus.OFFICIAL)).hasToString("x (as of 2026-05-08, official)");
  }

  @Test
  void asOf_otherText_isRejected() {
    assertThatThrownBy(() -> PriceSource.of("x", "May 2026", PriceStatus.SECONDARY))
        .hasMessage("PriceSource.asOf must be an ISO-8601 year, month or date (2026, 2026-09, 2026-05-08), but was 'May 2026'");
  }

  @Test
  void blankDescription_isRejected() {
    assertThatThrownBy(() -> PriceSource.of(" ", "2026", PriceStatus.SECONDARY))
        .hasMessage("PriceSource.description must name where the price was read, but was blank");
  }
}
