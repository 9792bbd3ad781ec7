package fr.enquete.cli;

import fr.enquete.qual.CodebookMemos;
import fr.enquete.qual.Source;
import fr.enquete.report.Lang;
import java.util.List;
import java.util.Map;

/** The memos of a qualitative analysis as a Markdown annex: codes first, then sources. */
final class MemoAnnex {

    private MemoAnnex() {
    }

    static String markdown(Lang lang, CodebookMemos codebook, Map<String, String> projectCodes, List<Source> sources) {
        boolean fr = lang == Lang.FR;
        StringBuilder md = new StringBuilder(fr ? "# Annexe\u00A0: mémos\n" : "# Annex: memos\n");
        if (!codebook.themes().isEmpty() || !codebook.items().isEmpty() || !projectCodes.isEmpty()) {
            md.append(fr ? "\n## Codes\n" : "\n## Codes\n");
            codebook.themes().forEach((k, v) -> md.append("\n### ").append(k).append("\n\n").append(v).append('\n'));
            codebook.items().forEach((k, v) -> md.append("\n### ").append(k).append("\n\n").append(v).append('\n'));
            projectCodes.forEach((k, v) -> md.append("\n### ").append(k).append("\n\n").append(v).append('\n'));
        }
        List<Source> withMemo = sources.stream().filter(s -> !s.meta().getOrDefault("memo", "").isBlank()).toList();
        if (!withMemo.isEmpty()) {
            md.append(fr ? "\n## Sources\n" : "\n## Sources\n");
            withMemo.forEach(s -> md.append("\n### ").append(s.id()).append("\n\n").append(s.meta().get("memo").strip()).append('\n'));
        }
        if (md.indexOf("\n## ") < 0) {
            md.append(fr ? "\nAucun mémo.\n" : "\nNo memo.\n");
        }
        return md.toString();
    }

    /** The same memos as entries (codes first, then sources), for report sections and JSON. */
    static List<fr.enquete.report.doc.QuerySections.Memo> entries(CodebookMemos codebook, Map<String, String> projectCodes, List<Source> sources) {
        List<fr.enquete.report.doc.QuerySections.Memo> out = new java.util.ArrayList<>();
        codebook.themes().forEach((k, v) -> out.add(new fr.enquete.report.doc.QuerySections.Memo(true, k, v)));
        codebook.items().forEach((k, v) -> out.add(new fr.enquete.report.doc.QuerySections.Memo(true, k, v)));
        projectCodes.forEach((k, v) -> out.add(new fr.enquete.report.doc.QuerySections.Memo(true, k, v)));
        sources.stream().filter(s -> !s.meta().getOrDefault("memo", "").isBlank())
                .forEach(s -> out.add(new fr.enquete.report.doc.QuerySections.Memo(false, s.id(), s.meta().get("memo").strip())));
        return out;
    }
}
