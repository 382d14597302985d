package dev.costmodel.api.price;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a price came from and as of when: a description of the source, an as-of date (a year, a month or a
 * day in ISO-8601: {@code 2026}, {@code 2026-09}, {@code 2026-05-08}) and a {@link PriceStatus}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PriceSource.of("seed report section 5-1", "2026", PriceStatus.SECONDARY);
 * }</pre>
 */
public final class PriceSource {
  private static final Pattern AS_OF = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final String description;
  private final String asOf;
  private final PriceStatus status;

  private PriceSource(String description, String asOf, PriceStatus status) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(asOf, "asOf");
    if (description.isBlank()) {
      throw new IllegalArgumentException(
          "PriceSource.description must name where the price was read, but was blank");
    }
    if (!AS_OF.matcher(asOf).matches()) {
      throw new IllegalArgumentException(
          "PriceSource.asOf must be an ISO-8601 year, month or date (2026, 2026-09, 2026-05-08), but was '"
              + asOf + "'");
    }
    this.description = description.trim();
    this.asOf = asOf;
    this.status = Objects.requireNonNull(status, "status");
  }

  /** Returns a source; {@code asOf} is {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  public static PriceSource of(String description, String asOf, PriceStatus status) {
    return new PriceSource(description, asOf, status);
  }

  /** Where the price was read, or how it was derived. */
  public String description() {
    return description;
  }

  /** The date the price was read or published: {@code 2026}, {@code 2026-09} or {@code 2026-05-08}. */
  public String asOf() {
    return asOf;
  }

  /** How far the price can be trusted. */
  public PriceStatus status() {
    return status;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriceSource
        && ((PriceSource) other).description.equals(description)
        && ((PriceSource) other).asOf.equals(asOf)
        && ((PriceSource) other).status == status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, asOf, status);
  }

  @Override
  public String toString() {
    return description + " (as of " + asOf + ", " + status.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
