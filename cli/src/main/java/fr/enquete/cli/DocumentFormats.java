package fr.enquete.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        Set<E> chosen = EnumSet.noneOf(type);
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                chosen.addAll(EnumSet.allOf(type));
                continue;
            }
            try {
                chosen.add(Enum.valueOf(type, n.equals("markdown") ? "md" : n.equals("word") ? "docx" : n));
            } catch (IllegalArgumentException e) {
                String accepted = EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", "));
                throw new UsageException("--format: unknown format '" + name + "'; expected " + accepted + " or all");
            }
        }
        return chosen;
    }
}
