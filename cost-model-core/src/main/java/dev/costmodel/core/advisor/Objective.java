package dev.costmodel.core.advisor;

/** The objective the Pareto front weighs against cost. */
public enum Objective {
  /** The serving option's p95 latency, lower is better. */
  LATENCY,
  /** The time to retrain every model once at the least parallelism the deadline needs (or 1), lower is better. */
  COMPLETION_TIME,
  /** How many instances serve at least, higher is better. */
  REDUNDANCY
}
