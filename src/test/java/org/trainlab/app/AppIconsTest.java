package org.trainlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every window icon size is packaged and loads at its size. */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {
    @Test
    void everySizeLoads() {
        List<Image> icons = AppIcons.all();
        assertEquals(6, icons.size());
        int[] sizes = {16, 32, 48, 64, 128, 256};
        for (int i = 0; i < sizes.length; i++) {
            assertEquals(sizes[i], icons.get(i).getWidth(), "icon " + i);
            assertEquals(sizes[i], icons.get(i).getHeight(), "icon " + i);
        }
    }
}
