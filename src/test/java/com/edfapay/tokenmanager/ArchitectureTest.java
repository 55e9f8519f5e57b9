package com.edfapay.tokenmanager;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structural rules of {@code docs/architecture.md} ("Where each rule is enforced"), checked on the compiled
 * production classes. Why each rule exists: {@code docs/decisions/}.
 */
class ArchitectureTest {

    private static final String ROOT = "com.edfapay.tokenmanager";
    private static final String FXML = "javafx.fxml.FXML";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void apiKnowsNothingOfTheDesktopSide() {
        check(noClasses().that().resideInAPackage(ROOT + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", ROOT + ".ui..", ROOT + ".app..", ROOT + ".desktop..", ROOT + ".sandbox.."));
    }

    @Test
    void sandboxMeetsTheClientOnlyOnTheWire() {
        check(noClasses().that().resideInAPackage(ROOT + ".sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", ROOT + ".api..", ROOT + ".ui..", ROOT + ".app..", ROOT + ".desktop.."));
    }

    @Test
    void onlyTheCompositionRootKnowsTheSandbox() {
        // The command line's --sandbox starts it too, through its public starting point only (CliArchitectureTest).
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".app..", ROOT + ".sandbox..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sandbox.."));
    }

    @Test
    void sharedUiCodeKnowsNoFeature() {
        check(noClasses().that().resideInAPackage(ROOT + ".ui.common..")
                .should().dependOnClassesThat(FEATURE_CODE.or(JavaClass.Predicates.resideInAPackage(ROOT + ".app.."))));
    }

    /** The failure wording both front ends share chooses sentences from their bundles; it knows neither (0057). */
    @Test
    void sharedWordingKnowsNoFrontEnd() {
        check(noClasses().that().resideInAPackage(ROOT + ".wording..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".ui..", ROOT + ".cli..",
                        ROOT + ".app..", ROOT + ".desktop..", ROOT + ".sandbox..", ROOT + ".scan.."));
    }

    @Test
    void desktopServicesHaveNoUi() {
        check(noClasses().that().resideInAPackage(ROOT + ".desktop..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app.."));
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        check(viewModelRule());
    }

    static ArchRule viewModelRule() {
        return classes().that(FEATURE_CODE.and(not(VIEW)))
                .should().onlyDependOnClassesThat(NOT_JAVAFX.or(WHITE_LISTED_JAVAFX))
                .because("every class of a feature that is not a view is view-model code, unit-tested with plain "
                        + "JUnit without the toolkit (docs/decisions/0019-structural-architecture-rules.md)");
    }

    @Test
    void viewModelCodeNeverReachesIntoViews() {
        check(noClasses().that(UI_CODE.and(not(VIEW)))
                .should().dependOnClassesThat(UI_CODE.and(VIEW))
                .because("a view-model that calls a view (or a helper that builds nodes) is no longer toolkit-free"));
    }

    @Test
    void controllersOnlyBind() {
        DescribedPredicate<JavaClass> ioOrServices = JavaClass.Predicates.resideInAnyPackage(
                        ROOT + ".api.internal..", "java.io..", "java.nio.file..", "java.net..", "okhttp3..",
                        "java.sql..")
                .or(DescribedPredicate.describe("api or desktop services (value types allowed)",
                        type -> (type.getPackageName().startsWith(ROOT + ".desktop")
                                || type.getPackageName().startsWith(ROOT + ".api"))
                                && !isValueType(type)));
        check(noClasses().that(FEATURE_CODE.and(VIEW))
                .should().dependOnClassesThat(ioOrServices)
                .because("an FXML controller binds the view-model to controls; no logic, no I/O"));
    }

    private static boolean isValueType(JavaClass type) {
        JavaClass outer = type.getEnclosingClass().orElse(type);
        return type.isEnum() || type.isRecord() || outer.isEnum() || outer.isRecord()
                || type.isAssignableTo(RuntimeException.class);
    }

    @Test
    void viewsAreBuiltByTheOneLoaderFactory() {
        check(noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".ui.common.ViewLoader")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.fxml.FXMLLoader"));
    }

    @Test
    void dialogsGoThroughTheDialogService() {
        check(dialogRule());
    }

    static ArchRule dialogRule() {
        DescribedPredicate<JavaClass> dialogService = JavaClass.Predicates.resideInAPackage(ROOT + ".ui.common..")
                .or(REGISTERED_FORM_DIALOG);
        return noClasses().that(not(dialogService))
                .should().callConstructorWhere(targetOwner(assignableToAny(
                        "javafx.scene.control.Dialog", "javafx.stage.Stage", "javafx.stage.FileChooser",
                        "javafx.stage.DirectoryChooser")))
                .orShould().callConstructorWhere(targetOwner(assignableToAny("javafx.stage.Popup"))
                        .and(DescribedPredicate.describe("outside a custom control", call ->
                                !call.getOriginOwner().isAssignableTo("javafx.scene.Parent"))))
                .because("dialogs, windows, pop-ups and file choosers go through DialogService "
                        + "(docs/decisions/0015-dialogs-through-the-dialog-service.md); a control may own the "
                        + "pop-up of its own drop-down");
    }

