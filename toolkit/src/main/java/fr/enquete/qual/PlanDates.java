package fr.enquete.qual;

import fr.enquete.model.Message;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a plan gives (its calendar, its indicators' target dates, start and end columns, the evaluation's dates),
 * checked as a reader checks them: no impossible day ("2023-02-30", "31/04/2024", a thirteenth month), and no span or
 * start and end whose end comes before its start ("du 01/09/2024 au 30/06/2024", "2026-2023"). Text without a date
 * ("Durée de la CTG", "T4 2023") is not a date to check.
 */
final class PlanDates {

    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{1,2})(?:-(\\d{1,2}))?\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(?:(\\d{1,2})/)?(\\d{1,2})/((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** What joins the two ends of a span: "2023-2025", "du 01/09/2023 au 30/06/2024", "de 2023 à 2025". */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:-|–|—|/|au|a|à|to|jusqu'?au|jusqu'?en|jusqu’au|jusqu’en)\\s*");
    private static final Set<String> START = Set.of("debut", "date de debut", "date debut", "demarrage", "date de demarrage", "start",
            "start date");
    private static final Set<String> END = Set.of("fin", "date de fin", "date fin", "end", "end date");

    private PlanDates() {
    }

    /** A date as written and the first and last days it may mean (a year: 1 January to 31 December). */
    private record Written(String text, int start, int end, LocalDate first, LocalDate last) {
    }

    /** Why the dates of a text cannot be: an impossible day, or a span ending before it starts; empty when they can. */
    static Optional<Message> problemMessage(String text) {
        List<Written> dates = new ArrayList<>();
        for (Pattern p : List.of(ISO, SLASHED, YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (dates.stream().anyMatch(d -> s < d.end() && e > d.start())) {
                    continue;
                }
                int year = Integer.parseInt(p == ISO ? m.group(1) : p == SLASHED ? m.group(3) : m.group());
                String month = p == ISO ? m.group(2) : p == SLASHED ? m.group(2) : null;
                String day = p == ISO ? m.group(3) : p == SLASHED ? m.group(1) : null;
                Optional<Message> impossible = impossible(m.group(), year, month, day);
                if (impossible.isPresent()) {
                    return impossible;
                }
                dates.add(written(m.group(), s, e, year, month, day));
            }
        }
        dates.sort(java.util.Comparator.comparingInt(Written::start));
        for (int i = 0; i + 1 < dates.size(); i++) {
            Written a = dates.get(i);
            Written b = dates.get(i + 1);
            String between = fr.enquete.model.Folding.unaccentedLowerCase(text.substring(a.end(), b.start()));
            if (BETWEEN.matcher(between).matches() && b.last().isBefore(a.first())) {
                return Optional.of(Message.of("plan.date.order", text.substring(a.start(), b.end()), b.text(), a.text()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Message> impossible(String text, int year, String month, String day) {
        if (month == null) {
            return Optional.empty();
        }
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return Optional.of(Message.of("plan.date.month", text, String.valueOf(m)));
        }
        int length = YearMonth.of(year, m).lengthOfMonth();
        if (day != null && (Integer.parseInt(day) < 1 || Integer.parseInt(day) > length)) {
            return Optional.of(Message.of("plan.date.days", text, YearMonth.of(year, m).toString(), length));
        }
        return Optional.empty();
    }

    private static Written written(String text, int start, int end, int year, String month, String day) {
        if (month == null) {
            return new Written(text, start, end, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        YearMonth ym = YearMonth.of(year, Integer.parseInt(month));
        return day == null ? new Written(text, start, end, ym.atDay(1), ym.atEndOfMonth())
                : new Written(text, start, end, ym.atDay(Integer.parseInt(day)), ym.atDay(Integer.parseInt(day)));
    }

    /** Whether an extra field holds dates by its name: "Date de début", "Fin", "Échéance", "Période"... */
    static boolean isDateField(String name) {
        String f = PlanField.fold(name);
        return START.contains(f) || END.contains(f) || f.matches(".*\\b(date|dates|echeance|echeances|periode|calendrier)\\b.*");
    }

    /** An end field that comes before its start field, with why. */
    record Misordered(String endField, Message wording) {
    }

    /** Whether the extra fields give a start ("Date de début") and an end ("Date de fin") in the wrong order. */
    static Optional<Misordered> order(Map<String, List<String>> extra) {
        Optional<String> start = extra.keySet().stream().filter(k -> START.contains(PlanField.fold(k))).findFirst();
        Optional<String> end = extra.keySet().stream().filter(k -> END.contains(PlanField.fold(k))).findFirst();
        if (start.isEmpty() || end.isEmpty() || extra.get(start.get()).isEmpty() || extra.get(end.get()).isEmpty()) {
            return Optional.empty();
        }
        String s = extra.get(start.get()).get(0);
        String e = extra.get(end.get()).get(0);
        return problemMessage(s + " au " + e).filter(p -> problemMessage(s).isEmpty() && problemMessage(e).isEmpty())
                .map(p -> new Misordered(end.get(), Message.of("plan.date.misordered", e, end.get(), s, start.get())));
    }
}
