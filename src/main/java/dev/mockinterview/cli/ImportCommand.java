package dev.mockinterview.cli;

import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.importer.BankWriter;
import dev.mockinterview.bank.importer.ImportResult;
import dev.mockinterview.bank.importer.SeedPageImporter;
import dev.mockinterview.interview.Category;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code import FILE [--role R] [--level L] [--category C] [--out DIR] [--format json|yaml]}: turns a scraped
 * interview-questions page into a bank file, reporting with line numbers whatever it could not parse.
 */
public final class ImportCommand {
    static final String USAGE = "Usage: import FILE [--role backend] [--level senior] [--category behavioral] "
            + "[--out DIR] [--format json|yaml]";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the import; returns the exit code (0 ok, 1 content could not be parsed, 2 bad arguments). */
    public int run(List<String> args, Path defaultOut) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Path page = null;
        String role = "general";
        String level = "any";
        Category category = Category.BEHAVIORAL;
        Path outDir = defaultOut;
        BankWriter.Format format = BankWriter.Format.JSON;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    err.println(a + " needs a value. " + USAGE);
                    return 2;
                }
                String v = args.get(++i);
                switch (a) {
                    case "--role", "--level" -> {
                        if (!SLUG.matcher(v).matches()) {
                            err.println(a + " \"" + v + "\" must be lowercase letters, digits and hyphens, "
                                    + "e.g. backend or senior.");
                            return 2;
                        }
                        if (a.equals("--role")) {
                            role = v;
                        } else {
                            level = v;
                        }
                    }
                    case "--category" -> {
                        var c = Category.fromSlug(v);
                        if (c.isEmpty()) {
                            err.println("--category \"" + v + "\" is unknown; use one of: " + Category.slugList());
                            return 2;
                        }
                        category = c.get();
                    }
                    case "--out" -> outDir = Path.of(v);
                    case "--format" -> {
                        if (!v.equals("json") && !v.equals("yaml")) {
                            err.println("--format must be json or yaml, not \"" + v + "\".");
                            return 2;
                        }
                        format = v.equals("json") ? BankWriter.Format.JSON : BankWriter.Format.YAML;
                    }
                    default -> {
                        err.println("Unknown option " + a + ". " + USAGE);
                        return 2;
                    }
                }
            } else if (page == null) {
                page = Path.of(a);
            } else {
                err.println("Only one page at a time. " + USAGE);
                return 2;
            }
        }
        if (page == null) {
            err.println("Which page? " + USAGE);
            return 2;
        }
        Path source = page;
        ImportResult result;
        try {
            result = new SeedPageImporter().parse(page);
        } catch (NoSuchFileException e) {
            err.println(page + ": file not found.");
            return 2;
        } catch (IOException e) {
            err.println(page + ": cannot read: " + e.getMessage());
            return 2;
        }
        if (result.questions().isEmpty()) {
            err.println(page + ": no questions found.");
            result.problems().forEach(p -> err.println(source + ": " + p));
            return 1;
        }
        Path target = outDir.resolve(role + "-" + level + (format == BankWriter.Format.JSON ? ".json" : ".yaml"));
        if (Files.exists(target)) {
            err.println(target + " already exists; nothing was written. Choose another --out, --role or --level, "
                    + "or move the file away.");
            return 2;
        }
        try {
            Files.createDirectories(outDir);
            Files.writeString(target, new BankWriter().write(result.questions(), role, level, category, format),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + result.questions().size() + " questions to " + target + ".");
        out.println("Each prompt is a placeholder (draftPrompt: true): write the real question and check the "
                + "category, then run validate.");
        result.problems().forEach(p -> err.println(source + ": " + p));
        if (!result.problems().isEmpty()) {
            err.println(result.problems().size() + " part(s) of the page could not be parsed (listed above with "
                    + "their line numbers); they are not in " + target + ".");
            return 1;
        }
        var check = new BankLoader().load(outDir);
        if (!check.problems().isEmpty()) {
            err.println(check.report());
            return 1;
        }
        return 0;
    }
}
