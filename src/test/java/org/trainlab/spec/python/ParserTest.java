package org.trainlab.spec.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python expressions: the tokens, the tree and the syntax errors, with their places. */
class ParserTest {
    private static Object literal(String source) throws PythonSyntaxException {
        Expr e = Parser.parseExpression(source);
        return switch (e) {
            case Expr.IntLiteral i -> i.value();
            case Expr.FloatLiteral f -> f.value();
            case Expr.StringLiteral s -> s.value();
            case Expr.BoolLiteral b -> b.value();
            case Expr.NoneLiteral n -> "None";
            default -> e;
        };
    }

    @Test
    void literalsAreReadAsPythonReadsThem() throws PythonSyntaxException {
        assertEquals(BigInteger.valueOf(10), literal("10"));
        assertEquals(BigInteger.valueOf(1000), literal("1_000"));
        assertEquals(BigInteger.ZERO, literal("000"));
        assertEquals(1e-3, literal("1e-3"));
        assertEquals(0.5, literal(".5"));
        assertEquals(5.0, literal("5."));
        assertEquals(1e5, literal("1.e5"));
        assertEquals(2.5e-7, literal("2.5E-7"));
        assertEquals(Double.POSITIVE_INFINITY, literal("1e999"));
        assertEquals(true, literal("True"));
        assertEquals(false, literal("False"));
        assertEquals("None", literal("None"));
        assertEquals("tanh", literal("'tanh'"));
        assertEquals("tanh", literal("\"tanh\""));
        assertEquals("it's \"x\"\n\\", literal("'it\\'s \"x\"\\n\\\\'"));
        assertEquals("\\d", literal("'\\d'"));
        assertEquals("é", literal("'\\u00e9'"));
    }

    @Test
    void negativeNumbersAreUnaryMinus() throws PythonSyntaxException {
        Expr e = Parser.parseExpression("-0.1");
        Expr.Unary u = assertInstanceOf(Expr.Unary.class, e);
        assertEquals('-', u.op());
        assertEquals(0.1, assertInstanceOf(Expr.FloatLiteral.class, u.operand()).value());
    }

    @Test
    void callsHaveTheirCalleeArgumentsAndKeywordsWithPlaces() throws PythonSyntaxException {
        Expr e = Parser.parseExpression("torch.nn.Linear(3, 4, bias=False)");
        Expr.Call call = assertInstanceOf(Expr.Call.class, e);
        assertEquals("torch.nn.Linear", Expr.dottedName(call.func()));
        assertEquals(2, call.args().size());
        assertEquals(new Position(1, 17), call.args().get(0).position());
        assertEquals("bias", call.keywords().get(0).name());
        assertEquals(new Position(1, 23), call.keywords().get(0).position());
        assertEquals(false, assertInstanceOf(Expr.BoolLiteral.class, call.keywords().get(0).value()).value());
    }

    @Test
    void nestedCallsTuplesListsCommentsAndLineBreaks() throws PythonSyntaxException {
        Expr e = Parser.parseExpression("Sequential(  # the network\n    Linear(1, 10),\n    ReLU(),\n)");
        Expr.Call call = assertInstanceOf(Expr.Call.class, e);
        assertEquals(2, call.args().size());
        assertEquals(new Position(2, 5), call.args().get(0).position());
        Expr.Sequence tuple = assertInstanceOf(Expr.Sequence.class, Parser.parseExpression("(0.9, 0.999)"));
        assertEquals(2, tuple.items().size());
        assertEquals(false, tuple.list());
        assertEquals(1, assertInstanceOf(Expr.Sequence.class, Parser.parseExpression("(1,)")).items().size());
        assertInstanceOf(Expr.IntLiteral.class, Parser.parseExpression("(1)"));
        assertEquals(List.of(), assertInstanceOf(Expr.Sequence.class, Parser.parseExpression("[]")).items());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Linear(1, 10) ReLU()                  | column 15: expected the end of the text after a complete expression, found 'ReLU'",
        "Sequential(Linear(1, 10) ReLU())      | column 26: expected ')' or ',' after argument, found 'ReLU'",
        "Linear(1, 2                           | column 12: expected ')' or ',' after argument, found the end of the text",
        "Linear(in_features=1, 2)              | column 23: positional argument follows keyword argument",
        "Linear(bias=1, bias=2)                | column 16: keyword argument repeated: bias",
        "Linear(,)                             | column 8: expected a value (a call such as Linear(1, 10), a number, a string, True, False or None), found ','",
        "''                                    | column 1: expected a value (a call such as Linear(1, 10), a number, a string, True, False or None), found the end of the text",
        "nn.(1)                                | column 4: expected a name after '.', found '('",
        "GELU(approximate='tanh)               | column 18: unterminated string literal",
        "Linear(07, 1)                         | column 8: leading zeros in decimal integer literals are not permitted",
        "Linear(1x, 1)                         | column 8: invalid decimal literal '1x'",
        "Linear(1e, 1)                         | column 8: invalid decimal literal '1e'",
        "Linear($, 1)                          | column 8: unexpected character '$'",
        "Linear(class=1)                       | column 8: expected an argument name, found 'class' (a Python keyword)",
        "Linear(1, 2][                         | column 12: expected ')' or ',' after argument, found ']'",
    })
    void syntaxErrorsSayWhereAndWhat(String source, String message) {
        String text = source.equals("''") ? "" : source;
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class, () -> Parser.parseExpression(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void badEscapesAreReportedAtTheString() {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class, () -> Parser.parseExpression("f('\\x4')"));
        assertEquals("column 3: truncated \\x escape in string literal", e.getMessage());
    }

    @Test
    void errorsOnLaterLinesNameTheLine() {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class,
                () -> Parser.parseExpression("Sequential(\n  Linear(1, 10)\n  ReLU())"));
        assertEquals(new Position(3, 3), e.position());
        assertEquals("line 3, column 3: expected ')' or ',' after argument, found 'ReLU'", e.getMessage());
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class, () -> Parser.parseExpression("a\u0007"));
        assertEquals("column 2: unexpected character '\\u0007'", e.getMessage());
    }

    @Test
    void nestingIsLimited() throws PythonSyntaxException {
        String deep = "Sequential(".repeat(Parser.MAX_DEPTH - 1) + ")".repeat(Parser.MAX_DEPTH - 1);
        assertInstanceOf(Expr.Call.class, Parser.parseExpression(deep));
        String tooDeep = "Sequential(".repeat(100_000) + ")".repeat(100_000);
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class, () -> Parser.parseExpression(tooDeep));
        assertEquals("nesting deeper than " + Parser.MAX_DEPTH + " levels", e.reason());
        assertThrows(PythonSyntaxException.class, () -> Parser.parseExpression("-".repeat(100_000) + "1"));
    }
}
