package dev.mockinterview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quantities")
class QuantitiesTest {

    private static List<String> found(String text) {
        return Quantities.find(Text.of(text)).stream().map(q -> q.text() + "=" + q.kind().name()).toList();
    }

    @Test
    @DisplayName("percentages, latencies, percentiles, money, multipliers and counts are found as written")
    void kinds() {
        // given
        String answer = "p99 fell from 1.2 s to 95ms, errors dropped 45%, we saved $20k and €3M a year, "
                + "throughput grew 10x, cost halved, and 12 engineers handled 50k requests; 99.9 percent uptime.";

        // when
        List<String> quantities = found(answer);

        // then
        assertEquals(List.of("p99=PERCENTILE", "1.2 s=TIME", "95ms=TIME", "45%=PERCENT", "$20k=MONEY",
                "€3M=MONEY", "10x=MULTIPLIER", "halved=MULTIPLIER", "12=COUNT", "50k=COUNT",
                "99.9 percent=PERCENT"), quantities);
    }

    @Test
    @DisplayName("years, list numbers, names with digits and meeting names are not quantities")
    void notQuantities() {
        // given
        String answer = "1. In 2019 we ran k8s on S3 with 2PC, a C4 model and weekly 1:1s.\n2. P0 bugs first.";

        // when / then
        assertEquals(List.of(), found(answer));
    }
}
