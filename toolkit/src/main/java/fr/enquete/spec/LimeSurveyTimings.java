package fr.enquete.spec;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of LimeSurvey's timings (the survey's "Save timings", exported with "Export timings"): seconds spent in
 * the whole survey, on a group's page and on a question. LimeSurvey names them in {@code createTimingsFieldMap}
 * (application/helpers/common_helper.php), and its export writes a column's code or text heading
 * (application/helpers/admin/export/Writer.php, {@code getHeadingCode}, {@code getHeadingText}; commit 07f257d25f):
 * <ul>
 * <li>headings "Question code" (the default): {@code interviewtime}, {@code groupTime12} (gid 12), and the question's
 * code followed by {@code Time} ({@code Q01Time} for question {@code Q01});</li>
 * <li>the response table's field names (R, SPSS and Stata syntax, VV export): {@code 654321X12time} and
 * {@code 654321X12X345time} (survey, group, question ids) up to LimeSurvey 5, {@code G12time} and {@code Q345time} in
 * 6;</li>
 * <li>headings in full text: "Total time", "Group time: Votre venue", "Question time: Q01" (in an English survey; the
 * texts are translated into the survey's language), or "code. text" ("interviewtime. Total time").</li>
 * </ul>
 */
final class LimeSurveyTimings {

    /** The codes LimeSurvey gives the timings whatever the survey's questions (ids, not question codes). */
    private static final Pattern FIXED_CODE = Pattern.compile(
            "(?:(?i:interviewtime|grouptime\\d+)|G\\d+time|Q\\d+time|\\d+X\\d+time|\\d+X\\d+X\\d+time)(?:[^A-Za-z0-9_].*)?",
            Pattern.DOTALL);
    /** A question's timing: its code followed by "Time", then perhaps the heading's text ("Q01Time. Question time: Q01"). */
    private static final Pattern QUESTION_CODE = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,49})Time(?:[^A-Za-z0-9_].*)?", Pattern.DOTALL);
    /** The full-text headings of a group's or a question's time. */
    private static final Pattern TEXT = Pattern.compile("(?:.*[^A-Za-z0-9_])?(?:Group|Question) time: .+", Pattern.DOTALL);
    private static final Pattern TOTAL = Pattern.compile("(?:.*[^A-Za-z0-9_])?Total time", Pattern.DOTALL);

    private LimeSurveyTimings() {
    }

    /**
     * Whether the column {@code name} of a file whose columns are {@code names} is one of LimeSurvey's timings. A
     * question's {@code …Time} counts only beside its question's column ({@code Q01}, {@code Q01[SQ001]}), and
     * "Total time" only beside a group's or a question's time: alone, either could be any column in any unit.
     */
    static boolean is(String name, List<String> names) {
        String n = name.strip();
        if (FIXED_CODE.matcher(n).matches() || TEXT.matcher(n).matches()) {
            return true;
        }
        Matcher q = QUESTION_CODE.matcher(n);
        if (q.matches() && names.stream().anyMatch(other -> isColumnOf(q.group(1), other.strip()))) {
            return true;
        }
        return TOTAL.matcher(n).matches() && names.stream().anyMatch(other -> TEXT.matcher(other.strip()).matches());
    }

    /** Whether {@code column} is the question {@code code}'s: {@code Q01}, {@code Q01[SQ001]}, {@code Q01. Votre âge}. */
    private static boolean isColumnOf(String code, String column) {
        if (!column.startsWith(code)) {
            return false;
        }
        if (column.length() == code.length()) {
            return true;
        }
        char next = column.charAt(code.length());
        return !(Character.isLetterOrDigit(next) || next == '_');
    }
}
