package io.triage.classify.pii;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * API keys, tokens and credentials. Each rule runs only when its literal prefix occurs in the text.
 * <ul>
 *   <li>by prefix: OpenAI {@code sk-}, {@code sk-proj-}, Anthropic {@code sk-ant-} (20+ characters with
 *       capitals, lower case and digits), AWS access key ids {@code AKIA}/{@code ASIA} + 16, GitHub
 *       {@code ghp_ gho_ ghu_ ghs_ ghr_} + 36 and {@code github_pat_}, Slack {@code xoxa- xoxb- xoxp-
 *       xoxr-}, Google {@code AIza} + 35, Stripe {@code sk_live_ rk_live_} and their {@code _test_}
 *       twins;</li>
 *   <li>JSON Web Tokens: three base64url segments whose first decodes to a JSON object with
 *       {@code "alg"};</li>
 *   <li>PEM private key blocks, see {@link PemBlocks};</li>
 *   <li>by context, reporting the value only, so that a redacted line still reads
 *       {@code password=[SECRET]}: {@code aws_secret_access_key} with 40 base64 characters; assignments
 *       ({@code = : := =>}, quoted or not) to a key ending in password, passwd, passphrase, pwd, secret,
 *       token, api_key, access_key, secret_key or private_key; {@code Bearer} and {@code Basic}
 *       credentials; and passwords in URLs ({@code postgres://user:pw@host}). Their values must pass
 *       {@link SecretValue#isLikely}.</li>
 * </ul>
 * Not covered: high-entropy strings with no prefix or key name around them, and other vendors' keys.
 */
final class SecretRecognizer implements Recognizer {

    /** Where a match starts, given where one of its rule's needles was found. */
    @FunctionalInterface
    private interface StartAt {
        int start(String text, int needle);
    }

    /**
     * One pattern, the literals that must occur in a match, where the match starts relative to them,
     * the group it reports, and a last check on the match.
     */
    private record Rule(List<String> needles, boolean ignoreCase, StartAt startAt, Anchored pattern, int group,
            Predicate<MatchResult> check) {

        int[] starts(String text, String haystack) {
            IntStream.Builder starts = IntStream.builder();
            for (String needle : needles) {
                for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                    starts.add(startAt.start(text, at));
                }
            }
            return starts.build().sorted().distinct().toArray();
        }
    }

    private static final StartAt AT_NEEDLE = (text, needle) -> needle;
    private static final int TOKEN = 1_024;
    private static final int LONG_TOKEN = 16_384;
    private static final int SCHEME = 16;

    private static final List<Rule> RULES = List.of(
            rule(List.of("sk-"), "(?<![\\w-])sk-(?:ant-|proj-|svcacct-|admin-)?([A-Za-z0-9_-]{20,}+)", 0,
                    match -> SecretValue.isRandom(match.group(1))),
            rule(List.of("AKIA", "ASIA"), "(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])", 0, match -> true),
            rule(List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
                    "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])", 0,
                    match -> SecretValue.hasDigit(match.group())),
            rule(List.of("xoxa-", "xoxb-", "xoxp-", "xoxr-"), "(?<![\\w-])xox[abpr]-[A-Za-z0-9-]{10,}+(?!\\w)", 0,
                    match -> SecretValue.hasDigit(match.group())),
            rule(List.of("AIza"), "(?<![\\w-])AIza[0-9A-Za-z_-]{35}(?![\\w-])", 0, match -> true),
            new Rule(List.of("k_live_", "k_test_"), false, (text, needle) -> needle - 1,
                    new Anchored(Pattern.compile(
                            "(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[0-9A-Za-z]{16,}+(?![A-Za-z0-9_])"), TOKEN),
                    0, match -> SecretValue.hasDigit(match.group())),
            new Rule(List.of("eyJ"), false, AT_NEEDLE, new Anchored(Pattern.compile(
                    "(?<![\\w-])eyJ[A-Za-z0-9_-]{6,}+\\.[A-Za-z0-9_-]{4,}+\\.[A-Za-z0-9_-]*+(?![\\w-])"), LONG_TOKEN),
                    0, SecretRecognizer::hasJwtHeader),
            ruleIgnoringCase(List.of("aws"), AT_NEEDLE, "aws_?secret_?(?:access_?)?key[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?"
                    + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", match -> true),
            ruleIgnoringCase(List.of("bearer", "basic"), AT_NEEDLE,
                    "(?<![\\w-])(?:bearer|basic)\\s{1,3}([A-Za-z0-9._~+/-]{16,}+=*)",
                    match -> SecretValue.isLikely(match.group(1))),
            ruleIgnoringCase(List.of("://"), SecretRecognizer::schemeStart,
                    "(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{1,15}://[^\\s:/@]{1,64}:([^\\s:/@]{1,128})@",
                    match -> SecretValue.isLikely(match.group(1))),
            ruleIgnoringCase(List.of("pass", "pwd", "secret", "token", "api", "access", "private"), AT_NEEDLE,
                    "(?:password|passwd|passphrase|pwd|secret|token|(?:api|access|secret|private)[_-]?key|apikey)"
                            + "[\"']?\\s{0,3}(?::=|=>|[:=])\\s{0,3}[\"']?"
                            + "([^\\s\"'`,;=<>(){}\\[\\]$][^\\s\"'`,;=<>(){}\\[\\]]{7,255}+=*)(?![(\\[{])",
                    match -> SecretValue.isLikely(match.group(1))));

    @Override
    public PiiKind kind() {
        return PiiKind.SECRET;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.length() >= SecretValue.MIN_LENGTH;
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        String lower = Chars.asciiLower(text);
        for (Rule rule : RULES) {
            int[] starts = rule.starts(text, rule.ignoreCase() ? lower : text);
            if (starts.length > 0) {
                Anchored.Finder finder = rule.pattern().in(text);
                for (int start : starts) {
                    addAt(finder, start, rule.group(), rule.check(), out);
                }
            }
        }
        if (text.contains("-----BEGIN ")) {
            PemBlocks.find(text, out);
        }
    }

    private static Rule rule(List<String> needles, String regex, int group, Predicate<MatchResult> check) {
        return new Rule(needles, false, AT_NEEDLE, new Anchored(Pattern.compile(regex), TOKEN), group, check);
    }

    private static Rule ruleIgnoringCase(List<String> needles, StartAt startAt, String regex,
            Predicate<MatchResult> check) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return new Rule(needles, true, startAt, new Anchored(pattern, LONG_TOKEN), 1, check);
    }

    /** A URL's scheme ends at {@code ://}; walk back over scheme characters to its start. */
    private static int schemeStart(String text, int separator) {
        int start = separator;
        while (start > 0 && separator - start < SCHEME && isSchemeChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isSchemeChar(char c) {
        return Chars.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-';
    }

    /** A JWT's first segment is its header: base64url JSON that names the signing algorithm. */
    private static boolean hasJwtHeader(MatchResult match) {
        String header = match.group().substring(0, match.group().indexOf('.'));
        try {
            String json = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8).strip();
            return json.startsWith("{") && json.contains("\"alg\"");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
