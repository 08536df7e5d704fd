/**
 * Training and evaluating the task classifier: reading the labelled corpus in
 * {@code router-rules/classifier/corpus/} and the raw public data in {@code ../shared/data}
 * (wrapped in instruction templates), fitting the head, and writing the model, its metrics and
 * its data sources into {@code router-rules/classifier/}. Run by {@code bin/train-classifier}
 * and {@code bin/eval-classifier}; nothing here runs inside the gateway.
 */
package io.triage.classify.train;
