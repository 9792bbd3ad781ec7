package fr.enquete.qual.agreement;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares coders who coded the same sources. Each code is a yes/no decision per unit (a paragraph or a
 * character), so that a unit may carry several codes; the overall figures pool the decisions of every code.
 */
public final class Agreement {

    private Agreement() {
    }

    public static AgreementReport compare(List<CoderWork> work, Level level) {
        if (work.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders");
        }
        Map<String, String> texts = texts(work);
        TreeSet<String> codes = new TreeSet<>();
        work.forEach(w -> w.codings().forEach(c -> codes.add(c.code())));
        List<String> coders = work.stream().map(CoderWork::coder).toList();
        List<AgreementReport.PerCode> perCode = new ArrayList<>();
        List<Reliability.Pattern> pooled = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (String code : codes) {
            List<Reliability.Pattern> patterns = new ArrayList<>();
            long[] used = new long[work.size()];
            for (Map.Entry<String, String> source : texts.entrySet()) {
                TreeSet<Integer> cuts = new TreeSet<>();
                work.forEach(w -> w.codings().stream().filter(c -> c.code().equals(code) && c.source().equals(source.getKey()))
                        .forEach(c -> { cuts.add(c.start()); cuts.add(c.end()); }));
                List<Unit> units = units(source.getValue(), level, cuts);
                int[][] applied = new int[units.size()][work.size()];
                for (int k = 0; k < work.size(); k++) {
                    for (Coding c : work.get(k).codings()) {
                        if (c.code().equals(code) && c.source().equals(source.getKey())) {
                            mark(units, applied, k, c, level);
                        }
                    }
                }
                Disagreement open = null;
                for (int u = 0; u < units.size(); u++) {
                    Unit unit = units.get(u);
                    patterns.add(new Reliability.Pattern(applied[u], unit.weight));
                    for (int k = 0; k < work.size(); k++) {
                        used[k] += applied[u][k] * unit.weight;
                    }
                    open = disagreement(open, disagreements, code, source, unit, applied[u], coders, level);
                }
                if (open != null) {
                    disagreements.add(open);
                }
            }
            pooled.addAll(patterns);
            perCode.add(new AgreementReport.PerCode(code, Reliability.of(patterns), Arrays.stream(used).boxed().toList()));
        }
        return new AgreementReport(level, coders, perCode, Reliability.of(pooled), disagreements);
    }

    /** Extends the open disagreement with this unit, or closes it and maybe opens another. */
    private static Disagreement disagreement(Disagreement open, List<Disagreement> done, String code, Map.Entry<String, String> source,
                                             Unit unit, int[] applied, List<String> coders, Level level) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (int k = 0; k < applied.length; k++) {
            (applied[k] == 1 ? yes : no).add(coders.get(k));
        }
        boolean differs = !yes.isEmpty() && !no.isEmpty();
        // Character runs join across the unit boundaries that codings create, never across paragraphs.
        if (open != null && differs && level == Level.CHARACTER && open.end() == unit.start && open.line() == unit.line
                && open.applied().equals(yes)) {
            return new Disagreement(code, source.getKey(), unit.line, open.start(), unit.end,
                    source.getValue().substring(open.start(), unit.end), yes, no);
        }
        if (open != null) {
            done.add(open);
        }
        return differs ? new Disagreement(code, source.getKey(), unit.line, unit.start, unit.end,
                source.getValue().substring(unit.start, unit.end), yes, no) : null;
    }

    private static void mark(List<Unit> units, int[][] applied, int coder, Coding c, Level level) {
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            boolean hit = level == Level.CHARACTER
                    ? c.start() <= unit.start && unit.end <= c.end()
                    : c.start() < unit.end && unit.start < c.end() || c.start() == c.end() && c.start() == unit.start;
            if (hit) {
                applied[u][coder] = 1;
            }
        }
    }

    /** A paragraph, or a run of characters that no coding's edge cuts; weighs 1 or its length. */
    private record Unit(int line, int start, int end, long weight) {
    }

    private static List<Unit> units(String text, Level level, TreeSet<Integer> cuts) {
        List<Unit> units = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (!text.substring(start, end).isBlank()) {
                    if (level == Level.SEGMENT) {
                        units.add(new Unit(line, start, end, 1));
                    } else {
                        int from = start;
                        // A character is a Unicode character: an emoji weighs one, as in REFI-QDA positions.
                        for (int cut : cuts.subSet(start, false, end, false)) {
                            units.add(new Unit(line, from, cut, text.codePointCount(from, cut)));
                            from = cut;
                        }
                        units.add(new Unit(line, from, end, text.codePointCount(from, end)));
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return units;
    }

    private static Map<String, String> texts(List<CoderWork> work) {
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> from = new TreeMap<>();
        for (CoderWork w : work) {
            for (Map.Entry<String, String> t : w.texts().entrySet()) {
                String before = texts.putIfAbsent(t.getKey(), t.getValue());
                from.putIfAbsent(t.getKey(), w.coder());
                if (before != null && !before.equals(t.getValue())) {
                    throw new InputException(SourceLocation.file(w.coder()), Message.of("qual.agreement.text", t.getKey(), from.get(t.getKey()),
                        String.valueOf(firstDifference(before, t.getValue()))));
                }
            }
        }
        requireSameSources(work, texts.keySet());
        return texts;
    }

    /**
     * A source one coder has and another lacks would count as "coded nothing" for the one who lacks it and
     * lower the figures for no reason: it is an error naming each such source and whose work it is missing from.
     */
    private static void requireSameSources(List<CoderWork> work, Set<String> all) {
        // The sources each coder lacks, joined by "; " in the run's language.
        Message missing = null;
        for (String source : all) {
            List<String> without = work.stream().filter(w -> !w.texts().containsKey(source)).map(CoderWork::coder).toList();
            if (!without.isEmpty()) {
                List<String> with = work.stream().filter(w -> w.texts().containsKey(source)).map(CoderWork::coder).toList();
                Message one = Message.of("qual.agreement.source.missing", source, String.join(", ", with), String.join(", ", without));
                missing = missing == null ? one : Message.of("qual.agreement.sources.and", missing, one);
            }
        }
        if (missing != null) {
            throw new InputException(SourceLocation.file(work.get(0).coder()), Message.of("qual.agreement.sources", missing));
        }
    }

    private static int firstDifference(String a, String b) {
        int line = 1;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return line;
            }
            if (a.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
