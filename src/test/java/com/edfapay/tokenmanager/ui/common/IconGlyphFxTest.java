package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxToolkit;

/**
 * The Connect screen's icons (docs/decisions/0035) draw the same glyph as Ikonli's {@code FontIcon} from the same
 * font, and the theme's and the app's icon rules style them as they style a {@code FontIcon}.
 */
class IconGlyphFxTest extends ThemedStageFxTest {

    @Test
    void drawsTheGlyphFontIconDrawsInTheSameFamily() throws Exception {
        for (Ikon ikon : new Ikon[] {Material2AL.CLOUD, Material2MZ.SETTINGS, Material2MZ.POINT_OF_SALE}) {
            AtomicReference<String[]> seen = new AtomicReference<>();
            FxToolkit.setupFixture(() -> {
                IconGlyph glyph = new IconGlyph(ikon);
                FontIcon reference = new FontIcon(ikon);
                stage.setScene(new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(new VBox(glyph, reference),
                        200, 100));
                stage.show();
                glyph.applyCss();
                reference.applyCss();
                seen.set(new String[] {glyph.getText(), reference.getText(), glyph.getFont().getFamily(),
                    reference.getFont().getFamily()});
            });
            assertThat(seen.get()[0]).as(ikon.getDescription()).isEqualTo(seen.get()[1])
                    .isEqualTo(new String(Character.toChars(ikon.getCode())));
            assertThat(seen.get()[2]).as(ikon.getDescription()).isEqualTo(seen.get()[3]).isEqualTo("Material Icons");
        }
    }

    @Test
    void followsTheIconRulesOfTheThemeAndTheApp() throws Exception {
        AtomicReference<Object[]> seen = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            IconGlyph plain = new IconGlyph(Material2AL.INFO);
            IconGlyph accent = new IconGlyph(Material2AL.CLOUD);
            accent.getStyleClass().add("accent-icon");
            FontIcon accentReference = new FontIcon(Material2AL.CLOUD);
            accentReference.getStyleClass().add("accent-icon");
            IconGlyph sized = IconGlyph.of(Material2AL.ADD, 30);
            Button button = new Button("x", new IconGlyph(Material2AL.LOGIN));
            stage.setScene(new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(
                    new VBox(plain, accent, accentReference, sized, button), 300, 300));
            stage.show();
            stage.getScene().getRoot().applyCss();
            seen.set(new Object[] {plain.getIconSize(), plain.getFill(), accent.getFill(),
                accentReference.getIconColor(), sized.getIconSize(), sized.getFont().getSize(),
                ((IconGlyph) button.getGraphic()).getStyleClass().contains("ikonli-font-icon")});
        });
        // AtlantaFX: .ikonli-font-icon { -fx-icon-size: 18px; -fx-icon-color: -color-fg-default }
        assertThat((Double) seen.get()[0]).isEqualTo(18.0);
        assertThat((Paint) seen.get()[1]).isNotEqualTo(Color.BLACK);
        // app.css: .accent-icon { -fx-icon-color: -color-accent-fg }, the same colour a FontIcon gets
        assertThat((Paint) seen.get()[2]).isEqualTo(seen.get()[3]).isNotEqualTo(seen.get()[1]);
        // A size set in code wins over the theme's, as on a FontIcon.
        assertThat((Double) seen.get()[4]).isEqualTo(30.0);
        assertThat((Double) seen.get()[5]).isEqualTo(30.0);
        assertThat((Boolean) seen.get()[6]).isTrue();
    }

    @Test
    void refusesAnIconFromAnotherFont() {
        Ikon other = new Ikon() {
            @Override
            public String getDescription() {
                return "fas-rocket";
            }

            @Override
            public int getCode() {
                return 0xf135;
            }
        };
        assertThatThrownBy(() -> new IconGlyph(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fas-rocket");
    }
}
