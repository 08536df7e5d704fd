package io.triage.classify.pii;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * IP addresses.
 * <p>
 * IPv4: four decimal octets 0-255 without leading zeros, not part of a longer dotted number. A dotted
 * quad is also how versions, section numbers and OIDs are written, so it is skipped after a version
 * word ({@code v1.2.3.4}, {@code version 2.4.1.0}, {@code build}, {@code release}, {@code section},
 * ...), before a pre-release suffix ({@code 1.2.3.4-beta}), and when all four parts are single digits
 * ({@code 1.2.3.4}, {@code 2.5.4.3}; this also skips public resolvers such as {@code 8.8.8.8}, which
 * identify no one). Other addresses that identify no one are skipped: {@code 0.x.x.x}, loopback
 * {@code 127.x.x.x} and {@code 255.x.x.x} (broadcast and netmasks). Private ranges (10/8, 192.168/16) do count: they
 * describe an internal network.
 * <p>
 * IPv6: eight groups of one to four hex digits, or fewer with one {@code ::}, optionally ending in a
 * dotted IPv4 address. To keep times ({@code 12:30:45}), C++ and Rust paths ({@code Db::Add}) and
 * Python slices ({@code a[1::2]}) out, an address needs a decimal digit and, when compressed, at least
 * five hex digits; loopback {@code ::1} and {@code ::} are skipped, and so are eight two-digit groups
 * ({@code b3:7b:fa:d1:1d:56:c9:3a}), which are EUI-64 or machine ids. Zone ids ({@code %eth0}) are not
 * part of the finding; MAC addresses are not recognized.
 */
final class IpAddressRecognizer implements Recognizer {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Anchored IPV4 = Anchored.of(
            "(?<![\\w.])(" + OCTET + ")(?:\\." + OCTET + "){3}(?!\\w|\\.\\d|-[A-Za-z])", 15);
    private static final Anchored IPV6 = Anchored.of(
            "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![\\w:]|\\.\\d)",
            45);
    /** An IPv6 address has a colon within its first five characters. */
    private static final int FIRST_COLON = 5;
    private static final Pattern VERSION_CUE = Pattern.compile(
            "(?i)(?:\\b(?:v|ver|version|release|build|firmware|rev|revision|sec|section|chapter|clause|rule|step)"
                    + "s?\\.?|§)\\s*[:=#\"'(]?\\s*$");
    private static final Pattern VALID_IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    /** Eight colon-separated bytes: an EUI-64 or machine id, written like IPv6 but not an address. */
    private static final Pattern BYTE_PAIRS = Pattern.compile("[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}");
    private static final int CUE_WINDOW = 24;
    /** The length of a dotted quad of single digits, such as {@code 1.2.3.4}. */
    private static final int SINGLE_DIGITS = 7;

    @Override
    public PiiKind kind() {
        return PiiKind.IP_ADDRESS;
    }

    @Override
    public boolean mightOccur(TextProfile profile) {
        return profile.digits() >= 1 && (profile.dots() >= 3 || profile.colons() >= 2);
    }

    @Override
    public void find(String text, List<PiiFinding> out) {
        Anchored.Finder ipv4 = IPV4.in(text);
        Anchored.Finder ipv6 = IPV6.in(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = Chars.charAt(text, i - 1);
            boolean wordStarts = !Chars.isLetterOrDigit(before) && before != '_' && before != '.';
            if (wordStarts && startsDottedQuad(text, i)) {
                addAt(ipv4, i, 0, match -> isIpv4Address(text, match), out);
            }
            if (wordStarts && before != ':' && (Chars.isHex(c) || c == ':') && colonAhead(text, i)) {
                addAt(ipv6, i, 0, match -> isIpv6Address(text, match), out);
            }
        }
    }

    private static boolean startsDottedQuad(String text, int i) {
        int run = Chars.digitRun(text, i, 4);
        return run >= 1 && run <= 3 && Chars.charAt(text, i + run) == '.' && Chars.digitAt(text, i + run + 1);
    }

    private static boolean colonAhead(String text, int i) {
        for (int j = i; j < i + FIRST_COLON && j < text.length(); j++) {
            if (text.charAt(j) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isIpv4Address(String text, MatchResult match) {
        int first = Integer.parseInt(match.group(1));
        if (first == 0 || first == 127 || first == 255 || match.end() - match.start() == SINGLE_DIGITS) {
            return false;
        }
        int from = Math.max(0, match.start() - CUE_WINDOW);
        return !VERSION_CUE.matcher(text).region(from, match.start()).useTransparentBounds(true).find();
    }

    private static boolean isIpv6Address(String text, MatchResult match) {
        String address = match.group();
        boolean compressed = address.contains("::");
        if (!validIpv6(address) || address.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        if (compressed && address.chars().filter(c -> Character.digit(c, 16) >= 0).count() < 5) {
            return false;
        }
        if (!compressed && BYTE_PAIRS.matcher(address).matches()) {
            return false;
        }
        return !isSlice(text, match.start());
    }

    /** {@code a[1::2]}: a bracket right after an expression opens a subscript, not a URL host. */
    private static boolean isSlice(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '[') {
            return false;
        }
        char before = text.charAt(start - 2);
        return Character.isLetterOrDigit(before) || before == '_' || before == ']' || before == ')';
    }

    private static boolean validIpv6(String address) {
        int gap = address.indexOf("::");
        if (gap >= 0 && (address.indexOf("::", gap + 1) >= 0
                || address.startsWith(":") && gap != 0
                || address.endsWith(":") && gap != address.length() - 2)) {
            return false;
        }
        String[] parts = address.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                if (gap < 0) {
                    return false;
                }
            } else if (part.contains(".")) {
                if (i != parts.length - 1 || !VALID_IPV4.matcher(part).matches()) {
                    return false;
                }
                groups += 2;
            } else {
                groups++;
            }
        }
        return gap < 0 ? groups == 8 : groups <= 7;
    }
}
