/**
 * The trained head of the task classifier: a small multi-layer perceptron (or, with no hidden
 * layer, a softmax regression) over the sentence embedding and the cheap features, with its
 * training (seeded, reproducible mini-batch Adam) and its file format. Plain Java.
 */
package io.triage.classify.head;
