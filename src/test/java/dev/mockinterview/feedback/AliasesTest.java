package dev.mockinterview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Aliases (abbreviations)")
class AliasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Domain-Driven Design (DDD)|DDD|Domain-Driven Design",
            "Change Data Capture (CDC)|CDC|Change Data Capture",
            "Two-Phase Commit (2PC)|2PC|Two-Phase Commit",
            "Service Level Objectives (SLOs)|SLOs|Service Level Objectives",
            "Mean Time To Recovery (MTTR)|MTTR|Mean Time To Recovery",
            "Pull Request (PR) Review|PR|Pull Request",
            "User Experience (UX)|UX|User Experience",
            "ADRs (Architecture Decision Records)|ADRs|Architecture Decision Records",
            "Employ a MECE (Mutually Exclusive, Collectively Exhaustive) framework.|MECE"
                    + "|Mutually Exclusive, Collectively Exhaustive",
            "e.g. Root Cause Analysis (RCA)|RCA|Root Cause Analysis"})
    @DisplayName("definitions written in the bank are found, both ways round")
    void found(String text, String shortForm, String longForm) {
        // given / when
        List<Aliases.Definition> defs = Aliases.definitionsIn(text);

        // then
        assertEquals(List.of(new Aliases.Definition(shortForm, longForm)), defs);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Caching strategies (e.g., Redis)", "Redis Sorted Set (ZSET)", "Graph Databases (Neo4j)",
            "Observability (APM, logging, metrics)", "(CVSS 9.8)", "STAR Method (for feedback)", "Kafka (Kafka)"})
    @DisplayName("bracketed text that is not a definition defines nothing")
    void notDefinitions(String text) {
        assertEquals(List.of(), Aliases.definitionsIn(text));
    }

    @Test
    @DisplayName("an abbreviation in an answer stands for its long form, and the long form for it")
    void bothWays() {
        // given
        Aliases table = Aliases.builtIn();

        // when
        AnswerIndex abbreviated = new AnswerIndex(Text.of("It goes to the DLQ."), table, Set.of());
        AnswerIndex spelled = new AnswerIndex(Text.of("It goes to dead-letter queues."), table, Set.of());

        // then
        assertTrue(abbreviated.near(Aliases.contentStems("dead letter queue")));
        assertTrue(spelled.contains(Aliases.key("DLQ")));
    }

    @Test
    @DisplayName("a long form whose words are all stopwords but one is not added (\"on call\" ≠ every \"call\")")
    void noSingleWordLeftovers() {
        // given
        Aliases table = Aliases.builtIn().plus(List.of(new Aliases.Definition("OC", "on call")));

        // when
        AnswerIndex index = new AnswerIndex(Text.of("I will call you."), table, Set.of());

        // then
        assertTrue(!index.contains(Aliases.key("OC")));
    }
}
