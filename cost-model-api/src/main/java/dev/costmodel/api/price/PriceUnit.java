package dev.costmodel.api.price;

/**
 * What one unit of a price buys: an instance-hour, a second of inference, a GiB processed, a GiB stored for a
 * month, a million requests…
 *
 * <p>Data units are binary: AWS bills a "GB" as 2<sup>30</sup> bytes, so {@link #GIB} and {@link #GIB_MONTH}
 * are what AWS's "GB" and "GB-Mo" mean. The {@link #label() label} is how the unit appears in formulas and
 * in catalog files.
 */
public enum PriceUnit {
  /** One instance running for one hour (SageMaker instances, VMs). */
  INSTANCE_HOUR("instance-hour", "instance-hours"),
  /** One node running for one hour (Vertex AI). */
  NODE_HOUR("node-hour", "node-hours"),
  /** One hour of something that is not an instance. */
  HOUR("hour", "hours"),
  /** One second (serverless inference at a given memory size). */
  SECOND("second", "seconds"),
  /** One second of one provisioned-concurrency slot. */
  PROVISIONED_CONCURRENCY_SECOND("PC-second", "PC-seconds"),
  /** One GiB (2<sup>30</sup> bytes) processed or transferred. */
  GIB("GiB", "GiB"),
  /** One GiB stored for one month. */
  GIB_MONTH("GiB-month", "GiB-months"),
  /** One GiB of memory for one second (Lambda, Cloud Functions, Cloud Run). */
  GIB_SECOND("GiB-second", "GiB-seconds"),
  /** One GiB of memory for one hour. */
  GIB_HOUR("GiB-hour", "GiB-hours"),
  /** One vCPU for one second. */
  VCPU_SECOND("vCPU-second", "vCPU-seconds"),
  /** One vCPU for one hour. */
  VCPU_HOUR("vCPU-hour", "vCPU-hours"),
  /** One GHz of CPU for one second (Cloud Functions 1st gen). */
  GHZ_SECOND("GHz-second", "GHz-seconds"),
  /** One request. */
  REQUEST("request", "requests"),
  /** One thousand requests (S3 request prices). */
  THOUSAND_REQUESTS("1K requests", "K requests"),
  /** One million requests (Lambda, API Gateway). */
  MILLION_REQUESTS("1M requests", "M requests"),
  /** One million events (EventBridge). */
  MILLION_EVENTS("1M events", "M events"),
  /** One million invocations (EventBridge Scheduler, Cloud Functions). */
  MILLION_INVOCATIONS("1M invocations", "M invocations");

  private final String label;
  private final String plural;

  PriceUnit(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  /** How a quantity of this unit reads in a formula: {@code 30,000 instance-hours}, {@code 4 M requests}. */
  public String plural() {
    return plural;
  }

  /**
   * How {@code quantity} of this unit reads in a formula: the singular for exactly one
   * ({@code 1 instance-hour}), the {@link #plural()} otherwise. Units whose label holds its own count
   * ({@code 1M requests}) always read in the plural: {@code 1 M requests}.
   */
  public String quantityLabel(java.math.BigDecimal quantity) {
    return quantity.compareTo(java.math.BigDecimal.ONE) == 0 && !label.startsWith("1") ? label : plural;
  }

  /** How the unit appears in formulas and catalog files: {@code instance-hour}, {@code GiB-month}… */
  public String label() {
    return label;
  }

  /**
   * Reads a unit from its {@link #label() label} or its constant name, ignoring case.
   *
   * @throws IllegalArgumentException naming the known labels if the text matches none
   */
  public static PriceUnit fromLabel(String text) {
    String wanted = text.trim();
    for (PriceUnit unit : values()) {
      if (unit.label.equalsIgnoreCase(wanted) || unit.name().equalsIgnoreCase(wanted)) {
        return unit;
      }
    }
    StringBuilder known = new StringBuilder();
    for (PriceUnit unit : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(unit.label);
    }
    throw new IllegalArgumentException(
        "price unit must be one of " + known + ", but was '" + text + "'");
  }

  @Override
  public String toString() {
    return label;
  }
}
