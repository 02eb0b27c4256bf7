package dev.mockinterview.bank.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SeedPageImporter")
class SeedPageImporterTest {

    private final SeedPageImporter importer = new SeedPageImporter();

    private static final List<String> HEADER = List.of(
            "๐Ÿš€ AI-Powered Mock Interviews Launching Soon - Join the Waitlist for Early Access",
            "",
            "Senior Software Engineer, Backend Interview Questions",
            "",
            "Commonly asked questions with expert answers and tips",
            "");

    private static final List<String> FOOTER = List.of(
            "",
            "Ready to Practice?",
            "",
            "Get personalized feedback on your answers with our AI-powered mock interview simulator.");

    private static List<String> starParts(String lastLetter, String lastLabel) {
        return List.of("S", "", "Situation", "", "The situation.", "",
                "T", "", "Task", "", "The task.", "",
                "A", "", "Action", "", "The action.", "",
                lastLetter, "", lastLabel, "", "The result.", "");
    }

    /** One question as the page lays it out (mojibake included), with the given STAR section body. */
    private static List<String> question(int number, List<String> star) {
        List<String> lines = new ArrayList<>(List.of(
                String.valueOf(number), "",
                "Answer Framework", "",
                "Use the STAR method for question " + number + ".", "",
                "โ˜…", "",
                "STAR Example", ""));
        lines.addAll(star);
        lines.addAll(List.of(
                "How to Answer", "",
                "  • โ€ขFirst paragraph of the model answer.",
                "  • โ€ขSecond paragraph, with a dash โ€“ here.", "",
                "Key Points to Mention", "",
                "Specific project context.Quantifiable metrics (latency, error rates).", "",
                "Key Terminology", "",
                "Load testingDomain-Driven Design (DDD)PostgreSQL", "",
                "What Interviewers Look For", "",
                "  • โœ“**Impact & Ownership:** Clear demonstration of impact.",
                "  • โœ“Learning agility.", "",
                "Common Mistakes to Avoid", "",
                "  • โœ—Vague descriptions.",
                "  • โœ—Blaming others."));
        return lines;
    }

    private static List<String> page(List<List<String>> parts) {
        List<String> lines = new ArrayList<>();
        parts.forEach(lines::addAll);
        return lines;
    }

