import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for packaging/bench-startup.sh: the smallest JavaFX window, packaged like Claimline. It prints the
 * same "article on screen" and "rendered at" lines as {@code Claimline --smoke} once its first frame has been
 * drawn (for this window both are its first frame), then exits.
 */
public final class MinimalFx {
    private MinimalFx() {
    }

    /** Moments of the launch (epoch ms), printed like Claimline's smoke-mode steps. */
    private static long mainAt;
    private static long toolkitAt;
    private static long shownAt;

    public static void main(String[] args) {
        mainAt = System.currentTimeMillis();
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            toolkitAt = System.currentTimeMillis();
            stage.setScene(new Scene(new StackPane(new Label("Minimal JavaFX window")), 1000, 700));
            stage.setTitle("MinimalFx");
            stage.show();
            shownAt = System.currentTimeMillis();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    // as in Claimline's smoke mode: the second callback comes after the first frame's layout and render
                    if (++frames == 2) {
                        stop();
                        long at = System.currentTimeMillis();
                        System.out.printf("smoke:   main -> toolkit started %d ms%n", toolkitAt - mainAt);
                        System.out.printf("smoke:   toolkit started -> stage shown %d ms%n", shownAt - toolkitAt);
                        System.out.printf("smoke:   stage shown -> rendered %d ms%n", at - shownAt);
                        System.out.println("smoke: article on screen at epoch ms " + at);
                        System.out.println("smoke: rendered at epoch ms " + at);
                        System.exit(0);
                    }
                }
            }.start();
        }
    }
}
