package dev.costmodel.api;

import dev.costmodel.api.internal.Checks;
import dev.costmodel.api.internal.Quotients;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of data, a whole number of bytes, with explicit decimal and binary units.
 *
 * <p>{@code DataSize.ofKilobytes(20)} is 20,000 bytes; {@code DataSize.ofKibibytes(20)} is 20,480 bytes.
 * AWS prices a "GB" as 2<sup>30</sup> bytes, so prices in costmodel are per GiB and sizes convert with
 * {@link #toGibibytes()}. Conversions out return exact {@link BigDecimal}s (a division by a power of two or
 * of ten always terminates).
 *
 * <pre>{@code
 * DataSize perRequest = DataSize.ofKibibytes(20).plus(DataSize.ofKibibytes(2));   // 22 KiB
 * perRequest.toGibibytes().multiply(BigDecimal.valueOf(4_000_000));               // 83.923… GiB
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataSize implements Comparable<DataSize> {
  /** No data. */
  public static final DataSize ZERO = new DataSize(0);

  private static final DataUnit[] UNITS = DataUnit.values();
  private static final DataUnit[] NO_UNITS = {};

  private final long bytes;

  private DataSize(long bytes) {
    this.bytes = bytes;
  }

  /** Returns {@code amount} of {@code unit}; the amount must be {@code >= 0}. */
  public static DataSize of(long amount, DataUnit unit) {
    Checks.nonNegative("DataSize amount", amount);
    try {
      return new DataSize(Math.multiplyExact(amount, unit.bytes()));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "DataSize must be at most " + Long.MAX_VALUE + " bytes, but was " + amount + " " + unit.symbol(), e);
    }
  }

  /** Returns a size of {@code bytes} bytes. */
  public static DataSize ofBytes(long bytes) {
    return of(bytes, DataUnit.BYTE);
  }

  /** Returns a size of {@code kilobytes} × 1,000 bytes. */
  public static DataSize ofKilobytes(long kilobytes) {
    return of(kilobytes, DataUnit.KILOBYTE);
  }

  /** Returns a size of {@code kibibytes} × 1,024 bytes. */
  public static DataSize ofKibibytes(long kibibytes) {
    return of(kibibytes, DataUnit.KIBIBYTE);
  }

  /** Returns a size of {@code megabytes} × 10<sup>6</sup> bytes. */
  public static DataSize ofMegabytes(long megabytes) {
    return of(megabytes, DataUnit.MEGABYTE);
  }

  /** Returns a size of {@code mebibytes} × 2<sup>20</sup> bytes. */
  public static DataSize ofMebibytes(long mebibytes) {
    return of(mebibytes, DataUnit.MEBIBYTE);
  }

  /** Returns a size of {@code gigabytes} × 10<sup>9</sup> bytes. */
  public static DataSize ofGigabytes(long gigabytes) {
    return of(gigabytes, DataUnit.GIGABYTE);
  }

  /** Returns a size of {@code gibibytes} × 2<sup>30</sup> bytes. */
  public static DataSize ofGibibytes(long gibibytes) {
    return of(gibibytes, DataUnit.GIBIBYTE);
  }

  /** Returns a size of {@code terabytes} × 10<sup>12</sup> bytes. */
  public static DataSize ofTerabytes(long terabytes) {
    return of(terabytes, DataUnit.TERABYTE);
  }

  /** Returns a size of {@code tebibytes} × 2<sup>40</sup> bytes. */
  public static DataSize ofTebibytes(long tebibytes) {
    return of(tebibytes, DataUnit.TEBIBYTE);
  }

  /** The size in bytes. */
  public long toBytes() {
    return bytes;
  }

  /** The exact size in {@code unit}s. */
  public BigDecimal to(DataUnit unit) {
    return Quotients.exact(bytes, unit.bytes());
  }

  /** The exact size in kibibytes (2<sup>10</sup> bytes). */
  public BigDecimal toKibibytes() {
    return to(DataUnit.KIBIBYTE);
  }

  /** The exact size in mebibytes (2<sup>20</sup> bytes). */
  public BigDecimal toMebibytes() {
    return to(DataUnit.MEBIBYTE);
  }

  /** The exact size in gibibytes (2<sup>30</sup> bytes), the unit AWS calls "GB" on a bill. */
  public BigDecimal toGibibytes() {
    return to(DataUnit.GIBIBYTE);
  }

  /** The exact size in gigabytes (10<sup>9</sup> bytes). */
  public BigDecimal toGigabytes() {
    return to(DataUnit.GIGABYTE);
  }

  /** Returns the sum of this and {@code other}. */
  public DataSize plus(DataSize other) {
    return new DataSize(Math.addExact(bytes, other.bytes));
  }

  /** Returns this size times a non-negative whole {@code factor}. */
  public DataSize multipliedBy(long factor) {
    Checks.nonNegative("DataSize factor", factor);
    return new DataSize(Math.multiplyExact(bytes, factor));
  }

  /** True if this is zero bytes. */
  public boolean isZero() {
    return bytes == 0;
  }

  @Override
  public int compareTo(DataSize other) {
    return Long.compare(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataSize && ((DataSize) other).bytes == bytes;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(bytes);
  }

  /**
   * The size in the largest unit that shows it as a whole number: {@code 22 KiB}, {@code 20 KB},
   * {@code 2 GiB}, {@code 1000 B}.
   */
  @Override
  public String toString() {
    DataUnit best = DataUnit.BYTE;
    for (DataUnit unit : bytes == 0 ? NO_UNITS : UNITS) {
      if (bytes % unit.bytes() == 0 && unit.bytes() > best.bytes()) {
        best = unit;
      }
    }
    return (bytes / best.bytes()) + " " + best.symbol();
  }
}
