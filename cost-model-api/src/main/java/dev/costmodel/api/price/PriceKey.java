package dev.costmodel.api.price;

import java.util.Objects;

/**
 * What a price is for: a service, a usage of it and a resource, such as
 * {@code SageMaker / Training / ml.m5.xlarge} or {@code S3 / Storage / Standard}.
 *
 * <p>Names are matched exactly (case-sensitive). The resource may be empty for a usage that has only one
 * price. Immutable and thread-safe.
 *
 * <pre>{@code
 * PriceKey key = PriceKey.of("SageMaker", "Training", "ml.m5.xlarge");
 * key.toString();   // SageMaker/Training/ml.m5.xlarge
 * }</pre>
 */
public final class PriceKey implements Comparable<PriceKey> {
  private final String service;
  private final String usage;
  private final String resource;
  private int hash;

  private PriceKey(String service, String usage, String resource) {
    this.service = requireName("PriceKey.service", service);
    this.usage = requireName("PriceKey.usage", usage);
    this.resource = Objects.requireNonNull(resource, "resource").trim();
  }

  /** Returns the key for {@code service}, {@code usage} and {@code resource} (which may be empty). */
  public static PriceKey of(String service, String usage, String resource) {
    return new PriceKey(service, usage, resource);
  }

  /**
   * Reads the text {@link #toString()} writes: {@code service/usage/resource}. The resource may hold
   * further slashes.
   */
  public static PriceKey parse(String text) {
    String[] parts = text.split("/", 3);
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "PriceKey text must be service/usage/resource, like 'SageMaker/Training/ml.m5.xlarge', but was '"
              + text + "'");
    }
    return new PriceKey(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
  }

  /** The service, such as {@code SageMaker}, {@code S3}, {@code Lambda}. */
  public String service() {
    return service;
  }

  /** The usage within the service, such as {@code Training} or {@code RealTimeHosting}. */
  public String usage() {
    return usage;
  }

  /** The resource, such as an instance type {@code ml.m5.xlarge}; may be empty. */
  public String resource() {
    return resource;
  }

  @Override
  public int compareTo(PriceKey other) {
    int c = service.compareTo(other.service);
    if (c == 0) {
      c = usage.compareTo(other.usage);
    }
    return c != 0 ? c : resource.compareTo(other.resource);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PriceKey
        && ((PriceKey) other).service.equals(service)
        && ((PriceKey) other).usage.equals(usage)
        && ((PriceKey) other).resource.equals(resource);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      // Objects.hash(service, usage, resource), without the varargs array
      h = 31 * (31 * (31 + service.hashCode()) + usage.hashCode()) + resource.hashCode();
      hash = h;
    }
    return h;
  }

  /** {@code service/usage/resource}, or {@code service/usage} when the resource is empty. */
  @Override
  public String toString() {
    return resource.isEmpty() ? service + "/" + usage : service + "/" + usage + "/" + resource;
  }

  private static String requireName(String field, String value) {
    String trimmed = Objects.requireNonNull(value, field).trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
    return trimmed;
  }
}
