/**
 * Sentence embeddings for the task classifier, computed in process by ONNX Runtime from the
 * quantized models LangChain4j publishes on Maven Central. Inputs are cut to their head and tail
 * before embedding (the instruction is almost always at one end), and repeated texts are served
 * from a cache.
 */
package io.triage.classify.embed;
