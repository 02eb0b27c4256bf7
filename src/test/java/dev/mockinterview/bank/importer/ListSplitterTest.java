package dev.mockinterview.bank.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ListSplitter")
class ListSplitterTest {

    @Test
    @DisplayName("splitTerms: splits at lowercase to uppercase and keeps parentheses whole, RabbitMQ included")
    void lowercaseToUppercaseAndParentheses() {
        // given
        String line = "Load testingCaching strategies (e.g., Redis)Asynchronous messaging (e.g., Kafka, RabbitMQ)"
                + "Observability (APM, logging, metrics)Connection pooling";

        // when
        List<String> terms = ListSplitter.splitTerms(line);

        // then
        assertEquals(List.of("Load testing", "Caching strategies (e.g., Redis)",
                "Asynchronous messaging (e.g., Kafka, RabbitMQ)", "Observability (APM, logging, metrics)",
                "Connection pooling"), terms);
    }

    @Test
    @DisplayName("splitTerms: splits after a closing parenthesis: (DDD)Evolutionary")
    void afterClosingParenthesis() {
        // given
        String line = "Domain-Driven Design (DDD)Evolutionary architectureN+1 query problem";

        // when
        List<String> terms = ListSplitter.splitTerms(line);

        // then
        assertEquals(List.of("Domain-Driven Design (DDD)", "Evolutionary architecture", "N+1 query problem"), terms);
    }

    @Test
    @DisplayName("splitTerms: splits an abbreviation from the capitalised word after it: SREKubernetes")
    void acronymThenWord() {
        // given
        String line = "Distributed TracingObservabilitySREKubernetesMicroservicesSDKDocumentation";

        // when
        List<String> terms = ListSplitter.splitTerms(line);

        // then
        assertEquals(List.of("Distributed Tracing", "Observability", "SRE", "Kubernetes", "Microservices", "SDK",
                "Documentation"), terms);
    }

    @Test
    @DisplayName("splitTerms: keeps plural abbreviations such as SLOs/SLAs and ADRs whole")
    void pluralAbbreviations() {
        // given / when / then
        assertEquals(List.of("MECE Framework", "SLOs/SLAs"), ListSplitter.splitTerms("MECE FrameworkSLOs/SLAs"));
        assertEquals(List.of("Microservices Architecture", "SLAs/SLOs", "Business Impact Analysis"),
                ListSplitter.splitTerms("Microservices ArchitectureSLAs/SLOsBusiness Impact Analysis"));
        assertEquals(List.of("Production Incident", "SLA/SLO", "Incident Commander"),
                ListSplitter.splitTerms("Production IncidentSLA/SLOIncident Commander"));
        assertEquals(List.of("Cassandra", "ADRs (Architecture Decision Records)", "System Design"),
                ListSplitter.splitTerms("CassandraADRs (Architecture Decision Records)System Design"));
    }

    @Test
    @DisplayName("splitTerms: never splits inside known names with inner capitals: PostgreSQL, GraphQL, MongoDB, RESTful")
    void knownNamesKeptWhole() {
        // given
        String line = "KubernetesPostgreSQLCassandraAPI GatewayGraphQLgRPCMongoDBGeohashing"
                + "System designRESTful APIMySQL";

        // when
        List<String> terms = ListSplitter.splitTerms(line);

        // then
        assertEquals(List.of("Kubernetes", "PostgreSQL", "Cassandra", "API Gateway", "GraphQL", "gRPC", "MongoDB",
                "Geohashing", "System design", "RESTful API", "MySQL"), terms);
    }

    @Test
    @DisplayName("splitTerms: keeps a known name followed by a word in one term: GraphQL Schema, Google BigQuery")
    void knownNameWithinATerm() {
        // given / when / then
        assertEquals(List.of("Event-driven architecture", "GraphQL Schema", "DynamoDB Streams"),
                ListSplitter.splitTerms("Event-driven architectureGraphQL SchemaDynamoDB Streams"));
    }

    @Test
    @DisplayName("splitTerms: separates abbreviations that run into each other when one is a known abbreviation")
    void abuttingAbbreviations() {
        // given / when / then
        assertEquals(List.of("CVSS", "RICE Scoring Model", "Risk Management"),
                ListSplitter.splitTerms("CVSSRICE Scoring ModelRisk Management"));
        assertEquals(List.of("Kafka Connect", "OLAP", "CDC", "Idempotency"),
                ListSplitter.splitTerms("Kafka ConnectOLAPCDCIdempotency"));
    }

    @Test
    @DisplayName("splitTerms: splits around numbers: S3Google, Model30-60-90, but keeps C4 Model and N+1")
    void numbers() {
        // given / when / then
        assertEquals(List.of("AWS S3", "Google BigQuery", "Snowflake"),
                ListSplitter.splitTerms("AWS S3Google BigQuerySnowflake"));
        assertEquals(List.of("Deployment Pipeline", "C4 Model", "30-60-90 Day Plan", "STAR Method (for feedback)"),
                ListSplitter.splitTerms("Deployment PipelineC4 Model30-60-90 Day PlanSTAR Method (for feedback)"));
    }

