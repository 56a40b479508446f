package org.trainlab.app.frame;

import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A number typed or stepped: a text field that accepts only the characters of a number, with − and +
 * buttons (and the arrow keys, and the mouse wheel) for one step. What is typed is committed on Enter,
 * on Escape and when the field loses focus; Enter and Escape also hand the focus back to the page so
 * the single-key shortcuts work again. A refused value stays visible, marked, and changes nothing.
 */
public final class NumberField extends HBox {
    /** The style class of the text field, by which the window recognises a number field. */
    public static final String STYLE_CLASS = "number-field";
    private static final String INVALID = "invalid";
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TextField text = new TextField();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final Function<String, String> commit;
    private final IntFunction<String> step;
    private Runnable leave = () -> { };

    /**
     * @param commit takes the typed text and returns null if it was accepted, else why not
     * @param step returns the text of the value one step up (+1) or down (−1) from the one in force
     */
    public NumberField(Function<String, String> commit, IntFunction<String> step) {
        this.commit = commit;
        this.step = step;
        text.getStyleClass().add(STYLE_CLASS);
        text.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("[-+0-9.eE]*")
                ? change : null));
        text.setPrefColumnCount(7);
        text.setMinWidth(48);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button down = stepper(MaterialDesignM.MINUS, -1);
        Button up = stepper(MaterialDesignP.PLUS, +1);
        setSpacing(2);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, down, up);

        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                commitText();
                leave.run();
                e.consume();
            } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                stepBy(e.getCode() == KeyCode.UP ? 1 : -1);
                e.consume();
            }
        });
        text.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (text.isFocused() && e.getDeltaY() != 0) {
                stepBy(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitText();
            }
        });
    }

    private Button stepper(org.kordamp.ikonli.Ikon icon, int direction) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("stepper", "flat", "small");
        b.setFocusTraversable(false);
        // named after the field (its label), for screen readers: "Learning rate +"
        b.accessibleTextProperty().bind(text.accessibleTextProperty().map(name -> name + (direction > 0 ? " +" : " \u2212")));
        b.setOnAction(e -> stepBy(direction));
        return b;
    }

    /** Where Enter and Escape send the focus. */
    public void setOnLeave(Runnable leave) {
        this.leave = leave;
    }

    public TextField textField() {
        return text;
    }

    /** Shows the value in force (after a change from elsewhere) and clears any mark. */
    public void show(String value) {
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
        mark(null);
    }

    /** Commits what is typed now; returns whether it was accepted. */
    public boolean commitText() {
        String problem = commit.apply(text.getText());
        mark(problem);
        return problem == null;
    }

    private void stepBy(int direction) {
        String next = step.apply(direction);
        text.setText(next);
        commitText();
    }

    private void mark(String why) {
        text.getStyleClass().remove(INVALID);
        text.pseudoClassStateChanged(DANGER, why != null);
        if (why != null) {
            text.getStyleClass().add(INVALID);
        }
        problem.set(why == null ? "" : why);
    }

    /** Why the typed value was refused, or "" while it is accepted. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
