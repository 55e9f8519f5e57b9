package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A status chip shows its status as a pseudo-class (StatusStyles.chip): one at a time, each styled by app.css, and
 * a reused chip drops the look of the status it showed before.
 */
class StatusChipFxTest extends ThemedStageFxTest {

    private enum Shown { ACTIVE, DISABLED, NO_TOKEN, STALE, ERROR, EXPIRED }

    @Test
    void eachStatusHasItsOwnLookAndAReusedChipShowsOnlyTheLatest() throws Exception {
        AtomicReference<List<Object>> seen = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Label chip = new Label("status");
            chip.getStyleClass().add(StatusStyles.CHIP);
            Label fresh = new Label("status");
            fresh.getStyleClass().add(StatusStyles.CHIP);
            stage.setScene(new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(new VBox(chip, fresh), 200, 100));
            stage.show();
            List<Object> out = new ArrayList<>();
            for (Shown status : Shown.values()) {
                StatusStyles.chip(chip, status);
                StatusStyles.chip(fresh, status);
                chip.applyCss();
                fresh.applyCss();
                out.add(status + " text " + chip.getTextFill() + " background " + background(chip));
                out.add(status + " text " + fresh.getTextFill() + " background " + background(fresh));
                out.add(chip.getPseudoClassStates().stream().filter(p -> p.getPseudoClassName().startsWith("status-"))
                        .map(PseudoClass::getPseudoClassName).toList());
            }
            StatusStyles.chip(chip, null);
            chip.applyCss();
            out.add(chip.getPseudoClassStates().stream().filter(p -> p.getPseudoClassName().startsWith("status-"))
                    .map(PseudoClass::getPseudoClassName).toList());
            out.add("none background " + background(chip));
            seen.set(out);
        });
        List<Object> out = seen.get();
        List<String> looks = new ArrayList<>();
        for (int i = 0; i < Shown.values().length; i++) {
            Shown status = Shown.values()[i];
            // the reused chip looks exactly like a fresh one showing the same status
            assertThat(out.get(3 * i)).isEqualTo(out.get(3 * i + 1));
            assertThat(out.get(3 * i + 2)).asList()
                    .containsExactly("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            looks.add((String) out.get(3 * i));
        }
        // each SDK token status has a style of its own: no two share text and background; an expired API token
        // looks like neither an active nor a disabled one
        List<String> styles = looks.stream().map(look -> look.substring(look.indexOf(" text "))).toList();
        assertThat(styles.subList(0, 5)).doesNotHaveDuplicates();
        assertThat(styles.get(5)).isNotIn(styles.get(0), styles.get(1));
        assertThat(out.get(3 * Shown.values().length)).asList().isEmpty();
    }

    private static Object background(Label chip) {
        return chip.getBackground() == null || chip.getBackground().getFills().isEmpty() ? "none"
                : chip.getBackground().getFills().get(0).getFill();
    }
}