    @Test
    void onlyTheTaskRunnerHandsWorkToTheFxThread() {
        check(noClasses().that().areNotAssignableTo(TaskRunner.class)
                .and().areNotNestedClasses()
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .because("results reach the JavaFX thread through the TaskRunner (docs/decisions/0014-one-task-runner.md)"));
    }

    @Test
    void noStaticSingletons() {
        check(fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(ROOT + ".sandbox..")
                .should().beFinal()
                .because("no static singletons or service locators; wiring is done by the composition root"));
    }

    @Test
    void loggingIsSlf4jOnly() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j.."));
    }

    @Test
    void noConsoleOutputOutsideTheCommandLines() {
        // FirstFrame and SmokeRun (#8) print the start-up marker and the --smoke result: fixed text and times.
        DescribedPredicate<JavaClass> commandLine = JavaClass.Predicates.resideInAPackage(ROOT + ".cli..")
                .or(JavaClass.Predicates.resideInAPackage(ROOT + ".sandbox..").and(DECLARES_MAIN))
                .or(JavaClass.Predicates.simpleName("FirstFrame")).or(JavaClass.Predicates.simpleName("SmokeRun"));
        check(noClasses().that(not(commandLine))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the app logs through SLF4J; only a command line's own output goes to the console"));
    }

    /**
     * No threads, pools, timers, async futures without an executor, or parallel streams anywhere but the one
     * executor abstraction, in every package ({@code api} and {@code desktop} included).
     */
    @Test
    void backgroundWorkGoesThroughTheTaskRunner() {
        check(backgroundWorkRule());
    }

    static ArchRule backgroundWorkRule() {
        DescribedPredicate<JavaClass> allowed = DescribedPredicate.describe("an allowed owner of threads",
                type -> THREAD_OWNERS.containsKey(outermost(type).getName())
                        || outermost(type).getPackageName().startsWith(ROOT + ".sandbox")
                        || outermost(type).getPackageName().startsWith(ROOT + ".cli"));
        return noClasses().that(not(allowed))
                .should().callConstructorWhere(targetOwner(assignableToAny("java.lang.Thread")))
                .orShould().beAssignableTo(Thread.class)
                .orShould().dependOnClassesThat(JavaClass.Predicates.belongToAnyOf(
                        java.util.concurrent.Executors.class, java.util.concurrent.ThreadPoolExecutor.class,
                        java.util.concurrent.ScheduledThreadPoolExecutor.class, java.util.concurrent.ForkJoinPool.class,
                        java.util.Timer.class, java.util.TimerTask.class))
                .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
                .orShould().callMethodWhere(DescribedPredicate.describe("a parallel stream", call ->
                        (call.getName().equals("parallelStream") && call.getTargetOwner().isAssignableTo(
                                java.util.Collection.class))
                        || (call.getName().equals("parallel") && call.getTargetOwner().isAssignableTo(
                                java.util.stream.BaseStream.class))))
                .orShould().callMethodWhere(DescribedPredicate.describe("CompletableFuture.*Async without an executor",
                        call -> call.getTargetOwner().isEquivalentTo(java.util.concurrent.CompletableFuture.class)
                                && call.getName().endsWith("Async")
                                && call.getTarget().getRawParameterTypes().stream()
                                .noneMatch(type -> type.isEquivalentTo(java.util.concurrent.Executor.class))))
                .because("all background work goes through the injected TaskRunner (docs/decisions/0014-one-task-"
                        + "runner.md); the allowed owners and why: ArchitectureTest.THREAD_OWNERS, the sandbox (its "
                        + "HTTP server threads; a separate program) and the command line (no JavaFX thread)");
    }

    // ---------------------------------------------------------------------------------------------------------
    // structure: what a view is, what feature code is

    /** Classes that own threads, each with its reason. Anything else uses the TaskRunner. */
    private static final Map<String, String> THREAD_OWNERS = Map.of(
            // The one owner: its own pool and timer, and the worker pools it makes for the jobs whose parts run side
            // by side (the token sweep's reads, the activity log's writer, the leak scan's readers), which those
            // jobs receive as an ExecutorService and shut down (docs/decisions/0014).
            ROOT + ".ui.common.FxTaskRunner", "the designated executor abstraction",
            // The OS keychain library can hang where no Secret Service answers (docs/decisions/0044): every call
            // runs on one daemon thread with a time limit, abandoned if it never returns. Kept as an owner on
            // purpose: the store opens on whatever thread first needs a key (it is deferred, TokenManagerApp), its
            // serial thread is the store's own for its whole life, and a hung native call must be left behind on a
            // thread nobody else needs, never on one of the task runner's.
            ROOT + ".desktop.KeychainSecretStore", "its calls into the keychain library, bounded in time");

    /**
     * A feature's form dialog (Generate token, Settings, About): ui.common may not know features, so the composition
     * root registers it with the dialog service by form type. Structurally: it is constructed somewhere, and only
     * in the composition root's package, so nothing else can open it behind the dialog service's back.
     */
    private static final DescribedPredicate<JavaClass> REGISTERED_FORM_DIALOG = DescribedPredicate.describe(
            "a form dialog constructed only by the composition root (registered with the dialog service)",
            type -> !type.getConstructorCallsToSelf().isEmpty() && type.getConstructorCallsToSelf().stream()
                    .allMatch(call -> outermost(call.getOriginOwner()).getPackageName().equals(ROOT + ".app")));

    private static final DescribedPredicate<JavaClass> UI_CODE = JavaClass.Predicates.resideInAPackage(ROOT + ".ui..");

    /** Every class of a ui feature package (everything under ui but the shared ui.common). */
    private static final DescribedPredicate<JavaClass> FEATURE_CODE = UI_CODE.and(
            JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".ui.common.."));

    private static final DescribedPredicate<JavaClass> NOT_JAVAFX =
            JavaClass.Predicates.resideOutsideOfPackage("javafx..");

    /** The JavaFX a view-model may use: observable state, and the toolkit-free javafx.util value types. */
    private static final DescribedPredicate<JavaClass> WHITE_LISTED_JAVAFX = JavaClass.Predicates.resideInAnyPackage(
            "javafx.beans..", "javafx.collections..", "javafx.util");

    /**
     * A view: a class with {@code @FXML} members (an FXML controller), one that extends a {@code javafx.scene} or
     * {@code javafx.stage} type (a control, cell, skin or window), or one that creates such objects (code that
     * builds nodes). A nested class is a view when its outermost class is, or when it extends a scene type itself.
     * A class named {@code *ViewModel} is never a view, whatever it does: it cannot escape its rules by building a
     * node.
     */
    private static final DescribedPredicate<JavaClass> VIEW = DescribedPredicate.describe(
            "a view (FXML controller, control, cell, skin, or code that builds nodes)",
            type -> !outermost(type).getSimpleName().endsWith("ViewModel")
                    && (isViewItself(outermost(type)) || extendsSceneType(type)));

    private static final DescribedPredicate<JavaClass> DECLARES_MAIN = DescribedPredicate.describe(
            "declares main(String[])", type -> type.getMethods().stream().anyMatch(method ->
                    method.getName().equals("main") && method.getModifiers().contains(JavaModifier.STATIC)));

    private static boolean isViewItself(JavaClass type) {
        boolean fxml = type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(FXML))
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(FXML))
                || type.getConstructors().stream().anyMatch(constructor -> constructor.isAnnotatedWith(FXML));
        boolean buildsNodes = allNested(type).stream().flatMap(nested -> nested.getConstructorCallsFromSelf().stream())
                .anyMatch(call -> isSceneType(call.getTargetOwner()));
        return fxml || extendsSceneType(type) || buildsNodes;
    }

    private static boolean extendsSceneType(JavaClass type) {
        return type.getAllRawSuperclasses().stream().anyMatch(ArchitectureTest::isSceneType);
    }

    private static boolean isSceneType(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("javafx.scene") || pkg.startsWith("javafx.stage");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** The class and the classes nested in it (anonymous classes and lambdas' hosts included). */
    private static List<JavaClass> allNested(JavaClass outer) {
        return classes.stream().filter(candidate -> outermost(candidate).equals(outer)).toList();
    }

    private static DescribedPredicate<JavaClass> assignableToAny(String... typeNames) {
        return DescribedPredicate.describe("assignable to one of " + String.join(", ", typeNames),
                type -> java.util.Arrays.stream(typeNames).anyMatch(type::isAssignableTo));
    }

    private static <T extends com.tngtech.archunit.core.domain.JavaAccess<?>> DescribedPredicate<T> targetOwner(
            DescribedPredicate<? super JavaClass> owner) {
        return DescribedPredicate.describe("target owner " + owner.getDescription(),
                access -> owner.test(access.getTargetOwner()));
    }
}
