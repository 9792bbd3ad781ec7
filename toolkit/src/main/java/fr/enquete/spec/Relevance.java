package fr.enquete.spec;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the simple relevance equations of LimeSurvey (ExpressionScript) into enquete's filter syntax:
 * comparisons of a question or sub-question with a value ({@code q1 == "A1"}, {@code q1.NAOK != 'Y'},
 * {@code actions_SQ001 eq "Y"}), {@code is_empty(q)} and {@code !is_empty(q)}, joined with and/or/not and
 * parentheses. Anything else (functions, arithmetic, other operators) is not translated: null.
 */
final class Relevance {

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<open>\\()|(?<close>\\))|(?<and>&&|\\band\\b)|(?<or>\\|\\||\\bor\\b)"
            + "|(?<notempty>!\\s*is_empty\\(\\s*(?<nv>[A-Za-z_][\\w]*)(?:\\.NAOK)?\\s*\\))"
            + "|(?<empty>is_empty\\(\\s*(?<ev>[A-Za-z_][\\w]*)(?:\\.NAOK)?\\s*\\))"
            + "|(?<cmp>(?<var>[A-Za-z_][\\w]*)(?:\\.NAOK|\\.code|\\.value)?\\s*(?<op>==|!=|\\beq\\b|\\bne\\b)\\s*"
            + "(?:\"(?<dq>[^\"]*)\"|'(?<sq>[^']*)'|(?<num>-?\\d+(?:\\.\\d+)?)))|(?<not>!|\\bnot\\b))", Pattern.CASE_INSENSITIVE);

    private Relevance() {
    }

    static String translate(String equation, Set<String> columns) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(equation);
        int at = 0;
        while (at < equation.length()) {
            // Each token is matched where the previous one ended (region + lookingAt): searching from there
            // (find) or copying the rest to test it for blanks made long equations quadratic.
            m.region(at, equation.length());
            if (!m.lookingAt()) {
                return equation.substring(at).isBlank() && !out.isEmpty() ? out.toString() : null;
            }
            if (m.group("open") != null) {
                out.append("(");
            } else if (m.group("close") != null) {
                out.append(")");
            } else if (m.group("and") != null) {
                out.append(" and ");
            } else if (m.group("or") != null) {
                out.append(" or ");
            } else if (m.group("notempty") != null) {
                String c = column(m.group("nv"), columns);
                if (c == null) {
                    return null;
                }
                out.append(quoteColumn(c)).append(" != \"\"");
            } else if (m.group("empty") != null) {
                String c = column(m.group("ev"), columns);
                if (c == null) {
                    return null;
                }
                out.append(quoteColumn(c)).append(" = \"\"");
            } else if (m.group("cmp") != null) {
                String c = column(m.group("var"), columns);
                if (c == null) {
                    return null;
                }
                String op = m.group("op").toLowerCase(java.util.Locale.ROOT);
                String value = m.group("dq") != null ? m.group("dq") : m.group("sq") != null ? m.group("sq") : m.group("num");
                out.append(quoteColumn(c)).append(op.equals("==") || op.equals("eq") ? " = " : " != ")
                        .append('"').append(value.replace("\"", "")).append('"');
            } else if (m.group("not") != null) {
                out.append("not ");
            }
            at = m.end();
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** A question code, or a sub-question written {@code q_SQ001} for the column {@code q[SQ001]}. */
    private static String column(String var, Set<String> columns) {
        if (columns.contains(var)) {
            return var;
        }
        int u = var.lastIndexOf('_');
        if (u > 0) {
            String c = var.substring(0, u) + "[" + var.substring(u + 1) + "]";
            if (columns.contains(c)) {
                return c;
            }
        }
        return null;
    }

    private static String quoteColumn(String c) {
        return c.matches("[\\w\\[\\]]+") ? c : "`" + c + "`";
    }
}
