package io.triage.classify.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** All numbers, keys and addresses below are invented or published test values. */
class PiiDetectorTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiJ1LTQ4MjEiLCJuYW1lIjoiSmFuZSBUZXN0ZXIiLCJpYXQiOjE3MDAwMDAwMDB9"
            + ".s3qfNUfTAFnT0tEuw0dwQ0FIunWe8Cz6SNDCdyZQJiJ";
    private static final String GITHUB_PAT =
            "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";
    private static final String PEM = """
            -----BEGIN RSA PRIVATE KEY-----
            MIIEowIBAAKCAQEA3SO3oXyGf3azU3iQOpMN0PZLqy1WwMZaMKA3P744B8vkKQlE
            NCzsdfF8j61yX/ZFq2Lm9Rt4Vb7Nc1Hd6Jw3Pe5Ys0Ga2Ui4T8xK3mQ==
            -----END RSA PRIVATE KEY-----""";

    private final PiiDetector detector = new PiiDetector();

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pii")
    void scan_whenTextHoldsPii_reportsItsKindAndSpan(PiiKind kind, String context, String text, String expected) {
        List<PiiFinding> findings = detector.scan(text);

        assertThat(findings)
                .as("findings in %s", text)
                .extracting(finding -> finding.kind() + ":" + text.substring(finding.start(), finding.end()))
                .contains(kind + ":" + expected);
    }

    static Stream<Arguments> pii() {
        return Stream.of(
                Arguments.of(PiiKind.EMAIL, "prose", "Please forward the invoice to jane.doe@example.com before"
                        + " Friday.", "jane.doe@example.com"),
                Arguments.of(PiiKind.EMAIL, "JSON", "{\"user\": {\"email\": \"m.rossi+billing@mail.example.co.uk\"}}",
                        "m.rossi+billing@mail.example.co.uk"),
                Arguments.of(PiiKind.EMAIL, "CSV", "id,name,email\n17,Ana Lima,ana_lima@example.org\n",
                        "ana_lima@example.org"),
                Arguments.of(PiiKind.EMAIL, "code", "String to = \"ops-team@corp.example.net\";",
                        "ops-team@corp.example.net"),
                Arguments.of(PiiKind.EMAIL, "header", "From: Tom Tester <tom@example.io>", "tom@example.io"),
                Arguments.of(PiiKind.EMAIL, "sentence end", "Write to support@example.com.", "support@example.com"),

                Arguments.of(PiiKind.PHONE, "UK prose", "Call me on +44 20 7946 0958 after six.", "+44 20 7946 0958"),
                Arguments.of(PiiKind.PHONE, "US parentheses", "Office: (555) 123-4567, ask for Dana.",
                        "(555) 123-4567"),
                Arguments.of(PiiKind.PHONE, "US dashes", "cell 555-123-4567 (evenings)", "555-123-4567"),
                Arguments.of(PiiKind.PHONE, "US dots", "fax 212.555.0199", "212.555.0199"),
                Arguments.of(PiiKind.PHONE, "US with +1", "Support line: +1 (415) 555-0123", "+1 (415) 555-0123"),
                Arguments.of(PiiKind.PHONE, "US toll-free", "Dial 1-800-555-0199 now", "1-800-555-0199"),
                Arguments.of(PiiKind.PHONE, "French", "Mon numéro : +33 1 23 45 67 89", "+33 1 23 45 67 89"),
                Arguments.of(PiiKind.PHONE, "German trunk", "Tel. +49 (0)30 1234 5678", "+49 (0)30 1234 5678"),
                Arguments.of(PiiKind.PHONE, "00 prefix", "Ring 0049 30 12345678 tomorrow", "0049 30 12345678"),
                Arguments.of(PiiKind.PHONE, "E.164 JSON", "{\"phone\":\"+14155550123\"}", "+14155550123"),
                Arguments.of(PiiKind.PHONE, "E.164 long", "WeChat +8613812345678", "+8613812345678"),
                Arguments.of(PiiKind.PHONE, "CSV", "name,phone\nLeo,+31 20 123 4567\n", "+31 20 123 4567"),

                Arguments.of(PiiKind.CREDIT_CARD, "Visa prose", "My card is 4111 1111 1111 1111, expiry 12/27.",
                        "4111 1111 1111 1111"),
                Arguments.of(PiiKind.CREDIT_CARD, "Mastercard dashes", "pay with 5555-5555-5555-4444 please",
                        "5555-5555-5555-4444"),
                Arguments.of(PiiKind.CREDIT_CARD, "JSON", "{\"pan\":\"4242424242424242\",\"cvc\":\"123\"}",
                        "4242424242424242"),
                Arguments.of(PiiKind.CREDIT_CARD, "Amex 4-6-5", "Amex 3782 822463 10005 on file", "3782 822463 10005"),
                Arguments.of(PiiKind.CREDIT_CARD, "Discover CSV", "name,card\nLeo,6011111111111117\n",
                        "6011111111111117"),
                Arguments.of(PiiKind.CREDIT_CARD, "Mastercard 2-series", "card=2223 0031 2200 3222",
                        "2223 0031 2200 3222"),
                Arguments.of(PiiKind.CREDIT_CARD, "Visa 13 digits", "old card 4222222222222 expired", "4222222222222"),
                Arguments.of(PiiKind.CREDIT_CARD, "Diners 4-6-4", "Diners 3056 930902 5904", "3056 930902 5904"),
                Arguments.of(PiiKind.CREDIT_CARD, "followed by CVC", "4111 1111 1111 1111 123", "4111 1111 1111 1111"),

                Arguments.of(PiiKind.IBAN, "German grouped", "Please wire it to DE89 3704 0044 0532 0130 00 today.",
                        "DE89 3704 0044 0532 0130 00"),
                Arguments.of(PiiKind.IBAN, "British JSON", "{\"iban\":\"GB82WEST12345698765432\"}",
                        "GB82WEST12345698765432"),
                Arguments.of(PiiKind.IBAN, "French with letter", "IBAN : FR14 2004 1010 0505 0001 3M02 606",
                        "FR14 2004 1010 0505 0001 3M02 606"),
                Arguments.of(PiiKind.IBAN, "Dutch CSV", "name,iban\nDaan,NL91ABNA0417164300\n", "NL91ABNA0417164300"),
                Arguments.of(PiiKind.IBAN, "Belgian before BIC", "IBAN: BE68 5390 0754 7034 BIC GEBABEBB",
                        "BE68 5390 0754 7034"),
                Arguments.of(PiiKind.IBAN, "Norwegian, shortest", "konto NO93 8601 1117 947.", "NO93 8601 1117 947"),

                Arguments.of(PiiKind.NATIONAL_ID, "SSN prose", "Her SSN is 536-22-8714, please verify.",
                        "536-22-8714"),
                Arguments.of(PiiKind.NATIONAL_ID, "SSN spaces", "ssn: 536 22 8714", "536 22 8714"),
                Arguments.of(PiiKind.NATIONAL_ID, "SSN JSON", "{\"ssn\":\"219-09-9998\"}", "219-09-9998"),
                Arguments.of(PiiKind.NATIONAL_ID, "NINO compact", "NI number JG103765A on the P60", "JG103765A"),
                Arguments.of(PiiKind.NATIONAL_ID, "NINO CSV", "name,nino\nAmy,AB 12 34 56 C\n", "AB 12 34 56 C"),
                Arguments.of(PiiKind.NATIONAL_ID, "NIR spaced", "N° de sécu : 1 85 05 78 006 084 91",
                        "1 85 05 78 006 084 91"),
                Arguments.of(PiiKind.NATIONAL_ID, "NIR compact", "nir=293037512012322", "293037512012322"),
                Arguments.of(PiiKind.NATIONAL_ID, "NIR Corsica", "NIR 1 76 06 2A 004 017 37",
                        "1 76 06 2A 004 017 37"),

                Arguments.of(PiiKind.IP_ADDRESS, "log line", "Connection from 203.0.113.45 refused", "203.0.113.45"),
                Arguments.of(PiiKind.IP_ADDRESS, "JSON", "{\"client_ip\":\"192.168.1.23\"}", "192.168.1.23"),
                Arguments.of(PiiKind.IP_ADDRESS, "CSV", "ts,ip,path\n2024-03-01T10:00:00Z,198.51.100.7,/login\n",
                        "198.51.100.7"),
                Arguments.of(PiiKind.IP_ADDRESS, "key:value", "upstream host:192.168.7.21 port:8443", "192.168.7.21"),
                Arguments.of(PiiKind.IP_ADDRESS, "ssh command", "ssh deploy@10.20.30.40 -p 2222", "10.20.30.40"),
                Arguments.of(PiiKind.IP_ADDRESS, "IPv6 full", "addr 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up",
                        "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
                Arguments.of(PiiKind.IP_ADDRESS, "IPv6 compressed", "route via 2001:db8::ff00:42:8329.",
                        "2001:db8::ff00:42:8329"),
                Arguments.of(PiiKind.IP_ADDRESS, "IPv6 link-local", "iface fe80::1ff:fe23:4567:890a%eth0",
                        "fe80::1ff:fe23:4567:890a"),
                Arguments.of(PiiKind.IP_ADDRESS, "IPv6 in URL", "curl http://[2001:db8::1]:8080/health",
                        "2001:db8::1"),
                Arguments.of(PiiKind.IP_ADDRESS, "IPv4-mapped IPv6", "peer ::ffff:192.0.2.128 connected",
                        "::ffff:192.0.2.128"),

                Arguments.of(PiiKind.SECRET, "OpenAI project key in .env",
                        "OPENAI_API_KEY=sk-proj-OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLrZ3aW",
                        "sk-proj-OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLrZ3aW"),
                Arguments.of(PiiKind.SECRET, "OpenAI legacy key in code",
                        "client = OpenAI(api_key=\"sk-ZkSBvrjn9Wvgfygw2wMqZcUDIh7yfJs1ON43xKmTecQoXsf2\")",
                        "sk-ZkSBvrjn9Wvgfygw2wMqZcUDIh7yfJs1ON43xKmTecQoXsf2"),
                Arguments.of(PiiKind.SECRET, "Anthropic key in a header",
                        "curl -H 'x-api-key: sk-ant-api03-DmWJ6UuVTAIjvFu7WICPhDeOZIiBOB_Y6sHrFH2Z' https://api",
                        "sk-ant-api03-DmWJ6UuVTAIjvFu7WICPhDeOZIiBOB_Y6sHrFH2Z"),
                Arguments.of(PiiKind.SECRET, "AWS key id in ini",
                        "[default]\naws_access_key_id = AKIAXOI7FDHJK3EYY5QA\n", "AKIAXOI7FDHJK3EYY5QA"),
                Arguments.of(PiiKind.SECRET, "AWS secret in ini",
                        "aws_secret_access_key = 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\n",
                        "oIRoL3u6aHwnMztVuaP/coUNEhEkk/iqq8vH2BzN"),
                Arguments.of(PiiKind.SECRET, "GitHub classic token",
                        "git clone https://ghp_zQPxC5HChpoevbLJoLoaeTOdoe5c3veGprQF@github.com/acme/app",
                        "ghp_zQPxC5HChpoevbLJoLoaeTOdoe5c3veGprQF"),
                Arguments.of(PiiKind.SECRET, "GitHub fine-grained token",
                        "GH_TOKEN: " + GITHUB_PAT, GITHUB_PAT),
                Arguments.of(PiiKind.SECRET, "Slack bot token",
                        "slack: {bot: xoxb-746872343098-0500978820812-eMeR3pzh84KpLMcNfAQLKHu7}",
                        "xoxb-746872343098-0500978820812-eMeR3pzh84KpLMcNfAQLKHu7"),
                Arguments.of(PiiKind.SECRET, "Google API key in URL",
                        "https://maps.example.com/api?key=AIzaHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontI&q=x",
                        "AIzaHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontI"),
                Arguments.of(PiiKind.SECRET, "Stripe live key", "Stripe.apiKey = \"sk_live_sMnTvnRO2qGFq562dfOB1rca\";",
                        "sk_live_sMnTvnRO2qGFq562dfOB1rca"),
                Arguments.of(PiiKind.SECRET, "Stripe restricted key", "rk_live_vXiOqkVCJTBJahe84S5jIc1x",
                        "rk_live_vXiOqkVCJTBJahe84S5jIc1x"),
                Arguments.of(PiiKind.SECRET, "JWT bearer", "Authorization: Bearer " + JWT, JWT),
                Arguments.of(PiiKind.SECRET, "Basic credentials", "Authorization: Basic amFuZTpUcjB1YjRkb3ImM3g=",
                        "amFuZTpUcjB1YjRkb3ImM3g="),
                Arguments.of(PiiKind.SECRET, "JWT in JSON", "{\"id_token\": \"" + JWT + "\"}", JWT),
                Arguments.of(PiiKind.SECRET, "PEM block", "Why does this fail?\n" + PEM + "\nThanks!", PEM),
                Arguments.of(PiiKind.SECRET, "PEM in JSON string",
                        "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAAS\\n"
                                + "-----END PRIVATE KEY-----\\n\"}",
                        "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAAS\\n-----END PRIVATE KEY-----"),
                Arguments.of(PiiKind.SECRET, "truncated PEM", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXkt\n"
                        + "and then it stops", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXkt\nand"),
                Arguments.of(PiiKind.SECRET, "password in .env", "DB_HOST=db\nDB_PASSWORD=Tr0ub4dor&3x\n",
                        "Tr0ub4dor&3x"),
                Arguments.of(PiiKind.SECRET, "password in YAML", "datasource:\n  password: \"S3cure!Passw0rd\"\n",
                        "S3cure!Passw0rd"),
                Arguments.of(PiiKind.SECRET, "client secret in JSON", "{\"client_secret\": \"kq8Fh2LmZx91Rt\"}",
                        "kq8Fh2LmZx91Rt"),
                Arguments.of(PiiKind.SECRET, "short password", "login with pwd=Pa55w0rd", "Pa55w0rd"),
                Arguments.of(PiiKind.SECRET, "password in a URL", "postgres://app:Xk9mQ2vLpR@db.example.com:5432/app",
                        "Xk9mQ2vLpR"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryText")
    void scan_whenTextHoldsNoPii_findsNothing(String label, String text) {
        assertThat(detector.scan(text)).as(text).isEmpty();
    }

    static Stream<Arguments> ordinaryText() {
        return Stream.of(
                Arguments.of("card failing Luhn", "Card 4111 1111 1111 1112 was declined."),
                Arguments.of("Luhn-valid number of no issuer", "Reference 1234567812345670 attached."),
                Arguments.of("IBAN with a bad check", "Wire to DE88 3704 0044 0532 0130 00 please."),
                Arguments.of("IBAN of the wrong length", "Wire to DE89 3704 0044 0532 0130 0 please."),
                Arguments.of("IBAN-shaped start of a longer token", "key DE89370400440532013000ABC"),
                Arguments.of("IBAN of a country without IBANs", "Code US64 SVBK US6S 3300 9673 86"),
                Arguments.of("SSN area 000", "id 000-12-3456"),
                Arguments.of("SSN area 666", "id 666-12-3456"),
                Arguments.of("SSN area 9xx", "id 912-34-5678"),
                Arguments.of("SSN group 00", "id 536-00-8714"),
                Arguments.of("SSN serial 0000", "id 536-22-0000"),
                Arguments.of("NINO with a forbidden prefix", "ref GB123456A and QQ 12 34 56 C"),
                Arguments.of("NIR with a bad key", "NIR 1 85 05 78 006 084 92"),
                Arguments.of("octets over 255", "Address 999.999.999.999 is not valid."),
                Arguments.of("version strings", "Upgrade from v1.2.3.4 to version 2.4.1.0, build 10.0.19045.3693;"
                        + " needs Python 3.11.4 and libfoo 1.2.3.4-beta."),
                Arguments.of("dates", "Due 2024-01-15, 15.01.2024, 01/15/2024, 2024/01/15 and 15 Jan 2024."),
                Arguments.of("times", "Meeting at 12:30:45 or 09:15; stamped 2024-01-15T12:30:45+01:00."),
                Arguments.of("prices", "Total: $1,234,567.89 (€ 1.234.567,89), was USD 999,999.00 + 19% VAT."),
                Arguments.of("ISBNs", "ISBN 978-3-16-148410-0, ISBN-10 0-306-40615-2 and 9783161484100."),
                Arguments.of("UUIDs", "ids 123e4567-e89b-12d3-a456-426614174000 and"
                        + " 550e8400-e29b-41d4-a716-446655440000"),
                Arguments.of("git SHAs", "fixed in 9fceb02d0ae598e95dc970b74767f19372d61af8 (short 9fceb02),"
                        + " see 1a2b3c4."),
                Arguments.of("hex colours", "color: #ff8800; background: #1a2b3c; border: 1px solid #ABCDEF;"),
                Arguments.of("order and tracking numbers", "Order #100234987 shipped, tracking 1Z999AA10123456784,"
                        + " invoice INV-2024-000123."),
                Arguments.of("big arithmetic", "2^64 = 18446744073709551616 and 20! = 2432902008176640000;"
                        + " 123456789 * 987654321 = 121932631112635269."),
                Arguments.of("long decimals", "pi = 3.14159265358979323846264338327950288, e = 2.718281828459045"),
                Arguments.of("phone-shaped arithmetic", "x = 555-123-4567 - 12, y = 3 + 212.555.0199,"
                        + " z = 2 +1234567890"),
                Arguments.of("signed numbers", "1e+10 and 6.02e+23, x+1234567890, Decimal('+35236450.6'),"
                        + " LocalDate '+999999999-12-31' and '+12024-01-15'"),
                Arguments.of("dotted numbers with leading zeros", "InetAddress.getByName(\"007.008.009.010\")"),
                Arguments.of("one digit repeated", "call 555-555-5555 or +1 111 111 1111"),
                Arguments.of("timestamps", "created 1700000000000 (ms) or 1700000000 (s)"),
                Arguments.of("coordinates", "Paris is at 48.8566, 2.3522."),
                Arguments.of("loopback, any and netmask", "listen 127.0.0.1:8080 or 0.0.0.0, mask 255.255.255.0,"
                        + " ::1 and ::"),
                Arguments.of("section numbers and OIDs", "See section 4.2.1.3, §1.2.3.4, the HTML spec's sections"
                        + " \"8.2.4.44 Bogus comment state\" and CommonName(\"2.5.4.3\")."),
                Arguments.of("MAC address and machine id", "eth0 00:1A:2B:3C:4D:5E, machineId b3:7b:fa:d1:1d:56:c9:3a"),
                Arguments.of("Python slices", "evens = a[::2]; odds = a[1::2]; rev = a[::-1]; b = c[10::20];"
                        + " d = e[100::200]"),
                Arguments.of("C++ and Rust paths", "std::vector<int> v; Db::Add(x); u8::MAX; a::b::c"),
                Arguments.of("package and image names", "npm i lodash@4.17.21; img@sha256:abc; icon@2x.png;"
                        + " git@github.com:acme/app.git"),
                Arguments.of("prose", "The committee met on Tuesday to discuss the budget. Everyone agreed that"
                        + " the new library should open by spring, although the secret to its success will be"
                        + " volunteers. Passwords: never share them."),
                Arguments.of("Java reading secrets from the environment", """
                        String password = System.getenv("DB_PASSWORD");
                        String token = config.getToken();
                        var apiKey = settings.OPENAI_API_KEY;
                        this.secret = computedSecret;
                        for (String transToken : transTokens) { }
                        @Override
                        public String toString() { return "User{id=" + id + "}"; }"""),
                Arguments.of("Python and YAML placeholders", """
                        api_key = os.environ["OPENAI_API_KEY"]
                        password: ${DB_PASSWORD}
                        secret: "<your-secret-here>"
                        token: "xxxxxxxxxxxxxxxx"
                        "password": "********"
                        max_tokens: 1024
                        secret_key = settings.SECRET_KEY
                        api_key: YOUR_API_KEY_HERE
                        PWD=/home/dev/projects/app"""),
                Arguments.of("short and low-entropy values", "password=changeme token=abc123 secret=aaaaaaa1"),
                Arguments.of("JWT-shaped without alg", "eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.wPGzR1Iv8bh4qlL9qcgM"),
                Arguments.of("sk- identifiers", "class=\"sk-button-primary-large-variant\" sk-learn"),
                Arguments.of("public key",
                        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYI\n-----END PUBLIC KEY-----"),
                Arguments.of("numbers in a CSV", "id,qty,price\n1,12,3.50\n2,7,19.99\n3,1000000,0.01\n"));
    }

    @Test
    void scan_reportsOffsetsInTextOrder() {
        String text = "Mail jane.doe@example.com, call +44 20 7946 0958, card 4111111111111111.";

        List<PiiFinding> findings = detector.scan(text);

        assertThat(findings).containsExactly(
                finding(PiiKind.EMAIL, text, "jane.doe@example.com"),
                finding(PiiKind.PHONE, text, "+44 20 7946 0958"),
                finding(PiiKind.CREDIT_CARD, text, "4111111111111111"));
    }

    @Test
    void kinds_whenTextHoldsSeveralKinds_namesEachOnce() {
        String text = "a@example.com, b@example.com, 10.1.2.3 and SSN 536-22-8714";

        assertThat(detector.kinds(text))
                .containsExactlyInAnyOrder(PiiKind.EMAIL, PiiKind.IP_ADDRESS, PiiKind.NATIONAL_ID);
    }

    @Test
    void scan_whenKindDisabled_skipsIt() {
        PiiDetector emailOnly = new PiiDetector(EnumSet.of(PiiKind.EMAIL));
        String text = "jane.doe@example.com or +44 20 7946 0958";

        assertThat(emailOnly.kinds(text)).containsExactly(PiiKind.EMAIL);
    }

    @Test
    void scan_whenFindingsOverlap_keepsTheSecretOverTheEmail() {
        String text = "DATABASE_URL=postgres://app:Xk9mQ2vLpR@db.example.com/app";

        assertThat(detector.scan(text)).containsExactly(finding(PiiKind.SECRET, text, "Xk9mQ2vLpR"));
    }

    @Test
    void scan_whenTextIsNullOrEmpty_findsNothing() {
        assertThat(detector.scan(null)).isEmpty();
        assertThat(detector.scan("")).isEmpty();
        assertThat(detector.kinds(null)).isEmpty();
    }

    @Test
    void redact_replacesEachFindingWithItsPlaceholder() {
        String text = "Mail jane.doe@example.com or call 555-123-4567; password=Tr0ub4dor&3x, IP 203.0.113.45,"
                + " IBAN DE89370400440532013000, SSN 536-22-8714, card 4111 1111 1111 1111.";

        String redacted = PiiDetector.redact(text, detector.scan(text));

        assertThat(redacted).isEqualTo("Mail [EMAIL] or call [PHONE]; password=[SECRET], IP [IP],"
                + " IBAN [IBAN], SSN [NATIONAL_ID], card [CARD].");
    }

    @Test
    void redact_whenFindingsOverlapOrAreUnordered_replacesEachRegionOnce() {
        String text = "0123456789";
        List<PiiFinding> findings = List.of(new PiiFinding(PiiKind.PHONE, 6, 9),
                new PiiFinding(PiiKind.SECRET, 1, 4), new PiiFinding(PiiKind.EMAIL, 2, 5));

        assertThat(PiiDetector.redact(text, findings)).isEqualTo("0[SECRET]45[PHONE]9");
    }

    @Test
    void redact_whenNoFindings_returnsTheText() {
        assertThat(PiiDetector.redact("nothing here", List.of())).isEqualTo("nothing here");
    }

    @Test
    void redact_whenFindingEndsPastText_throws() {
        List<PiiFinding> findings = List.of(new PiiFinding(PiiKind.EMAIL, 2, 40));

        assertThatThrownBy(() -> PiiDetector.redact("short", findings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 characters");
    }

    @Test
    void finding_whenEmptyOrNegative_isRejected() {
        assertThatThrownBy(() -> new PiiFinding(PiiKind.EMAIL, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PiiFinding(PiiKind.EMAIL, -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireName_isLowerSnakeCaseAndParsesBack() {
        assertThat(PiiKind.values()).extracting(PiiKind::wireName).containsExactly(
                "email", "phone", "credit_card", "iban", "national_id", "ip_address", "secret");
        for (PiiKind kind : PiiKind.values()) {
            assertThat(PiiKind.fromWire(kind.wireName())).contains(kind);
        }
        assertThat(PiiKind.fromWire(" Credit_Card ")).contains(PiiKind.CREDIT_CARD);
        assertThat(PiiKind.fromWire("passport")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void scan_whenInputIsAdversarial_finishes(String label, String text) {
        assertThat(detector.scan(text)).isEmpty();
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(
                Arguments.of("100,000 a", "a".repeat(100_000)),
                Arguments.of("100,000 digits", "1234567890".repeat(10_000)),
                Arguments.of("50,000 @", "@".repeat(50_000)),
                Arguments.of("a@ repeated", "a@".repeat(50_000)),
                Arguments.of("dotted digits", "1.".repeat(50_000)),
                Arguments.of("colons", ":".repeat(100_000)),
                Arguments.of("hex groups without end", "ab12:".repeat(20_000)),
                Arguments.of("digit groups", "1111 ".repeat(20_000)),
                Arguments.of("plus signs and digits", "+1 ".repeat(30_000)),
                Arguments.of("sk- repeated", "sk-".repeat(30_000)),
                Arguments.of("capitals and digits", "AB12".repeat(25_000)),
                Arguments.of("local part without domain", "a".repeat(100_000) + "@example"),
                Arguments.of("password keys", "password=".repeat(10_000)));
    }

    @Test
    void scan_whenManyKeyHeadersRepeat_findsEachAndFinishes() {
        String text = "-----BEGIN PRIVATE KEY-----\n".repeat(5_000);

        List<PiiFinding> findings = detector.scan(text);

        assertThat(findings).hasSize(5_000).allMatch(finding -> finding.kind() == PiiKind.SECRET);
    }

    private static PiiFinding finding(PiiKind kind, String text, String part) {
        int start = text.indexOf(part);
        return new PiiFinding(kind, start, start + part.length());
    }
}
