package com.edfapay.tokenmanager.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox meets the client only on the wire: no dependency on the app's other packages, no JavaFX. */
class SandboxArchitectureTest {

    private static final JavaClasses SANDBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.edfapay.tokenmanager.sandbox");

    @Test
    void sandboxDependsOnNoClientPackageAndNoJavaFx() {
        noClasses().that().resideInAPackage("com.edfapay.tokenmanager.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("com.edfapay.tokenmanager.api..",
                        "com.edfapay.tokenmanager.ui..", "com.edfapay.tokenmanager.app..",
                        "com.edfapay.tokenmanager.desktop..", "javafx..", "okhttp3..")
                .check(SANDBOX);
    }
}
