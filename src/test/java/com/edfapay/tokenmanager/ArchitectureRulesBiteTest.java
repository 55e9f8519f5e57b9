package com.edfapay.tokenmanager;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The structural rules report the shapes they guard (fixtures in ui.archfixture, test sources only). */
class ArchitectureRulesBiteTest {

    private JavaClasses saved;
    private JavaClasses fixtures;

    @BeforeEach
    void importFixtures() {
        saved = ArchitectureTest.classes;
        fixtures = new ClassFileImporter().importPackages("com.edfapay.tokenmanager.ui.archfixture");
        ArchitectureTest.classes = fixtures;
    }

    @AfterEach
    void restore() {
        ArchitectureTest.classes = saved;
    }

    private void assertReports(Supplier<ArchRule> rule, String... shapes) {
        var thrown = assertThatThrownBy(() -> rule.get().check(fixtures)).isInstanceOf(AssertionError.class);
        for (String shape : shapes) {
            thrown.hasMessageContaining(shape);
        }
    }

    @Test
    void aHelperThatTouchesControlsIsNotAViewModel() {
        assertReports(ArchitectureTest::viewModelRule, "StyleHelper", "javafx.scene.control.Label");
    }

    @Test
    void threadsPoolsTimersParallelStreamsAndDefaultAsyncAreReported() {
        assertReports(ArchitectureTest::backgroundWorkRule, "WorkStarter.thread", "WorkStarter.pool",
                "WorkStarter.timer", "WorkStarter.parallel", "WorkStarter.async");
    }

    @Test
    void windowsAndPopupsOutsideTheDialogServiceAreReported() {
        assertReports(ArchitectureTest::dialogRule, "WindowOpener.window", "WindowOpener.popup");
    }
}
