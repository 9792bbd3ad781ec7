package fr.enquete.report.doc;

/** HTML escaping of survey content: every answer is text, never markup. */
final class Html {

    private Html() {
    }

    /** A paragraph's spans as inline HTML: strong, em, code and links (their targets are http, https or mailto). */
    static String spans(java.util.List<Report.Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Report.Span x : spans) {
            String t = escape(x.text());
            if (x.code()) {
                t = "<code>" + t + "</code>";
            }
            if (x.emphasis()) {
                t = "<em>" + t + "</em>";
            }
            if (x.strong()) {
                t = "<strong>" + t + "</strong>";
            }
            if (x.link() != null) {
                t = "<a href=\"" + escape(x.link()) + "\">" + t + "</a>";
            }
            b.append(t);
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
