package org.trainlab.app.lesson.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trainlab.app.settings.Settings;

/** y as the learner types it: Python's precedence, problems with their place, and the values of the leaves. */
class FormulaTest {
    private static Formula.Problem problem(String text) {
        Formula.Parsed p = Formula.parse(text);
        assertFalse(p.ok(), text);
        return p.problem();
    }

    private static float value(String text) throws Exception {
        Formula.Parsed p = Formula.parse(text);
        assertTrue(p.ok(), () -> text + ": " + p.problem());
        Map<String, Values> leaves = Map.of("x", Values.of(new float[] {3}), "w", Values.of(new float[] {2}),
                "b", Values.of(new float[] {-1}));
        return Computation.run(p.term(), leaves, Map.of("x", true), null).result().item();
    }

    @Test
    void precedenceIsPythons() throws Exception {
        assertEquals(-9f, value("-x**2"));
        assertEquals(9f, value("(-x)**2"));
        assertEquals(512f, value("w ** x ** w / 2 * 2"), 1e-3); // 2 ** (3 ** 2)
        assertEquals(3f + 2f * 3f, value("x + w * x"));
        assertEquals(0.5f, value("1 / w"));
        assertEquals(3f - 1 - 2, value("x - 1 - w"));
        assertEquals(0.5f, value("2 ** -1 * x / x"));
        assertEquals(6f, value("torch.abs(b * x).sum() + x.detach() * 1"));
    }

    @Test
    void problemsSayWhatAndWhere() {
        assertEquals(new Formula.Problem("autograd.expr.valueExpected", "*", 16).toString().length() > 0, true);
        Formula.Problem p = problem("torch.mean(x * * w)");
        assertEquals("autograd.expr.valueExpected", p.key());
        assertEquals(16, p.column());
        assertEquals("autograd.expr.endExpected", problem("torch.mean(x").key());
        assertEquals(13, problem("torch.mean(x").column());
        assertEquals("autograd.expr.unknownName", problem("x + z").key());
        assertEquals(5, problem("x + z").column());
        assertEquals("autograd.expr.needsTorch", problem("mean(x)").key());
        assertEquals("autograd.expr.unknownMethod", problem("x.grad()").key());
        assertEquals("autograd.expr.noTensor", problem("1 + 2").key());
        assertEquals("autograd.expr.character", problem("x % 2").key());
        assertEquals(3, problem("x % 2").column());
        assertEquals("autograd.expr.extra", problem("x x").key());
        assertEquals("autograd.expr.empty", problem("   ").key());
        assertEquals("autograd.expr.tooMany", problem("x" + " + x".repeat(30)).key());
        assertEquals("autograd.expr.tooLong", problem("x" + " ".repeat(300)).key());
        assertEquals("autograd.expr.tooMany", problem("(".repeat(60) + "x" + ")".repeat(60)).key());
    }

    @Test
    void theEngineRefusingShapesIsAProblemAtTheOperator() {
        AutogradModel model = new AutogradModel();
        Settings s = model.defaults();
        assertEquals(null, model.setExpression("(x @ w).sum()"));
        Formula.Problem p = model.problem(s);
        assertEquals("autograd.expr.engine", p.key());
        assertEquals(4, p.column());
        assertEquals(null, model.setLeaf("w", "[[1, 0], [0, 1]]"));
        assertEquals(null, model.problem(s));
    }

    @Test
    void valuesAreNumbersListsOrRectangles() {
        Values v = Values.parse(" [[1, 2.5], [3, -4e-1]] ").values();
        assertArrayEquals(new int[] {2, 2}, v.shape());
        assertArrayEquals(new float[] {1, 2.5f, 3, -0.4f}, v.values());
        assertEquals("[[1.0, 2.5], [3.0, -0.4]]", v.python());
        assertArrayEquals(new int[0], Values.parse("-2").values().shape());
        assertEquals("-2.0", Values.parse("-2").values().python());
        assertArrayEquals(new int[] {3}, Values.parse("[1, 2, 3,]").values().shape());
        assertEquals("autograd.value.ragged", Values.parse("[[1, 2], [3]]").problem().key());
        assertEquals("autograd.value.tooBig", Values.parse("[[1], [2], [3], [4], [5]]").problem().key());
        assertEquals("autograd.value.tooLong", Values.parse("[1, 2, 3, 4, 5]").problem().key());
        assertEquals("autograd.value.notANumber", Values.parse("[1, x]").problem().key());
        assertEquals(5, Values.parse("[1, x]").problem().column());
        assertEquals("autograd.value.empty", Values.parse("[]").problem().key());
        assertEquals("autograd.value.extra", Values.parse("[1] 2").problem().key());
        assertEquals("autograd.value.tooLarge", Values.parse("1e9").problem().key());
        assertEquals("autograd.value.expected", Values.parse("[1, 2").problem().key());
    }

    @Test
    void detachRewritesEveryPlaceTheLeafIsRead() {
        AutogradModel model = new AutogradModel();
        model.setExpression("torch.mean(w*x) + w ** 2");
        assertEquals("torch.mean(w.detach()*x) + w.detach() ** 2", model.detachedText("w"));
        assertEquals(List.of("w", "x"), Formula.leaves(Formula.parse("torch.mean(w*x) + w ** 2").term()));
    }
}
