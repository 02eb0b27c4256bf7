package dev.mockinterview.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The architecture's rules, checked on the compiled classes of src/main (dependencies through imports, fully
 * qualified names, calls and fields alike). Dependencies point inward, to the domain; the adapters reach storage
 * through ports; time and randomness come in from the composition root.
 */
@AnalyzeClasses(packages = "dev.mockinterview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"dev.mockinterview.interview..", "dev.mockinterview.feedback..",
            "dev.mockinterview.review..", "dev.mockinterview.daily.."};

    /** Guards against a wrong import (an empty one would check nothing): the whole code base is there. */
    @ArchTest
    static void seesTheWholeCodeBase(com.tngtech.archunit.core.domain.JavaClasses classes) {
        for (String name : new String[] {"dev.mockinterview.Main", "dev.mockinterview.app.MockInterviewServer",
                "dev.mockinterview.interview.InterviewService", "dev.mockinterview.slack.Delivery",
                "dev.mockinterview.storage.SqliteOutbox", "dev.mockinterview.ports.Outbox"}) {
            if (!classes.contain(name)) {
                throw new AssertionError("not imported: " + name);
            }
        }
        if (classes.size() < 100) {
            throw new AssertionError("only " + classes.size() + " classes imported");
        }
        if (classes.contain("dev.mockinterview.architecture.ArchitectureTest")) {
            throw new AssertionError("test classes were imported too");
        }
    }

    @ArchTest
    static final ArchRule domainIsPure = classes().that().resideInAnyPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.mockinterview.interview..",
                    "dev.mockinterview.feedback..", "dev.mockinterview.review..", "dev.mockinterview.daily..",
                    "dev.mockinterview.util..")
            .because("the domain (questions, sessions, scoring, scheduling, the daily question) knows no Slack, "
                    + "SQL, JSON or adapter");

    @ArchTest
    static final ArchRule feedbackAndReviewUseOnlyTheModel = classes().that()
            .resideInAnyPackage("dev.mockinterview.feedback..", "dev.mockinterview.review..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.mockinterview.interview..",
                    "dev.mockinterview.feedback..", "dev.mockinterview.review..");

    @ArchTest
    static final ArchRule dailyUsesOnlyTheModelAndUtil = classes().that().resideInAPackage("dev.mockinterview.daily..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.mockinterview.interview..",
                    "dev.mockinterview.daily..", "dev.mockinterview.util..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("dev.mockinterview.(*)..").should().beFreeOfCycles()
            .because("each package depends one way: adapters on ports and the domain, the domain on nothing else");

    @ArchTest
    static final ArchRule onlyStorageUsesJdbc = noClasses().that().resideOutsideOfPackage("dev.mockinterview.storage..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule onlySlackAndAppUseTheSlackSdk = noClasses().that()
            .resideOutsideOfPackages("dev.mockinterview.slack..", "dev.mockinterview.app..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..");

    @ArchTest
    static final ArchRule slackReachesStorageThroughPorts = noClasses().that().resideInAPackage("dev.mockinterview.slack..")
            .should().dependOnClassesThat().resideInAPackage("dev.mockinterview.storage..");

    @ArchTest
    static final ArchRule portsDependOnNoImplementation = noClasses().that().resideInAPackage("dev.mockinterview.ports..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mockinterview.storage..",
                    "dev.mockinterview.slack..", "dev.mockinterview.app..", "dev.mockinterview.cli..", "java.sql..",
                    "com.slack..");

    @ArchTest
    static final ArchRule noStaticMutableFields = fields().that().areStatic().and().areDeclaredInClassesThat()
            .resideInAPackage("dev.mockinterview..")
            .should().haveModifier(JavaModifier.FINAL)
            .because("state lives in objects the composition root wires, never in static singletons");

    /** Reading the clock or drawing randomness, other than through an injected Clock or RandomGenerator. */
    private static final DescribedPredicate<JavaCall<?>> AMBIENT_TIME_OR_RANDOMNESS =
            new DescribedPredicate<>("read the clock or draw randomness directly") {
                private final Set<String> nowTypes = Set.of("java.time.Instant", "java.time.LocalDate",
                        "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime",
                        "java.time.OffsetDateTime");

                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return nowTypes.contains(owner) && name.equals("now")
                            || owner.equals("java.lang.System") && (name.equals("currentTimeMillis")
                            || name.equals("nanoTime"))
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals("java.util.concurrent.ThreadLocalRandom")
                            || owner.equals("java.lang.Math") && name.equals("random")
                            || owner.equals("java.util.random.RandomGenerator") && (name.equals("of")
                            || name.equals("getDefault"))
                            || owner.equals("java.util.UUID") && name.equals("randomUUID")
                            || (owner.equals("java.util.Random") || owner.equals("java.security.SecureRandom"))
                            && name.equals("<init>");
                }
            };

    @ArchTest
    static final ArchRule timeAndRandomnessOnlyAtTheEdge = noClasses().that(new DescribedPredicate<JavaClass>(
                    "are not the composition roots (Main, MockInterviewServer)") {
                @Override
                public boolean test(JavaClass c) {
                    String top = c.getName().replaceAll("\\$.*", "");
                    return !top.equals("dev.mockinterview.Main")
                            && !top.equals("dev.mockinterview.app.MockInterviewServer");
                }
            })
            .should().callCodeUnitWhere(AMBIENT_TIME_OR_RANDOMNESS)
            .because("time and randomness are injected (Clock, RandomGenerator), so tests control them");
}
