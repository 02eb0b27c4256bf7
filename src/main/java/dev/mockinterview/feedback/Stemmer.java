package dev.mockinterview.feedback;

import java.util.List;

/**
 * A light, deterministic English stemmer for matching answers against the bank's wording. It does not produce real
 * words; it only has to map the inflections and derivations an answer is likely to use onto the same stem as the
 * bank's phrase: {@code shard/sharded/sharding/shards → shard}, {@code strategy/strategies → strategy},
 * {@code cache/caches/cached/caching → cach}, {@code migrate/migrated/migration → migr},
 * {@code scale/scalable/scalability/scaling → scal}, {@code idempotent/idempotency → idempot}.
 *
 * <p>Order: a few word families by prefix (analy-, diagnos-, priorit-, optimi-, architect-, idempoten-, …), British
 * {@code -ise} spellings to {@code -ize}, then one inflection ({@code -ies/-ied → y}, {@code -sses → ss},
 * {@code -s} but not {@code -ss/-us/-is}, then {@code -ing} or {@code -ed}, undoubling a final consonant other than
 * l/s/z), then {@code -ly} and one derivational suffix ({@code -ization, -ation, -ability, -able, -ment, -ency, -ence,
 * -ent, -ancy, -ance, -ness, -ity, -ive, -ate, -al, -er}) when at least four letters remain (six for {@code -al}),
 * then a final {@code -e}. Words of three letters or fewer, and words with digits ({@code p99}, {@code k8s},
 * {@code 2pc}), are left alone.
 */
final class Stemmer {
    /** A word ending (or, for families, beginning) and what replaces it. */
    private record Rule(String from, String to) {
    }

    /** Word families that suffix rules would split; any word starting with the key stems to the value. */
    private static final List<Rule> FAMILIES = List.of(
            new Rule("analy", "analy"), new Rule("diagnos", "diagnos"), new Rule("hypothes", "hypothes"),
            new Rule("priorit", "priorit"), new Rule("optimi", "optim"), new Rule("optimal", "optim"),
            new Rule("architect", "architect"), new Rule("communicat", "communic"), new Rule("idempoten", "idempot"),
            new Rule("consisten", "consist"), new Rule("scalab", "scal"), new Rule("reliab", "reli"),
            new Rule("availab", "avail"), new Rule("maintainab", "maintain"), new Rule("observab", "observ"),
            new Rule("resilien", "resilien"), new Rule("quantif", "quantif"), new Rule("measur", "measur"),
            new Rule("metric", "metric"), new Rule("mitigat", "mitig"), new Rule("reconcil", "reconcil"),
            new Rule("dedup", "dedup"), new Rule("deduplic", "dedup"), new Rule("monitor", "monitor"),
            new Rule("encrypt", "encrypt"), new Rule("secur", "secur"), new Rule("percentil", "percentil"),
            new Rule("asynchron", "asynchron"), new Rule("synchron", "synchron"), new Rule("collaborat", "collabor"),
            new Rule("negotiat", "negoti"), new Rule("stakeholder", "stakeholder"));

    private static final List<Rule> DERIVATIONAL = List.of(
            new Rule("ization", "iz"), new Rule("ation", ""), new Rule("ability", ""), new Rule("ibility", ""),
            new Rule("able", ""), new Rule("ible", ""), new Rule("ement", ""), new Rule("ment", ""),
            new Rule("ency", ""), new Rule("ence", ""), new Rule("ent", ""), new Rule("ancy", ""),
            new Rule("ance", ""), new Rule("ness", ""), new Rule("ity", ""), new Rule("ive", ""), new Rule("ate", ""));

    private static final List<Rule> BRITISH = List.of(new Rule("isations", "izations"),
            new Rule("isation", "ization"), new Rule("ising", "izing"), new Rule("ised", "ized"),
            new Rule("ises", "izes"), new Rule("ise", "ize"));

    private Stemmer() {
    }

    /** The stem of one lowercase word. */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || hasDigit(w)) {
            return w;
        }
        for (Rule family : FAMILIES) {
            if (w.startsWith(family.from())) {
                return family.to();
            }
        }
        if (w.startsWith("retr") && (w.equals("retry") || w.equals("retries") || w.equals("retried")
                || w.equals("retrying"))) {
            return "retry";
        }
        w = britishIze(w);
        boolean deInflected = false;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() - 3 >= 3 && hasVowel(w, w.length() - 3)) {
            w = undouble(w.substring(0, w.length() - 3));
            deInflected = true;
        } else if (w.endsWith("ed") && w.length() - 2 >= 3 && hasVowel(w, w.length() - 2)) {
            w = undouble(w.substring(0, w.length() - 2));
            deInflected = true;
        }
        if (deInflected && w.endsWith("at") && w.length() - 2 >= 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ly") && w.length() - 2 >= 4) {
            w = w.substring(0, w.length() - 2);
        }
        for (Rule suffix : DERIVATIONAL) {
            if (w.endsWith(suffix.from()) && w.length() - suffix.from().length() >= 4) {
                return w.substring(0, w.length() - suffix.from().length()) + suffix.to();
            }
        }
        if (w.endsWith("al") && w.length() - 2 >= 6) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("er") && w.length() - 2 >= 4) {
            return dropE(w.substring(0, w.length() - 2));
        }
        return dropE(w);
    }

    private static String dropE(String w) {
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static String britishIze(String w) {
        if (w.length() < 6) {
            return w;
        }
        for (Rule r : BRITISH) {
            if (w.endsWith(r.from())) {
                return w.substring(0, w.length() - r.from().length()) + r.to();
            }
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2)) {
            char c = w.charAt(n - 1);
            if (c != 'l' && c != 's' && c != 'z' && !isVowel(c)) {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i)) || w.charAt(i) == 'y') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
