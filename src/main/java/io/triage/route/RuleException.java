package io.triage.route;

/** A rules or policy file that cannot be used, with the file, the place and the bad value. */
public class RuleException extends RuntimeException {

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at one place in one file: {@code file: rule 'id': key: message}. */
    public static RuleException at(String file, String ruleId, String key, String message) {
        StringBuilder text = new StringBuilder(file);
        if (ruleId != null) {
            text.append(": rule '").append(ruleId).append('\'');
        }
        if (key != null) {
            text.append(": ").append(key);
        }
        return new RuleException(text.append(": ").append(message).toString());
    }
}
