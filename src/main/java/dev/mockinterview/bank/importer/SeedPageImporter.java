package dev.mockinterview.bank.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scraped "interview questions" seed page into {@link ImportedQuestion}s.
 *
 * <p>The page layout: a header (banner, title, subtitle), then per question a line holding only its number, then the
 * sections "Answer Framework", a lone {@code ★} line, "STAR Example", "How to Answer", "Key Points to Mention",
 * "Key Terminology", "What Interviewers Look For" and "Common Mistakes to Avoid"; then a footer starting at
 * "Ready to Practice?". Blank lines are not needed anywhere: question numbers and section headings are recognised on
 * any line, so a missing blank line between questions does no harm.
 *
 * <p>Each line is first {@linkplain MojibakeRepair#repair repaired}. List lines lose their decorations (leading
 * spaces, the page's {@code •} and the section's own marker {@code •}, {@code ✓} or {@code ✗}); {@code **bold**}
 * markers are kept as they are. The run-together "Key Points" and "Key Terminology" lines are split with
 * {@link ListSplitter}. A STAR example is either four parts (letter line, label line, text) or one paragraph; where the
 * page labels the fourth part a second "T"/"Task", it is taken as the Result.
 *
 * <p>Nothing is dropped silently: every line the importer cannot place, and every missing or repeated section, is
 * reported as an {@link ImportProblem} with its line number. Only the page header (before the first question) and the
 * footer line after "Ready to Practice?" are skipped without a report.
 */
public final class SeedPageImporter {

    static final String FOOTER_START = "Ready to Practice?";
    private static final String STAR_MARKER = "★";
    private static final Pattern QUESTION_NUMBER = Pattern.compile("\\d{1,3}");
    /** A list line: optional indent, the page's bullet, optionally the section's marker, then the text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*•\\s*([•✓✗])?\\s*(.*)$");

    /** The sections of one question, in page order. */
    enum Section {
        ANSWER_FRAMEWORK("Answer Framework", null),
        STAR_EXAMPLE("STAR Example", null),
        HOW_TO_ANSWER("How to Answer", "•"),
        KEY_POINTS("Key Points to Mention", null),
        KEY_TERMINOLOGY("Key Terminology", null),
        INTERVIEWERS_LOOK_FOR("What Interviewers Look For", "✓"),
        COMMON_MISTAKES("Common Mistakes to Avoid", "✗");

        final String heading;
        /** The marker each list line carries after the page's bullet, or null for sections that are not bullet lists. */
        final String marker;

        Section(String heading, String marker) {
            this.heading = heading;
            this.marker = marker;
        }

        static Section ofHeading(String trimmedLine) {
            for (Section s : values()) {
                if (s.heading.equals(trimmedLine)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** A non-blank line of the page, after repair, with its 1-based line number. */
    private record Line(int number, String text) {
    }

    private enum State { HEADER, QUESTION, FOOTER }

    /** Reads a seed page file; the file is read as UTF-8 whatever the platform's default charset. */
    public ImportResult parse(Path page) throws IOException {
        return parse(Files.readAllLines(page, StandardCharsets.UTF_8));
    }

    /** Parses the page's lines (as saved, mojibake and all; already-repaired lines are left as they are). */
    public ImportResult parse(List<String> lines) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        State state = State.HEADER;
        QuestionBuilder current = null;
        boolean footerTaglineSeen = false;

        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String text = MojibakeRepair.repair(lines.get(i));
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (QUESTION_NUMBER.matcher(trimmed).matches()) {
                if (current != null) {
                    questions.add(current.build(problems));
                }
                int number = Integer.parseInt(trimmed);
                int expected = questions.isEmpty() ? 1 : questions.get(questions.size() - 1).number() + 1;
                if (number != expected) {
                    problems.add(new ImportProblem(lineNumber,
                            "question number " + number + " where " + expected + " was expected"));
                }
                if (state == State.FOOTER) {
                    problems.add(new ImportProblem(lineNumber,
                            "question " + number + " starts after the footer \"" + FOOTER_START + "\""));
                }
                current = new QuestionBuilder(number, lineNumber);
                state = State.QUESTION;
                continue;
            }
            if (trimmed.equals(FOOTER_START)) {
                if (current != null) {
                    questions.add(current.build(problems));
                    current = null;
                }
                state = State.FOOTER;
                footerTaglineSeen = false;
                continue;
            }
            switch (state) {
                case HEADER -> {
                    if (Section.ofHeading(trimmed) != null || LIST_ITEM.matcher(text).matches()
                            || trimmed.equals(STAR_MARKER)) {
                        problems.add(new ImportProblem(lineNumber,
                                "question content before the first question number: \"" + abbreviate(trimmed) + "\""));
                    }
                    // anything else before the first question is the page header (banner, title, subtitle)
                }
                case FOOTER -> {
                    if (footerTaglineSeen) {
                        problems.add(new ImportProblem(lineNumber,
                                "unexpected text after the footer: \"" + abbreviate(trimmed) + "\""));
                    }
                    footerTaglineSeen = true;
                }
                case QUESTION -> current.accept(new Line(lineNumber, text), problems);
            }
        }
        if (current != null) {
            questions.add(current.build(problems));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::lineNumber));
        return new ImportResult(questions, problems);
    }

