package dev.mockinterview;

import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.bank.BankLoader;
import dev.mockinterview.bank.LoadResult;
import dev.mockinterview.cli.ImportCommand;
import dev.mockinterview.cli.PracticeCommand;
import dev.mockinterview.cli.PreviewCommand;
import dev.mockinterview.config.Config;
import dev.mockinterview.config.ConfigException;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.storage.Database;
import dev.mockinterview.storage.SqliteProgressStore;
import dev.mockinterview.storage.SqliteSessionStore;
import dev.mockinterview.feedback.AnswerScorer;
import dev.mockinterview.review.Sm2Scheduler;
import dev.mockinterview.ports.StorageException;
import dev.mockinterview.util.Suggest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;

/** The command line: {@code serve} (default), {@code practice}, {@code validate}. */
public final class Main {
    static final String USAGE = """
            Usage: java -jar target/mockinterview.jar [COMMAND]

            Commands:
              serve                run the Slack bot (the default)
              practice [CATEGORY]  practise in this terminal, no Slack needed
              validate [DIR]       check a question bank (default: QUESTIONS_DIR or ./questions)
              preview ID           show a question as text and as the Block Kit JSON of each state
              import FILE [--role R] [--level L] [--category C] [--out DIR] [--format json|yaml]
                                   turn a scraped interview-questions page into a bank file
              forget TEAM_ID [USER_ID]
                                   delete a user's data, or a whole workspace's, from the database
              help                 show this help

            Categories: %s
            Configuration is read from environment variables; see README.md.
            """.formatted(Category.slugList());

    private final Map<String, String> env;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        this.env = env;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new Main(System.getenv(), System.in, out, err).run(args);
        if (code != 0 || !(args.length == 0 || args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    int run(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "serve" -> serve();
                case "practice" -> practice(rest);
                case "validate" -> validate(rest);
                case "import" -> new ImportCommand(out, err).run(rest, Config.local(env).questionsDir());
                case "preview" -> preview(rest);
                case "forget" -> forget(rest);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> {
                    String hint = Suggest.closest(command, List.of("serve", "practice", "validate", "import", "preview", "forget",
                            "help"))
                            .map(s -> " Did you mean \"" + s + "\"?").orElse("");
                    err.println("Unknown command \"" + command + "\"." + hint + "\n");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return 2;
        } catch (StorageException e) {
            err.println("Database problem: " + e.getMessage());
            return 1;
        }
    }

    private int validate(List<String> args) {
        if (args.size() > 1) {
            err.println("validate takes at most one folder, e.g.: validate questions");
            return 2;
        }
        Path dir = args.isEmpty() ? Config.local(env).questionsDir() : Path.of(args.get(0));
        LoadResult result = new BankLoader(java.util.concurrent.ForkJoinPool.commonPool()).load(dir);
        (result.ok() ? out : err).println(result.report());
        return result.ok() ? 0 : 1;
    }

    /** An admin's way to delete a user's data ({@code forget T0123 U0456}) or a workspace's ({@code forget T0123}). */
    private int forget(List<String> args) {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("[A-Z0-9]{2,30}");
        if (args.isEmpty() || args.size() > 2 || !args.stream().allMatch(a -> id.matcher(a).matches())) {
            err.println("forget takes a workspace id and, optionally, a user id, as Slack shows them: "
                    + "forget T0123ABCD U0456EFGH (one user) or forget T0123ABCD (the whole workspace).");
            return 2;
        }
        Config config = Config.local(env);
        try (var db = dev.mockinterview.storage.Database.open(config.databaseFile())) {
            var store = new dev.mockinterview.storage.SqliteUserDataStore(db);
            Map<String, Integer> deleted = args.size() == 2
                    ? store.forget(new dev.mockinterview.interview.UserRef(args.get(0), args.get(1)))
                    : store.forgetWorkspace(args.get(0));
            out.println("Deleted from " + config.databaseFile() + " ("
                    + (args.size() == 2 ? "user " + args.get(1) + " of " : "workspace ") + args.get(0) + "):");
            deleted.forEach((table, n) -> out.println("  " + table + ": " + n));
        }
        return 0;
    }

    private int preview(List<String> args) {
        if (args.size() != 1) {
            err.println("preview takes one question id, e.g.: preview backend-senior-13-distributed-rate-limiter");
            return 2;
        }
        LoadResult bank = new BankLoader().load(Config.local(env).questionsDir());
        if (!bank.ok()) {
            err.println(bank.report());
            return 1;
        }
        return new PreviewCommand(bank.bank()).run(args.get(0), out, err);
    }

    private int practice(List<String> args) throws ConfigException {
        Category category = null;
        if (!args.isEmpty()) {
            String word = String.join(" ", args);
            category = Category.fromSlug(word).orElse(null);
            if (category == null) {
                String hint = Suggest.closest(word, java.util.Arrays.stream(Category.values()).map(Category::slug).toList())
                        .map(s -> " Did you mean \"" + s + "\"?").orElse("");
                err.println("Unknown category \"" + word + "\"." + hint + " Use one of: " + Category.slugList());
                return 2;
            }
        }
        Config config = Config.local(env);
        LoadResult bank = new BankLoader().load(config.questionsDir());
        if (!bank.ok()) {
            err.println(bank.report());
            return 1;
        }
        if (category != null && bank.bank().in(category).isEmpty()) {
            err.println("There are no " + category.slug() + " questions in " + config.questionsDir() + ".");
            return 1;
        }
        try (Database db = Database.open(config.databaseFile())) {
            var sessions = new SqliteSessionStore(db);
            var progress = new SqliteProgressStore(db);
            var interviews = new InterviewService(bank::bank, sessions, progress, new AnswerScorer(),
                    new Sm2Scheduler(), Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"));
            String user = System.getProperty("user.name", "me");
            interviews.setZone(new dev.mockinterview.interview.UserRef(PracticeCommand.LOCAL_TEAM, user),
                    java.time.ZoneId.systemDefault());
            var in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            return new PracticeCommand(interviews, in, out).run(user, category);
        } catch (java.io.IOException e) {
            err.println("Terminal input failed: " + e.getMessage());
            return 1;
        }
    }

    private int serve() {
        Config config = Config.forServe(env);
        MockInterviewServer server;
        try {
            server = MockInterviewServer.start(config, MockInterviewServer.Runtime.system());
        } catch (MockInterviewServer.InvalidBankException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            // Bolt checks the bot token with auth.test while it builds the app.
            err.println("mockinterview could not confirm its bot token with Slack (auth.test at "
                    + config.slackApiUrl() + "): " + e.getMessage()
                    + ". Check SLACK_BOT_TOKEN, and that Slack (or SLACK_API_URL) is reachable from this machine.");
            return 1;
        } catch (StorageException e) {
            throw e;
        } catch (Exception e) {
            err.println("mockinterview could not start: " + e);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mi-shutdown"));
        out.println("mockinterview is running on port " + server.port() + ". Press Ctrl+C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
