package org.trainlab.app.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainlab.app.DataSets;
import org.trainlab.app.lesson.regression.RegressionModel;
import org.trainlab.app.settings.Param;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.lab.DataOrigin;
import org.trainlab.lab.RunState;

/** The page's state without a window: what is edited, what the run uses, what waits for Reset, the code. */
class PageModelTest {
    private final DataSets data = new DataSets();
    private final PageModel page = new PageModel(new RegressionModel(data), data);

    @Test
    void anOnResetChangeIsPendingUntilApplied() {
        assertFalse(page.pending());
        page.set("hidden", 23);
        assertTrue(page.pending());
        assertEquals(23, page.editing().integer("hidden"));
        assertEquals(10, page.applied().integer("hidden"), "the run keeps its settings until Reset");
        assertTrue(page.code().contains("torch.nn.Linear(1, 23)"), page.code());
        assertSame(page.editing(), page.apply());
        assertFalse(page.pending());
        assertEquals(23, page.applied().integer("hidden"));
    }

    @Test
    void aLiveLearningRateGoesToTheRunAtOnceAndIsNotPending() {
        List<Object> live = new ArrayList<>();
        page.onLiveChange((p, v) -> live.add(p.id() + "=" + v));
        page.set("lr", 0.5);
        assertFalse(page.pending());
        assertEquals(List.of("lr=0.5"), live);
        assertEquals(0.5, page.applied().decimal("lr"));
        page.set("lr", 0.5);
        assertEquals(1, live.size(), "setting the same value again changes nothing");
    }

    @Test
    void typedTextIsParsedAndARefusedValueChangesNothing() {
        int before = page.editing().integer("hidden");
        List<String> told = new ArrayList<>();
        page.addListener(() -> told.add("changed"));
        Param.Parsed refused = page.type("hidden", "0");
        assertEquals(Param.Problem.OUT_OF_RANGE, refused.problem());
        assertEquals(before, page.editing().integer("hidden"));
        assertEquals(Param.Problem.NOT_A_WHOLE_NUMBER, page.type("hidden", "ten").problem());
        assertTrue(told.isEmpty());
        assertFalse(page.pending());
        assertTrue(page.type("hidden", "40").ok());
        assertEquals(40, page.editing().integer("hidden"));
        assertEquals(List.of("changed"), told);
    }

    @Test
    void aChangeOfTheDataTheLessonUsesIsPendingAndChangesTheCode() {
        String before = page.code();
        assertFalse(before.contains("torch.sin(math.pi * x)"), before);
        data.setRegression(RegressionData.generate(RegressionData.Shape.SINE, 100, 0.2, 1),
                new DataOrigin.RegressionGenerator(RegressionData.Shape.SINE, 100, 0.2, 1));
        assertTrue(page.pending());
        assertTrue(page.dataChanged());
        assertTrue(page.code().contains("torch.sin(math.pi * x)"), page.code());
        page.apply();
        assertFalse(page.pending());
    }

    @Test
    void aChangeOfDataTheLessonDoesNotUseIsNotPending() {
        String before = page.code();
        ClassificationData all = ClassificationData.generate(ClassificationData.Shape.MOONS, 2, 50, 0.2, 3);
        data.setClassification(all, new DataOrigin.ClassificationGenerator(ClassificationData.Shape.MOONS, 2, 50,
                0.2, 3), 0.2, 3);
        assertFalse(page.pending());
        assertEquals(before, page.code());
    }

    @Test
    void setAllChangesSeveralAndRestoreDefaultsGoesBack() {
        List<Object> live = new ArrayList<>();
        page.onLiveChange((p, v) -> live.add(v));
        page.setAll(Map.of("optimizer", "adam", "lr", 0.02, "hidden", 50));
        assertEquals("adam", page.editing().choice("optimizer"));
        assertEquals(50, page.editing().integer("hidden"));
        assertEquals(List.of(0.02), live);
        assertTrue(page.pending());
        assertNotEquals(page.lesson().defaults(), page.editing());

        page.restoreDefaults();
        assertEquals(page.lesson().defaults(), page.editing());
        assertEquals(page.lesson().defaults().decimal("lr"), live.get(live.size() - 1));
        assertFalse(page.pending(), "back to what the run was built with");
    }

    @Test
    void playDoesWhatTheRunsStateAllows() {
        assertEquals(PageModel.PlayAction.PAUSE, PageModel.play(RunState.RUNNING));
        assertEquals(PageModel.PlayAction.START, PageModel.play(RunState.READY));
        assertEquals(PageModel.PlayAction.START, PageModel.play(RunState.PAUSED));
        assertEquals(PageModel.PlayAction.CONTINUE, PageModel.play(RunState.FINISHED));
        assertEquals(PageModel.PlayAction.EXPLAIN, PageModel.play(RunState.FAILED));
        assertEquals(PageModel.PlayAction.EXPLAIN, PageModel.play(RunState.STOPPED));
        assertTrue(PageModel.canStep(RunState.FINISHED));
        assertTrue(PageModel.canStep(RunState.PAUSED));
        assertFalse(PageModel.canStep(RunState.FAILED));
        assertFalse(PageModel.canStep(RunState.STOPPED));
    }

    @Test
    void disposeStopsFollowingTheData() {
        page.dispose();
        data.setRegression(RegressionData.generate(RegressionData.Shape.SINE, 100, 0.2, 1),
                new DataOrigin.RegressionGenerator(RegressionData.Shape.SINE, 100, 0.2, 1));
        assertFalse(page.pending());
    }
}
