package org.trainlab.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The window icon in the sizes desktops ask for, rendered from assets/icon/trainlab.svg by tools/make_icons.sh. */
final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/trainlab-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // a missing icon only costs the desktop its picture; the window works without it
            }
        }
        return icons;
    }
}
