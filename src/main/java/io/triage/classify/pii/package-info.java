/**
 * Finds personal data and secrets in request text, so that a routing policy can keep such requests
 * on the local, on-premises model. {@link io.triage.classify.pii.PiiDetector} is the entry point; it
 * reports {@link io.triage.classify.pii.PiiFinding}s, which hold a kind and offsets but never the text,
 * and {@link io.triage.classify.pii.PiiDetector#redact} turns them into {@code [EMAIL]}-style
 * placeholders for logs.
 *
 * <h2>Kinds</h2>
 * <ul>
 *   <li>{@code email}: ASCII addresses with an alphabetic top-level domain;</li>
 *   <li>{@code phone}: international numbers with {@code +} or {@code 00} (9-15 digits, grouped or
 *       E.164) and North American numbers;</li>
 *   <li>{@code credit_card}: 13-19 digits, Luhn-valid, from a known issuer;</li>
 *   <li>{@code iban}: country length and mod-97 check;</li>
 *   <li>{@code national_id}: US SSN, UK National Insurance number, French NIR with its key;</li>
 *   <li>{@code ip_address}: IPv4 and IPv6;</li>
 *   <li>{@code secret}: vendor API keys and tokens by prefix, JWTs, PEM private keys, and high-entropy
 *       values assigned to password, secret, token or key names.</li>
 * </ul>
 * Each recognizer's javadoc gives its exact rules.
 *
 * <h2>Precision and cost</h2>
 * Checksums (Luhn, mod 97, the NIR key), issuer and country tables and context rules keep version
 * numbers, dates, times, prices, order numbers, ISBNs, UUIDs, git SHAs, hex colours and arithmetic out.
 * A scan is linear in the text: one pass counts characters to skip kinds that cannot occur, literal
 * prefixes gate the secret patterns, and the patterns use bounded or possessive quantifiers behind a
 * look-behind, so adversarial input (100,000 repeated characters) cannot make them backtrack.
 *
 * <h2>Known limits</h2>
 * <ul>
 *   <li>Names, postal addresses, dates of birth and free-text health or financial facts are not
 *       detected: they need a model, not patterns.</li>
 *   <li>National ids of other countries, passports and licences are not covered; nor are phone numbers
 *       written nationally outside North America ({@code 020 7946 0958}), nor lower-case IBANs.</li>
 *   <li>Luhn passes one random number in ten, so a 16-digit order number starting with 4 may read as a
 *       Visa card; mod 97 and the NIR key pass one in 97.</li>
 *   <li>A dotted quad without a version word nearby ({@code 10.2.30.4}) counts as an IP address, and
 *       so does an OID with four arcs ({@code 2.5.29.15}).</li>
 *   <li>Secrets without a known prefix or a key name beside them, and internationalised (non-ASCII)
 *       email addresses, are missed.</li>
 * </ul>
 * Plain Java, no framework and no dependencies.
 */
package io.triage.classify.pii;
