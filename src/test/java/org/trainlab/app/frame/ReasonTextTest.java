package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trainlab.app.Messages;

/** The lab's reasons for stopping, said in the window's language; unknown ones shown as they are. */
class ReasonTextTest {
    private final Messages en = Messages.english();
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void englishSaysWhatTheLabSays() {
        for (String r : new String[] {"finished 200 steps", "loss became NaN at step 5; try a smaller learning rate",
            "loss became infinite at step 11; try a smaller learning rate", "step 3 failed: Invalid momentum value: -1.0",
            "stopped by the user at step 7", "something else"}) {
            assertEquals(r, ReasonText.of(r, en));
        }
    }

    @Test
    void chineseTranslatesEachKnownReason() {
        assertEquals("完成了 200 步", ReasonText.of("finished 200 steps", zh));
        assertEquals("第 5 步误差变成了 NaN；试试更小的学习率",
                ReasonText.of("loss became NaN at step 5; try a smaller learning rate", zh));
        assertEquals("第 3 步失败：Invalid momentum value: -1.0",
                ReasonText.of("step 3 failed: Invalid momentum value: -1.0", zh));
        assertEquals("something else", ReasonText.of("something else", zh));
        assertEquals("", ReasonText.of(null, zh));
    }
}
