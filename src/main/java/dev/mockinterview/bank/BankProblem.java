package dev.mockinterview.bank;

/**
 * One thing wrong with a question bank, located as precisely as possible.
 *
 * @param file       the bank file, as given to the loader
 * @param questionId the question's id, or its position ("#3") when it has no usable id; null for file-level problems
 * @param field      the field concerned, e.g. {@code keyPoints[2]}; null when not about one field
 */
public record BankProblem(String file, String questionId, String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (questionId != null) {
            s.append(": question ").append(questionId);
        }
        if (field != null) {
            s.append(": ").append(field);
        }
        return s.append(": ").append(message).toString();
    }
}