    /** Collects one question's lines by section, then turns them into an {@link ImportedQuestion}. */
    private static final class QuestionBuilder {
        private final int number;
        private final int numberLine;
        private final Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
        private final Map<Section, Integer> headingLines = new EnumMap<>(Section.class);
        private Section section;

        QuestionBuilder(int number, int numberLine) {
            this.number = number;
            this.numberLine = numberLine;
        }

        void accept(Line line, List<ImportProblem> problems) {
            String trimmed = line.text().strip();
            Section heading = Section.ofHeading(trimmed);
            if (heading != null) {
                if (sections.containsKey(heading)) {
                    problems.add(new ImportProblem(line.number(), "question " + number + " has a second \""
                            + heading.heading + "\" section (first at line " + headingLines.get(heading)
                            + "); its lines are added to the first"));
                } else {
                    sections.put(heading, new ArrayList<>());
                    headingLines.put(heading, line.number());
                }
                section = heading;
                return;
            }
            if (trimmed.startsWith(STAR_MARKER)) {
                if (!trimmed.equals(STAR_MARKER)) {
                    problems.add(new ImportProblem(line.number(),
                            "text after the ★ marker: \"" + abbreviate(trimmed) + "\""));
                }
                return;
            }
            if (section == null) {
                problems.add(new ImportProblem(line.number(), "question " + number
                        + ": text before the first section heading: \"" + abbreviate(trimmed) + "\""));
                return;
            }
            sections.get(section).add(line);
        }

        ImportedQuestion build(List<ImportProblem> problems) {
            for (Section s : Section.values()) {
                if (!sections.containsKey(s)) {
                    problems.add(new ImportProblem(numberLine,
                            "question " + number + " has no \"" + s.heading + "\" section"));
                } else if (sections.get(s).isEmpty()) {
                    problems.add(new ImportProblem(headingLines.get(s),
                            "question " + number + ": the \"" + s.heading + "\" section is empty"));
                }
            }
            String framework = paragraphs(lines(Section.ANSWER_FRAMEWORK));
            Star star = parseStar(lines(Section.STAR_EXAMPLE), problems);
            return new ImportedQuestion(
                    number,
                    framework,
                    star.situation, star.task, star.action, star.result, star.summary,
                    listItems(Section.HOW_TO_ANSWER, problems),
                    runTogether(Section.KEY_POINTS, ListSplitter::splitKeyPoints, problems),
                    runTogether(Section.KEY_TERMINOLOGY, ListSplitter::splitTerms, problems),
                    listItems(Section.INTERVIEWERS_LOOK_FOR, problems),
                    listItems(Section.COMMON_MISTAKES, problems));
        }

        private List<Line> lines(Section s) {
            return sections.getOrDefault(s, List.of());
        }

        private List<String> listItems(Section s, List<ImportProblem> problems) {
            List<String> items = new ArrayList<>();
            for (Line line : lines(s)) {
                Matcher m = LIST_ITEM.matcher(line.text());
                if (!m.matches()) {
                    problems.add(new ImportProblem(line.number(), "question " + number + ", \"" + s.heading
                            + "\": line is not a list item, not imported: \"" + abbreviate(line.text().strip()) + "\""));
                    continue;
                }
                String marker = m.group(1);
                String item = m.group(2).strip();
                if (!s.marker.equals(marker)) {
                    problems.add(new ImportProblem(line.number(), "question " + number + ", \"" + s.heading
                            + "\": list item marked " + (marker == null ? "with no marker" : marker)
                            + " instead of " + s.marker + " (imported anyway)"));
                }
                if (item.isEmpty()) {
                    problems.add(new ImportProblem(line.number(),
                            "question " + number + ", \"" + s.heading + "\": empty list item"));
                    continue;
                }
                items.add(item);
            }
            return items;
        }

