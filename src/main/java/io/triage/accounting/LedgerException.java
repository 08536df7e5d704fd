package io.triage.accounting;

/** The ledger's database could not be reached or refused a statement; the message names which. */
public class LedgerException extends RuntimeException {

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
