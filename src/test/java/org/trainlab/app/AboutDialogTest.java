package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/** Help → About names the version, the Java and JavaFX it runs on, and the licenses of what it bundles. */
class AboutDialogTest extends WindowTest {
    @Test
    void aboutNamesVersionsAndTheBundledLicensesInBothLanguages() {
        for (Messages messages : new Messages[] {Messages.english(), new Messages(java.util.Locale.SIMPLIFIED_CHINESE)}) {
            String[] texts = fx(() -> {
                var pane = AboutDialog.create(null, messages, "1.2.3").getDialogPane();
                return new String[] {((Label) pane.lookup("#about-text")).getText(),
                    ((TextArea) pane.lookup("#about-notices")).getText()};
            });
            assertTrue(texts[0].contains("TrainLab 1.2.3"), texts[0]);
            assertTrue(texts[0].contains("Java " + System.getProperty("java.version")), texts[0]);
            assertTrue(texts[0].contains("JavaFX " + System.getProperty("javafx.runtime.version")), texts[0]);
            assertTrue(texts[1].contains("controlsfx") && texts[1].contains("Apache License, Version 2.0"), texts[1]);
            assertFalse(texts[1].contains("is missing from this build"));
        }
    }
}