    @Test
    @DisplayName("reads every section of a question, repairing mojibake and stripping bullet decorations")
    void readsAllSections() {
        // given
        List<String> lines = page(List.of(HEADER, question(1, starParts("R", "Result")), FOOTER));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.questions().size());
        ImportedQuestion q = result.questions().get(0);
        assertEquals(1, q.number());
        assertEquals("Use the STAR method for question 1.", q.answerFramework());
        assertEquals("The situation.", q.starSituation());
        assertEquals("The task.", q.starTask());
        assertEquals("The action.", q.starAction());
        assertEquals("The result.", q.starResult());
        assertNull(q.starSummary());
        assertEquals(List.of("First paragraph of the model answer.", "Second paragraph, with a dash – here."),
                q.howToAnswer());
        assertEquals(List.of("Specific project context.", "Quantifiable metrics (latency, error rates)."),
                q.keyPoints());
        assertEquals(List.of("Load testing", "Domain-Driven Design (DDD)", "PostgreSQL"), q.keyTerminology());
        assertEquals(List.of("Vague descriptions.", "Blaming others."), q.commonMistakes());
    }

    @Test
    @DisplayName("keeps **bold** markers as they are in the text")
    void keepsBoldMarkers() {
        // given
        List<String> lines = question(1, starParts("R", "Result"));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of("**Impact & Ownership:** Clear demonstration of impact.", "Learning agility."),
                result.questions().get(0).interviewersLookFor());
    }

    @Test
    @DisplayName("takes a fourth STAR part labelled T / Task as the Result")
    void fourthPartLabelledTaskIsResult() {
        // given
        List<String> lines = question(1, starParts("T", "Task"));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of(), result.problems());
        ImportedQuestion q = result.questions().get(0);
        assertEquals("The task.", q.starTask());
        assertEquals("The result.", q.starResult());
        assertTrue(q.hasStarParts());
    }

    @Test
    @DisplayName("reads a STAR example given as one paragraph as a summary")
    void starSummaryParagraph() {
        // given
        List<String> lines = question(1, List.of("In a previous role, our core API had 5xx errors. I fixed it.", ""));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of(), result.problems());
        ImportedQuestion q = result.questions().get(0);
        assertEquals("In a previous role, our core API had 5xx errors. I fixed it.", q.starSummary());
        assertNull(q.starSituation());
        assertNull(q.starTask());
        assertNull(q.starAction());
        assertNull(q.starResult());
    }

    @Test
    @DisplayName("needs no blank line between the last list item and the next question number")
    void missingBlankLineBetweenQuestions() {
        // given question 1's last line runs straight into "2", as on the real page
        List<String> lines = page(List.of(question(1, starParts("R", "Result")), question(2, starParts("R", "Result"))));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.questions().size());
        assertEquals(List.of("Vague descriptions.", "Blaming others."), result.questions().get(0).commonMistakes());
        assertEquals(2, result.questions().get(1).number());
        assertEquals("Use the STAR method for question 2.", result.questions().get(1).answerFramework());
    }

    @Test
    @DisplayName("skips the page header and footer without taking them as content")
    void headerAndFooterAreNotContent() {
        // given
        List<String> lines = page(List.of(HEADER, question(1, starParts("R", "Result")), FOOTER));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(List.of(), result.problems());
        ImportedQuestion q = result.questions().get(0);
        String everything = q.toString();
        assertTrue(!everything.contains("Waitlist") && !everything.contains("Ready to Practice")
                && !everything.contains("personalized feedback"), everything);
        assertEquals(List.of("Vague descriptions.", "Blaming others."), q.commonMistakes());
    }

    @Test
    @DisplayName("reports a line it cannot place, with its line number, instead of dropping it silently")
    void reportsUnparseableLine() {
        // given a "What Interviewers Look For" line without a bullet
        List<String> lines = new ArrayList<>(question(1, starParts("R", "Result")));
        int at = lines.indexOf("  • โœ“Learning agility.");
        lines.add(at + 1, "Stray text that is not a list item");

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(1, result.problems().size(), result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(at + 2, problem.lineNumber());
        assertTrue(problem.message().contains("Stray text"), problem.message());
        assertEquals(List.of("**Impact & Ownership:** Clear demonstration of impact.", "Learning agility."),
                result.questions().get(0).interviewersLookFor());
    }

    @Test
    @DisplayName("reports text before the first section, a missing section, and text after the footer")
    void reportsStructuralProblems() {
        // given
        List<String> q1 = new ArrayList<>(question(1, starParts("R", "Result")));
        q1.add(1, "Orphan line before any heading");           // line 2
        int terms = q1.indexOf("Key Terminology");
        q1.remove(terms + 2);                                   // the terminology line
        q1.remove(terms + 1);
        q1.remove(terms);
        List<String> lines = page(List.of(q1, FOOTER, List.of("Unexpected trailing text")));

        // when
        ImportResult result = importer.parse(lines);

        // then
        List<Integer> lineNumbers = result.problems().stream().map(ImportProblem::lineNumber).toList();
        assertEquals(List.of(1, 2, lines.size()), lineNumbers, result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("Key Terminology"));
        assertTrue(result.problems().get(1).message().contains("Orphan line"));
        assertTrue(result.problems().get(2).message().contains("Unexpected trailing text"));
    }

    @Test
    @DisplayName("reports question numbers out of sequence and STAR parts in an unexpected order")
    void reportsNumberingAndStarOrder() {
        // given
        List<String> star = Arrays.asList("S", "", "Situation", "", "The situation.", "",
                "A", "", "Action", "", "The action.", "");
        List<String> lines = page(List.of(question(1, starParts("R", "Result")), question(3, star)));

        // when
        ImportResult result = importer.parse(lines);

        // then
        assertEquals(2, result.questions().size());
        List<String> messages = result.problems().stream().map(ImportProblem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("question number 3 where 2 was expected")),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("STAR parts are S,A")), messages.toString());
    }
}
