package fr.enquete.qual;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What an action's diagnostic links may name: the SWOT items of the coded diagnosis and the indicators of an
 * indicator table. A null collection is not checked (a plan read on its own).
 */
public record PlanLinks(Collection<String> swotItems, Collection<String> indicators) {

    public static final PlanLinks UNCHECKED = new PlanLinks(null, null);

    public PlanLinks {
        swotItems = swotItems == null ? null : List.copyOf(swotItems);
        indicators = indicators == null ? null : List.copyOf(indicators);
    }

    /** Throws the error {@code at} makes of the message when a value of a link field names nothing known. */
    void check(PlanField field, List<String> values, Function<Message, InputException> at) {
        Collection<String> known = field == PlanField.ANSWERS ? swotItems : field == PlanField.DIAGNOSTIC_INDICATORS ? indicators : null;
        if (known == null) {
            return;
        }
        for (String v : values) {
            if (!known.contains(v)) {
                throw at.apply(field == PlanField.ANSWERS
                        ? Message.of("plan.link.swot", v, Names.hint(v, known))
                        : Message.of("plan.link.indicator", v, Names.hint(v, known)));
            }
        }
    }
}
