package dev.costmodel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataSizeTest {
  @Test
  void decimalAndBinaryUnits_differ() {
    assertThat(DataSize.ofKilobytes(20).toBytes()).isEqualTo(20_000);
    assertThat(DataSize.ofKibibytes(20).toBytes()).isEqualTo(20_480);
    assertThat(DataSize.ofMegabytes(1)).isNotEqualTo(DataSize.ofMebibytes(1));
    assertThat(DataSize.ofGigabytes(1).toBytes()).isEqualTo(1_000_000_000L);
    assertThat(DataSize.ofGibibytes(1).toBytes()).isEqualTo(1L << 30);
    assertThat(DataSize.ofTerabytes(1).toBytes()).isEqualTo(1_000_000_000_000L);
    assertThat(DataSize.ofTebibytes(1).toBytes()).isEqualTo(1L << 40);
  }

  @Test
  void toGibibytes_isExact() {
    assertThat(DataSize.ofMebibytes(20).toGibibytes()).isEqualByComparingTo("0.01953125");
    assertThat(DataSize.ofGigabytes(1).toGibibytes()).isEqualByComparingTo("0.931322574615478515625");
    assertThat(DataSize.ofGibibytes(3).toGigabytes()).isEqualByComparingTo("3.221225472");
  }

  @Test
  void seed_22KiB_times4MillionRequests_is83point92GiB() {
    // seed report section 7-1: 22 KB × 4,000,000 requests ≈ 83.92 GiB (binary units)
    BigDecimal gib = DataSize.ofKibibytes(22).toGibibytes().multiply(BigDecimal.valueOf(4_000_000));
    assertThat(gib).isEqualByComparingTo("83.92333984375");
  }

  @Test
  void plusAndMultipliedBy() {
    assertThat(DataSize.ofKibibytes(20).plus(DataSize.ofKibibytes(2))).isEqualTo(DataSize.ofKibibytes(22));
    assertThat(DataSize.ofMebibytes(20).multipliedBy(6)).isEqualTo(DataSize.ofMebibytes(120));
  }

  @Test
  void negative_isRejected() {
    assertThatThrownBy(() -> DataSize.ofKibibytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DataSize amount must be >= 0, but was -1");
  }

  @Test
  void overflow_isRejected() {
    assertThatThrownBy(() -> DataSize.ofTebibytes(Long.MAX_VALUE / 1000))
        .hasMessageStartingWith("DataSize must be at most 9223372036854775807 bytes, but was");
  }

  @Test
  void toString_usesLargestWholeUnit() {
    assertThat(DataSize.ofKibibytes(22)).hasToString("22 KiB");
    assertThat(DataSize.ofKilobytes(20)).hasToString("20 KB");
    assertThat(DataSize.ofGibibytes(2)).hasToString("2 GiB");
    assertThat(DataSize.ofBytes(1000)).hasToString("1 KB");
    assertThat(DataSize.ofBytes(999)).hasToString("999 B");
    assertThat(DataSize.ZERO).hasToString("0 B");
  }
}
