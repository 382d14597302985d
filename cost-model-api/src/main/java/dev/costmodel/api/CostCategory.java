package dev.costmodel.api;

/**
 * What a line of an estimate pays for. The first four are the seed report's columns (section 7-3):
 * retraining, model storage, inference, monitoring.
 */
public enum CostCategory {
  /** Retraining pipeline jobs: processing, training, evaluation (instance-hours). */
  RETRAIN("retrain"),
  /** Model artifacts kept in object storage. */
  STORAGE("storage"),
  /** Serving predictions: endpoints, serverless seconds, data processed. */
  INFERENCE("inference"),
  /** Drift and quality monitoring jobs and the data they read. */
  MONITORING("monitoring"),
  /** Schedulers and event buses that start work. */
  TRIGGER("trigger"),
  /** Data sent out of the cloud or between regions. */
  DATA_TRANSFER("data transfer"),
  /** Anything else a user-written component prices. */
  OTHER("other");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  /** A lower-case name for tables and charts: {@code retrain}, {@code data transfer}… */
  public String label() {
    return label;
  }
}
