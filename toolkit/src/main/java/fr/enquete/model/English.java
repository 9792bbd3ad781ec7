package fr.enquete.model;

/** English wording of the messages written in English only (command output for pipelines, exceptions). */
public final class English {

    private English() {
    }

    /** "1 code", "3 codes", "0 codes": the count with its noun in the right number, not "code(s)". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
