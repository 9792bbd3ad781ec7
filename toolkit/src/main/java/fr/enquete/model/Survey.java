package fr.enquete.model;

import java.util.List;
import java.util.Optional;

/** A questionnaire: its title and questions in display order. */
public record Survey(String title, List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
