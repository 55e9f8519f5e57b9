package com.edfapay.tokenmanager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structural rules of {@code docs/architecture.md} ("Where each rule is enforced"), checked on the compiled
 * production classes. Why each rule exists: {@code docs/decisions/}.
 */
class ArchitectureTest {

    private static final String ROOT = "com.edfapay.tokenmanager";
    private static JavaClasses classes;

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
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui.connect..", ROOT + ".ui.shell..",
                        ROOT + ".ui.sdktokens..", ROOT + ".ui.apitokens..", ROOT + ".ui.scope..", ROOT + ".app.."));
    }

    @Test
    void desktopServicesHaveNoUi() {
        check(noClasses().that().resideInAPackage(ROOT + ".desktop..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app.."));
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.fxml..",
                        "javafx.animation..", "javafx.concurrent..")
                .because("a view-model is unit-tested with plain JUnit, without the toolkit"));
    }

    @Test
    void controllersOnlyBind() {
        DescribedPredicate<JavaClass> ioOrServices = JavaClass.Predicates.resideInAnyPackage(
                        ROOT + ".api.internal..", "java.io..", "java.nio.file..", "java.net..", "okhttp3..")
                .or(DescribedPredicate.describe("api or desktop services (value types allowed)",
                        type -> (type.getPackageName().startsWith(ROOT + ".desktop")
                                || type.getPackageName().startsWith(ROOT + ".api"))
                                && !isValueType(type)));
        check(noClasses().that().resideInAPackage(ROOT + ".ui..").and().haveSimpleNameEndingWith("View")
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
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".ui.common..")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser"));
    }

    @Test
    void onlyTheTaskRunnerHandsWorkToTheFxThread() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".ui.common..")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable"));
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
    void noConsoleOutputOutsideTheSandboxCommandLine() {
        check(noClasses().that().doNotHaveSimpleName("SandboxMain")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err"));
    }

    @Test
    void backgroundWorkHasOneExecutorAbstraction() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .and().doNotHaveSimpleName("FxTaskRunner")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CompletableFuture")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Task")
                .orShould().callConstructor(Thread.class, Runnable.class)
                .because("all background work goes through the injected TaskRunner"));
    }
}
