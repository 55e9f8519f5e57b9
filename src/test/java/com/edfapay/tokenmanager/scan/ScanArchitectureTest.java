package com.edfapay.tokenmanager.scan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The leak scanner is a library for the window and the command line alike: no toolkit, no UI, no sandbox. */
class ScanArchitectureTest {

    private static final String ROOT = "com.edfapay.tokenmanager";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void scanKnowsNothingOfJavaFxOrTheUi() {
        noClasses().that().resideInAPackage(ROOT + ".scan..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".ui..", ROOT + ".app..",
                        ROOT + ".desktop..", ROOT + ".sandbox..", ROOT + ".cli..")
                .because("the scanner runs in the window and in the command line; only the API client is shared")
                .check(classes);
    }

    @Test
    void onlyTheScannerUsesJGit() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".scan..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .because("git access stays behind the scan API")
                .check(classes);
    }
}
