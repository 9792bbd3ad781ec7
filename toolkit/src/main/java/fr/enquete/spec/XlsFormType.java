package fr.enquete.spec;

import java.util.Locale;
import java.util.Set;

/**
 * The type column of an XLSForm row, read as pyxform reads it: {@code select_one list}, the legacy
 * {@code select one from list} and {@code select all that apply from list}, {@code select1}, the
 * {@code or_other} suffix (legacy: {@code or specify other}), {@code begin group} written with a space,
 * the legacy {@code begin loop over list} (a repeat).
 */
final class XlsFormType {

    /** Types whose answers are in the export as question columns. */
    static final Set<String> ANSWERED = Set.of("select_one", "select_multiple", "integer", "decimal", "range", "text",
            "date", "datetime");
    /** Types that hold no answer to tabulate (metadata, notes, calculations): skipped without a note. */
    static final Set<String> SILENT = Set.of("start", "end", "today", "deviceid", "username", "phonenumber", "simserial",
            "subscriberid", "calculate", "note", "audit", "hidden", "");

    private XlsFormType() {
    }

    /** {kind, list name or "", "or_other" or ""}. */
    static String[] of(String type) {
        String t = type.strip().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        String orOther = "";
        for (String suffix : new String[] {" or_other", " or other", " or specify other"}) {
            if (lower.endsWith(suffix)) {
                orOther = "or_other";
                t = t.substring(0, t.length() - suffix.length()).strip();
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        for (String[] legacy : new String[][] {{"select one from ", "select_one"}, {"select all that apply from ", "select_multiple"},
            {"select multiple from ", "select_multiple"}, {"select1 ", "select_one"}, {"select one ", "select_one"},
            {"select multiple ", "select_multiple"}}) {
            if (lower.startsWith(legacy[0])) {
                return new String[] {legacy[1], t.substring(legacy[0].length()).strip(), orOther};
            }
        }
        String[] parts = t.split(" ", 2);
        String kind = parts[0].toLowerCase(Locale.ROOT);
        if ((kind.equals("begin") || kind.equals("end")) && parts.length > 1) {
            // "begin group", "end repeat"; the legacy "begin loop over list" repeats like a repeat group.
            String what = parts[1].toLowerCase(Locale.ROOT).strip().split(" ")[0];
            return new String[] {kind + "_" + (what.equals("loop") ? "repeat" : what), "", ""};
        }
        if (kind.equals("begin_loop") || kind.equals("end_loop")) {
            return new String[] {kind.replace("loop", "repeat"), "", ""};
        }
        return new String[] {kind, parts.length > 1 ? parts[1].strip() : "", orOther};
    }
}