        private List<String> runTogether(Section s, Function<String, List<String>> splitter,
                                         List<ImportProblem> problems) {
            List<String> items = new ArrayList<>();
            for (Line line : lines(s)) {
                String text = line.text().strip();
                if (!ListSplitter.parenthesesBalanced(text)) {
                    problems.add(new ImportProblem(line.number(), "question " + number + ", \"" + s.heading
                            + "\": unbalanced parentheses, so the line may be split wrongly"));
                }
                items.addAll(splitter.apply(text));
            }
            return items;
        }

        private static final class Star {
            String situation;
            String task;
            String action;
            String result;
            String summary;
        }

        /** The letter lines of a STAR example and the label each must be followed by. */
        private static final Map<String, String> STAR_LABELS = Map.of(
                "S", "Situation", "T", "Task", "A", "Action", "R", "Result");

        private record StarPart(Line letter, String label, List<String> paragraphs) {
        }

        private Star parseStar(List<Line> lines, List<ImportProblem> problems) {
            Star star = new Star();
            if (lines.isEmpty()) {
                return star;
            }
            if (!isStarLetter(lines, 0)) {
                star.summary = paragraphs(lines);
                return star;
            }
            List<StarPart> parts = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                Line letter = lines.get(i);
                String label = lines.get(i + 1).text().strip();
                List<String> paragraphs = new ArrayList<>();
                i += 2;
                while (i < lines.size() && !isStarLetter(lines, i)) {
                    String paragraph = lines.get(i).text().strip();
                    if (STAR_LABELS.containsKey(paragraph) || STAR_LABELS.containsValue(paragraph)) {
                        problems.add(new ImportProblem(lines.get(i).number(), "question " + number
                                + ": stray STAR letter or label \"" + paragraph + "\", not imported"));
                    } else {
                        paragraphs.add(paragraph);
                    }
                    i++;
                }
                if (paragraphs.isEmpty()) {
                    problems.add(new ImportProblem(letter.number(), "question " + number
                            + ": STAR part \"" + label + "\" has no text"));
                }
                parts.add(new StarPart(letter, label, paragraphs));
            }
            String[] slots = new String[4];
            String sequence = String.join(",", parts.stream().map(p -> p.letter().text().strip()).toList());
            boolean expected = sequence.equals("S,T,A,R") || sequence.equals("S,T,A,T");
            if (!expected) {
                problems.add(new ImportProblem(parts.get(0).letter().number(), "question " + number
                        + ": STAR parts are " + sequence + " instead of S,T,A,R; parts taken in order"));
            }
            for (int k = 0; k < parts.size(); k++) {
                StarPart part = parts.get(k);
                if (k >= slots.length) {
                    problems.add(new ImportProblem(part.letter().number(), "question " + number
                            + ": extra STAR part \"" + part.label() + "\", not imported"));
                    continue;
                }
                slots[k] = part.paragraphs().isEmpty() ? null : String.join("\n\n", part.paragraphs());
            }
            star.situation = slots[0];
            star.task = slots[1];
            star.action = slots[2];
            star.result = slots[3];
            for (int k = parts.size(); k < slots.length; k++) {
                problems.add(new ImportProblem(parts.get(parts.size() - 1).letter().number(), "question " + number
                        + ": STAR example has no " + List.of("Situation", "Task", "Action", "Result").get(k)));
            }
            return star;
        }

        /** Line i is a STAR letter ("S", "T", "A" or "R") directly followed by its label ("Situation", ...). */
        private static boolean isStarLetter(List<Line> lines, int i) {
            String label = STAR_LABELS.get(lines.get(i).text().strip());
            return label != null && i + 1 < lines.size() && lines.get(i + 1).text().strip().equals(label);
        }
    }

    private static String paragraphs(List<Line> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        return String.join("\n\n", lines.stream().map(l -> l.text().strip()).toList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
