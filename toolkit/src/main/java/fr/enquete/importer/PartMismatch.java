package fr.enquete.importer;

/**
 * A part of a file did not hold the records its cut promised (the scan and the reader disagreed): whoever read the
 * parts reads the whole file again instead. Never an error for the user.
 */
public final class PartMismatch extends RuntimeException {

    PartMismatch(String file) {
        super("the parts of " + file + " do not match its records; reading it whole", null, false, false);
    }
}
