package org.trainlab.spec.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's script mode of the parser; network files keep their own grammar (FileParserTest). */
class ScriptParserTest {
    @Test
    void compoundStatementsNestAndKeepTheirPlaces() throws PythonSyntaxException {
        List<Statement> s = FileParser.parseScript("""
                for i, x in enumerate(xs):
                    if x > 1:
                        break
                    elif x == 0: continue
                    else:
                        total += x ** 2
                with torch.no_grad():
                    w -= 0.1 * w.grad
                y = [v for v in range(3) if v % 2 == 0]
                """);
        assertEquals(3, s.size());
        Statement.For f = assertInstanceOf(Statement.For.class, s.get(0));
        assertInstanceOf(Expr.Sequence.class, f.target());
        Statement.If i = assertInstanceOf(Statement.If.class, f.body().get(0));
        Statement.If elif = assertInstanceOf(Statement.If.class, i.orElse().get(0));
        assertInstanceOf(Statement.Continue.class, elif.body().get(0));
        Statement.AugAssign aug = assertInstanceOf(Statement.AugAssign.class, elif.orElse().get(0));
        assertEquals("+", aug.op());
        assertInstanceOf(Expr.Power.class, aug.value());
        Statement.With w = assertInstanceOf(Statement.With.class, s.get(1));
        assertEquals(new Position(8, 5), w.body().get(0).position());
        Statement.Assign a = assertInstanceOf(Statement.Assign.class, s.get(2));
        Expr.Comprehension c = assertInstanceOf(Expr.Comprehension.class, a.value());
        assertEquals(1, c.clauses().get(0).conditions().size());
    }

    @Test
    void subscriptsSlicesComparisonsAndGenerators() throws PythonSyntaxException {
        Expr e = ((Statement.ExprStatement) FileParser.parseScript("f(x[1:, ::2], a <= b != c, sum(v for v in y))")
                .get(0)).value();
        Expr.Call call = assertInstanceOf(Expr.Call.class, e);
        Expr.Subscript sub = assertInstanceOf(Expr.Subscript.class, call.args().get(0));
        Expr.Sequence index = assertInstanceOf(Expr.Sequence.class, sub.index());
        assertInstanceOf(Expr.Slice.class, index.items().get(1));
        assertEquals(List.of("<=", "!="), assertInstanceOf(Expr.Compare.class, call.args().get(1)).ops());
        Expr.Call sum = assertInstanceOf(Expr.Call.class, call.args().get(2));
        assertEquals(false, assertInstanceOf(Expr.Comprehension.class, sum.args().get(0)).list());
    }

    @Test
    void networkFilesStillRefuseWhatScriptsAccept() {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class, () -> FileParser.parse("for i in x:\n  pass\n"));
        assertEquals("'for' statements are not supported in a network file (it is read, never run)", e.reason());
        assertThrows(PythonSyntaxException.class, () -> FileParser.parse("y = x[0]\n"));
        assertThrows(PythonSyntaxException.class, () -> FileParser.parse("y = 2 ** 3\n"));
    }

    @Test
    void scriptErrorsSayWhere() {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class,
                () -> FileParser.parseScript("x = 1\nfor i in range(3)\n    print(i)\n"));
        assertEquals(new Position(2, 18), e.position());
        assertEquals("expected ':' at the end of the 'for' line", e.reason());
        e = assertThrows(PythonSyntaxException.class, () -> FileParser.parseScript("1 + 2 = x"));
        assertEquals(new Position(1, 3), e.position());
    }
}
