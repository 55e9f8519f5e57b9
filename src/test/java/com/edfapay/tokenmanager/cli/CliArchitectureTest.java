package com.edfapay.tokenmanager.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line is a second front end over {@code api}: no JavaFX and nothing of the window ({@code ui},
 * {@code app}); of the sandbox it uses only the public starting point ({@code EdfaPaySandbox}, {@code Persona},
 * {@code SandboxOptions}), never its internals.
 */
class CliArchitectureTest {

    private static final String ROOT = "com.edfapay.tokenmanager";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void cliKnowsNoJavaFxAndNothingOfTheWindow() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".ui..", ROOT + ".app..")
                .check(CLASSES);
    }

    @Test
    void cliUsesOnlyTheSandboxesPublicStartingPoint() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".sandbox.*..")
                .check(CLASSES);
    }

    @Test
    void cliUsesTheClientThroughItsPublicApiOnly() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".api.internal..")
                .check(CLASSES);
    }

    @Test
    void nothingElseDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(CLASSES);
    }
}
