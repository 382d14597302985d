package dev.costmodel.api;

/**
 * A unit of data size: decimal (SI, powers of 1000) or binary (IEC, powers of 1024).
 *
 * <p>The names say which: {@link #KILOBYTE} is 1,000 bytes, {@link #KIBIBYTE} is 1,024 bytes. AWS bills a
 * "GB" of storage or data processed as a {@link #GIBIBYTE} (2<sup>30</sup> bytes).
 */
public enum DataUnit {
  /** One byte. */
  BYTE("B", 1L),
  /** 10<sup>3</sup> bytes. */
  KILOBYTE("KB", 1_000L),
  /** 2<sup>10</sup> bytes. */
  KIBIBYTE("KiB", 1L << 10),
  /** 10<sup>6</sup> bytes. */
  MEGABYTE("MB", 1_000_000L),
  /** 2<sup>20</sup> bytes. */
  MEBIBYTE("MiB", 1L << 20),
  /** 10<sup>9</sup> bytes. */
  GIGABYTE("GB", 1_000_000_000L),
  /** 2<sup>30</sup> bytes. */
  GIBIBYTE("GiB", 1L << 30),
  /** 10<sup>12</sup> bytes. */
  TERABYTE("TB", 1_000_000_000_000L),
  /** 2<sup>40</sup> bytes. */
  TEBIBYTE("TiB", 1L << 40);

  private final String symbol;
  private final long bytes;

  DataUnit(String symbol, long bytes) {
    this.symbol = symbol;
    this.bytes = bytes;
  }

  /** The symbol: {@code KB}, {@code KiB}, {@code GiB}… */
  public String symbol() {
    return symbol;
  }

  /** How many bytes one of this unit holds. */
  public long bytes() {
    return bytes;
  }
}
