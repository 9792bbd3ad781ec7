package fr.enquete.qual;

import fr.enquete.text.TermIndex;
import fr.enquete.text.TermMatcher;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes what nobody coded by hand with the codebook, through the French text pipeline: an item's terms are
 * matched on lemmas and multi-word terms, its patterns on the text. A segment known to be about a theme (a
 * questionnaire question's) is only tried against that theme's items; an interview sentence against all.
 */
public final class AutoCoder {

    /** The codes found, and the segments no item caught (for the author to code or to extend the codebook). */
    public record Result(List<CodedSegment> coded, List<Segment> uncaught) {
        public Result {
            coded = List.copyOf(coded);
            uncaught = List.copyOf(uncaught);
        }
    }

    private AutoCoder() {
    }

    public static Result code(List<Segment> segments, SwotCodebook codebook) {
        List<TextDocument> docs = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            docs.add(new TextDocument(i, segments.get(i).text(), null));
        }
        TermMatcher matcher = TermMatcher.of(TermIndex.build(docs, TermOptions.defaults()));
        List<CodedSegment> coded = new ArrayList<>();
        List<Segment> uncaught = new ArrayList<>();
        for (int d = 0; d < segments.size(); d++) {
            Segment s = segments.get(d);
            boolean any = false;
            for (SwotCodebook.Theme theme : codebook.themes()) {
                if (!s.theme().isEmpty() && !s.theme().equals(theme.name())) {
                    continue;
                }
                for (SwotCodebook.Item item : theme.items()) {
                    if (matcher.matches(d, item.terms(), item.patterns())) {
                        coded.add(new CodedSegment(s, new Code(theme.name(), item.quadrant(), item.name(), Code.Origin.CODEBOOK)));
                        any = true;
                    }
                }
            }
            if (!any) {
                uncaught.add(s);
            }
        }
        return new Result(coded, uncaught);
    }
}
