package dev.mockinterview.feedback;

/**
 * A light, deterministic English stemmer for matching answers against the bank's wording. It does not produce real
 * words; it only has to map the inflections and derivations an answer is likely to use onto the same stem as the
 * bank's phrase: {@code shard/sharded/sharding/shards → shard}, {@code strategy/strategies → strategy},
 * {@code cache/caches/cached/caching → cach}, {@code migrate/migrated/migration → migr},
 * {@code scale/scalable/scalability/scaling → scal}, {@code idempotent/idempotency → idempot}.
 *
 * <p>Order: a few word families by prefix (analy-, diagnos-, priorit-, optimi-, architect-, idempoten-, …), British
 * {@code -ise} spellings to {@code -ize}, then one inflection ({@code -ies/-ied → y}, {@code -es} after s/x/z/ch/sh,
 * {@code -s}, {@code -ing}, {@code -ed}, undoubling a final consonant other than l/s/z), then one derivational suffix
 * ({@code -ization, -ation, -ability, -able, -ment, -ency, -ence, -ent, -ancy, -ance, -ness, -ity, -ive, -ly, -ate,
 * -al, -er}) when at least four letters remain (six for {@code -al}), then a final {@code -e}. Words of three letters
 * or fewer, and words with digits ({@code p99}, {@code k8s}, {@code 2pc}), are left alone.
 */
final class Stemmer {
    /** Word families that suffix rules would split; any word starting with the key stems to the value. */
    private static final String[][] FAMILIES = {
            {"analy", "analy"}, {"diagnos", "diagnos"}, {"hypothes", "hypothes"}, {"priorit", "priorit"},
            {"optimi", "optim"}, {"optimal", "optim"}, {"architect", "architect"}, {"communicat", "communic"},
            {"idempoten", "idempot"}, {"consisten", "consist"}, {"scalab", "scal"}, {"reliab", "reli"},
            {"availab", "avail"}, {"maintainab", "maintain"}, {"observab", "observ"}, {"resilien", "resilien"},
            {"quantif", "quantif"}, {"measur", "measur"}, {"metric", "metric"}, {"mitigat", "mitig"},
            {"reconcil", "reconcil"}, {"dedup", "dedup"}, {"deduplic", "dedup"}, {"monitor", "monitor"},
            {"encrypt", "encrypt"}, {"secur", "secur"}, {"percentil", "percentil"}, {"asynchron", "asynchron"},
            {"synchron", "synchron"}, {"collaborat", "collabor"}, {"negotiat", "negoti"}, {"stakeholder", "stakeholder"},
    };

    private static final String[][] DERIVATIONAL = {
            {"ization", "iz"}, {"ation", ""}, {"ability", ""}, {"ibility", ""}, {"able", ""}, {"ible", ""},
            {"ement", ""}, {"ment", ""}, {"ency", ""}, {"ence", ""}, {"ent", ""}, {"ancy", ""}, {"ance", ""},
            {"ness", ""}, {"ity", ""}, {"ive", ""}, {"ly", ""}, {"ate", ""},
    };

    private Stemmer() {
    }

    /** The stem of one lowercase word. */
    static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || hasDigit(w)) {
            return w;
        }
        for (String[] family : FAMILIES) {
            if (w.startsWith(family[0])) {
                return family[1];
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
        } else if (w.endsWith("es") && w.length() > 4 && sibilantBefore(w, w.length() - 2)) {
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
        for (String[] suffix : DERIVATIONAL) {
            if (w.endsWith(suffix[0]) && w.length() - suffix[0].length() >= 4) {
                return w.substring(0, w.length() - suffix[0].length()) + suffix[1];
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
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static String britishIze(String w) {
        if (w.length() < 6) {
            return w;
        }
        for (String[] pair : new String[][] {{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"},
                {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"}}) {
            if (w.endsWith(pair[0])) {
                return w.substring(0, w.length() - pair[0].length()) + pair[1];
            }
        }
        return w;
    }

    private static boolean sibilantBefore(String w, int end) {
        char c = w.charAt(end - 1);
        if (c == 's' || c == 'x' || c == 'z') {
            return true;
        }
        return end >= 2 && (c == 'h') && (w.charAt(end - 2) == 'c' || w.charAt(end - 2) == 's');
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
