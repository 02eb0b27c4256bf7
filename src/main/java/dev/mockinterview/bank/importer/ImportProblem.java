package dev.mockinterview.bank.importer;

/**
 * Something on the seed page the importer could not parse or place.
 *
 * @param lineNumber the 1-based line of the page the problem is about
 * @param message    what was wrong, for a person to read
 */
public record ImportProblem(int lineNumber, String message) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + message;
    }
}