    @Test
    @DisplayName("splitTerms: does not split inside parentheses even at case changes")
    void nothingInsideParentheses() {
        // given
        String line = "Machine Learning (XGBoost, Isolation Forest)API Gateway (Kong)Graph Databases (Neo4j)";

        // when
        List<String> terms = ListSplitter.splitTerms(line);

        // then
        assertEquals(List.of("Machine Learning (XGBoost, Isolation Forest)", "API Gateway (Kong)",
                "Graph Databases (Neo4j)"), terms);
    }

    @Test
    @DisplayName("splitTerms: gives no terms for null or blank input")
    void emptyInput() {
        // given / when / then
        assertEquals(List.of(), ListSplitter.splitTerms(null));
        assertEquals(List.of(), ListSplitter.splitTerms("   "));
    }

    @Test
    @DisplayName("splitSentences: splits where a full stop runs into a capital")
    void fullStops() {
        // given
        String line = "Specific project context and initial architectural choices.Quantifiable metrics of "
                + "performance degradation (latency, error rates).Quantifiable improvements post-rectification.";

        // when
        List<String> sentences = ListSplitter.splitSentences(line);

        // then
        assertEquals(List.of("Specific project context and initial architectural choices.",
                "Quantifiable metrics of performance degradation (latency, error rates).",
                "Quantifiable improvements post-rectification."), sentences);
    }

    @Test
    @DisplayName("splitSentences: splits after a sentence that ends in a closing parenthesis")
    void closingParenthesis() {
        // given
        String line = "Specific project context (what was the feature?)Clearly articulate the conflicting "
                + "priorities/technical approaches and the teams involved.";

        // when
        List<String> sentences = ListSplitter.splitSentences(line);

        // then
        assertEquals(List.of("Specific project context (what was the feature?)",
                "Clearly articulate the conflicting priorities/technical approaches and the teams involved."),
                sentences);
    }

    @Test
    @DisplayName("splitSentences: splits after a quoted phrase in parentheses followed by a full stop")
    void quoteInParenthesesThenFullStop() {
        // given
        String line = "Proactive debt repayment (e.g., Boy Scout Rule, 'fix-as-you-go').Prioritization framework.";

        // when
        List<String> sentences = ListSplitter.splitSentences(line);

        // then
        assertEquals(List.of("Proactive debt repayment (e.g., Boy Scout Rule, 'fix-as-you-go').",
                "Prioritization framework."), sentences);
    }

    @Test
    @DisplayName("splitSentences: does not split after abbreviations such as e.g. and vs., nor in Node.js")
    void abbreviations() {
        // given
        String line = "Mention e.g.Kafka or Node.js services.Compare Kafka vs.RabbitMQ honestly.";

        // when
        List<String> sentences = ListSplitter.splitSentences(line);

        // then
        assertEquals(List.of("Mention e.g.Kafka or Node.js services.", "Compare Kafka vs.RabbitMQ honestly."),
                sentences);
    }

    @Test
    @DisplayName("splitSentences: does not split at a full stop inside parentheses")
    void insideParentheses() {
        // given
        String line = "Prioritize critical vulnerabilities (CVSS 9.8.Then others).Use a framework.";

        // when
        List<String> sentences = ListSplitter.splitSentences(line);

        // then
        assertEquals(List.of("Prioritize critical vulnerabilities (CVSS 9.8.Then others).", "Use a framework."),
                sentences);
    }

    @Test
    @DisplayName("splitKeyPoints: splits a line of sentences as sentences")
    void sentenceStyle() {
        // given
        String line = "Immediate prioritization of critical security vulnerabilities (CVSS 9.8).Use of a "
                + "structured prioritization framework (e.g., RICE, WSJF, MoSCoW).Understanding the trade-offs.";

        // when
        List<String> points = ListSplitter.splitKeyPoints(line);

        // then
        assertEquals(List.of("Immediate prioritization of critical security vulnerabilities (CVSS 9.8).",
                "Use of a structured prioritization framework (e.g., RICE, WSJF, MoSCoW).",
                "Understanding the trade-offs."), points);
    }

    @Test
    @DisplayName("splitKeyPoints: splits a line of phrases without full stops as terms")
    void phraseStyle() {
        // given
        String line = "Decision-making under pressure (RICE scoring, trade-offs, communication)Solution "
                + "implementation with rollback strategyPost-incident review (blameless post-mortem)";

        // when
        List<String> points = ListSplitter.splitKeyPoints(line);

        // then
        assertEquals(List.of("Decision-making under pressure (RICE scoring, trade-offs, communication)",
                "Solution implementation with rollback strategy", "Post-incident review (blameless post-mortem)"),
                points);
    }
}
