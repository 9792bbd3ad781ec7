package fr.enquete.model;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire: its title, its questions in display order, and the questions computed from other columns
 * ({@link DerivedColumn}s, added to the export as it is read).
 */
public record Survey(String title, List<Question> questions, List<DerivedColumn> derivations) {

    /** @throws IllegalArgumentException when two questions share an id (a lookup by id would find the first alone) */
    public Survey {
        questions = List.copyOf(questions);
        derivations = List.copyOf(derivations == null ? List.of() : derivations);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("two questions have the id \"" + q.id() + "\": ids name one question each");
            }
        }
    }

    public Survey(String title, List<Question> questions) {
        this(title, questions, List.of());
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
