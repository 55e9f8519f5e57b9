package com.edfapay.tokenmanager.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.css.converter.SizeConverter;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;

/**
 * A Material icon (an {@code mdal-}/{@code mdmz-} {@link Ikon}) for the first screen, drawn like Ikonli's
 * {@code FontIcon} (style class {@code ikonli-font-icon}, {@code -fx-icon-color}, {@code -fx-icon-size}, so the
 * theme's and the app's rules apply unchanged) but from the one font those icons come from. Ikonli's resolver
 * loads every font of every icon pack on the class path the first time any {@code FontIcon} is made (four Material
 * fonts, about 1 MB), which the Connect screen's first frame does not need (docs/decisions/0035).
 */
public final class IconGlyph extends Text {

    /** The font of Ikonli's Material2 filled set, which {@code Material2AL} and {@code Material2MZ} draw from. */
    static final String FONT = "/META-INF/resources/material2/20200820/fonts/MaterialIcons.ttf";

    private static final double DEFAULT_SIZE = 16;

    private static final CssMetaData<IconGlyph, Number> ICON_SIZE = new CssMetaData<>("-fx-icon-size",
            SizeConverter.getInstance(), DEFAULT_SIZE) {
        @Override
        public boolean isSettable(IconGlyph icon) {
            return !icon.iconSize.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(IconGlyph icon) {
            return icon.iconSize;
        }
    };

    private static final CssMetaData<IconGlyph, Paint> ICON_COLOR = new CssMetaData<>("-fx-icon-color",
            PaintConverter.getInstance(), Color.BLACK) {
        @Override
        public boolean isSettable(IconGlyph icon) {
            return !icon.iconColor.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(IconGlyph icon) {
            return icon.iconColor;
        }
    };

    /** Text's own properties (font, fill, ...) and the two icon properties. */
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Text.getClassCssMetaData());
        all.add(ICON_SIZE);
        all.add(ICON_COLOR);
        CSS_META_DATA = List.copyOf(all);
    }


    private final StyleableDoubleProperty iconSize =
            new SimpleStyleableDoubleProperty(ICON_SIZE, this, "iconSize", DEFAULT_SIZE) {
                @Override
                protected void invalidated() {
                    setFont(Font.font(family(), get()));
                }
            };

    private final StyleableObjectProperty<Paint> iconColor =
            new SimpleStyleableObjectProperty<>(ICON_COLOR, this, "iconColor", Color.BLACK) {
                @Override
                protected void invalidated() {
                    setFill(get());
                }
            };

    private final Ikon ikon;

    public IconGlyph(Ikon ikon) {
        this.ikon = Objects.requireNonNull(ikon, "ikon");
        String description = ikon.getDescription();
        if (!description.startsWith("mdal-") && !description.startsWith("mdmz-")) {
            throw new IllegalArgumentException("Not an icon of the Material2 filled set: " + description);
        }
        getStyleClass().setAll("ikonli-font-icon");
        setText(new String(Character.toChars(ikon.getCode())));
        setFont(Font.font(family(), DEFAULT_SIZE));
        setFill(Color.BLACK);
    }

    /** An icon of {@code size} pixels, as {@code iconSize} does for a {@code FontIcon}. */
    public static IconGlyph of(Ikon ikon, double size) {
        IconGlyph icon = new IconGlyph(ikon);
        icon.setIconSize(size);
        return icon;
    }

    public Ikon ikon() {
        return ikon;
    }

    public double getIconSize() {
        return iconSize.get();
    }

    public void setIconSize(double size) {
        iconSize.set(size);
    }

    public Paint getIconColor() {
        return iconColor.get();
    }

    public void setIconColor(Paint color) {
        iconColor.set(color);
    }

    /** The family of the Material icon font, loaded once, on first use. */
    static String family() {
        return IconFont.FAMILY;
    }

    /** Holds the loaded font's family; the class (and so the font) is loaded on first use. */
    private static final class IconFont {
        static final String FAMILY = load();

        private static String load() {
            URL font = Objects.requireNonNull(IconGlyph.class.getResource(FONT), FONT);
            Font registered = Font.loadFont(font.toExternalForm(), DEFAULT_SIZE);
            if (registered == null) {
                throw new IllegalStateException("Cannot load the icon font " + FONT);
            }
            return registered.getFamily();
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
