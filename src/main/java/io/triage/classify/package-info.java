/**
 * Works out what a request asks for: one of thirteen tasks, how hard it looks, how sure the
 * classifier is, and the request's size in tokens. The router matches its rules against these
 * signals. Plain Java, no framework; {@link io.triage.classify.TaskClassifier} is the one interface
 * every classifier implements.
 */
package io.triage.classify;
