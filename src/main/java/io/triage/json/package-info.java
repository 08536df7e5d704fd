/**
 * JSON plumbing shared by every package: Jackson's buffer recycling set up for virtual threads.
 */
package io.triage.json;
