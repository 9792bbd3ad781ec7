package fr.enquete.cli;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code --format} names of the commands that write documents (report, study): a list, {@code all}, aliases. */
final class DocumentFormats {

    private DocumentFormats() {
    }

    /**
     * The formats named, in the enum's order; {@code all} is every one, {@code markdown} is {@code md} and
     * {@code word} is {@code docx}.
     *
     * @throws UsageException naming the unknown format and the accepted ones
     */
    static <E extends Enum<E>> Set<E> parse(List<String> names, Class<E> type) {
        return parse(names, List.copyOf(EnumSet.allOf(type)), e -> switch (e.name()) {
            case "md" -> List.of("md", "markdown");
            case "docx" -> List.of("docx", "word");
            default -> List.of(e.name());
        });
    }

    /**
     * The formats named, in the order of {@code known}; {@code all} is every one.
     *
     * @param namesOf a format's names in lower case, the one listed in errors first, then its aliases
     * @throws UsageException naming the unknown format and the accepted ones
     */
    static <T> Set<T> parse(List<String> names, List<T> known, Function<T, List<String>> namesOf) {
        Set<T> chosen = new java.util.HashSet<>();
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                chosen.addAll(known);
                continue;
            }
            T format = known.stream().filter(f -> namesOf.apply(f).contains(n)).findFirst().orElseThrow(() -> new UsageException(
                    fr.enquete.model.Message.of("usage.format.unknown.all", name, known.stream().map(f -> namesOf.apply(f).get(0)).collect(Collectors.joining(", ")))));
            chosen.add(format);
        }
        Set<T> ordered = new LinkedHashSet<>();
        known.stream().filter(chosen::contains).forEach(ordered::add);
        return ordered;
    }
}
