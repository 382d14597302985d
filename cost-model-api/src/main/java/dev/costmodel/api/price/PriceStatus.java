package dev.costmodel.api.price;

/** How far a price can be trusted: where it was read, or that it was inferred. */
public enum PriceStatus {
  /** Read from the provider's own price page, price list or documentation. */
  OFFICIAL,
  /** Read from a third party (a published tool's test data, a sample bill, a price table). */
  SECONDARY,
  /** Not read anywhere: derived from other prices or a published pattern. An estimate that uses one says so. */
  INFERRED
}
