package com.edfapay.tokenmanager.bench;

import com.edfapay.tokenmanager.app.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor the start-up benchmark compares the app with: a Stage with one Label, started from a plain class
 * path like the app's Launcher, printing the same first-frame marker the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The bare JavaFX application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("EdfaPay Token Manager"), 1280, 800);
            FirstFrame.after(scene, FirstFrame::printMarker);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }
    }
}
