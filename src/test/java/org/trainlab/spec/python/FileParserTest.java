package org.trainlab.spec.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python files: statements, blocks by indentation, arithmetic, docstrings, and the errors with their places. */
class FileParserTest {
    private static final String TUTORIAL = """
            import torch
            import torch.nn.functional as F
            from torch import nn as tnn, Tensor


            class Net(torch.nn.Module):
                \"\"\"The tutorial's network
                (301).\"\"\"
                def __init__(self, n_feature, n_hidden=10, n_output=1):
                    super(Net, self).__init__()
                    self.hidden = torch.nn.Linear(n_feature,
                                                  n_hidden)   # a bracket continues the line
                    self.predict = torch.nn.Linear(n_hidden, n_output)

                def forward(self, x):
                    x = F.relu(self.hidden(x))
                    return self.predict(x) * 2 - 1


            net = Net(1, n_hidden=10)
            """;

    @Test
    void readsTheTutorialsClass() throws PythonSyntaxException {
        List<Statement> file = FileParser.parse(TUTORIAL);
        assertEquals(5, file.size());
        Statement.Import imp = assertInstanceOf(Statement.Import.class, file.get(1));
        assertEquals("torch.nn.functional", imp.names().get(0).name());
        assertEquals("F", imp.names().get(0).asName());
        Statement.ImportFrom from = assertInstanceOf(Statement.ImportFrom.class, file.get(2));
        assertEquals("torch", from.module());
        assertEquals("tnn", from.names().get(0).asName());
        assertNull(from.names().get(1).asName());
        Statement.ClassDef cls = assertInstanceOf(Statement.ClassDef.class, file.get(3));
        assertEquals("Net", cls.name());
        assertEquals("torch.nn.Module", Expr.dottedName(cls.bases().get(0)));
        assertEquals(3, cls.body().size());
        assertEquals(new Position(7, 5), cls.body().get(0).position());
        Statement.FunctionDef init = assertInstanceOf(Statement.FunctionDef.class, cls.body().get(1));
        assertEquals(List.of("self", "n_feature", "n_hidden", "n_output"),
                init.params().stream().map(Statement.Param::name).toList());
        assertNull(init.params().get(1).defaultValue());
        assertEquals(3, init.body().size());
        Statement.Assign hidden = assertInstanceOf(Statement.Assign.class, init.body().get(1));
        assertEquals("self.hidden", Expr.dottedName(hidden.target()));
        assertEquals(new Position(11, 9), hidden.position());
        Statement.FunctionDef forward = assertInstanceOf(Statement.FunctionDef.class, cls.body().get(2));
        Statement.Return ret = assertInstanceOf(Statement.Return.class, forward.body().get(1));
        Expr.BinOp minus = assertInstanceOf(Expr.BinOp.class, ret.value());
        assertEquals('-', minus.op());
        assertEquals('*', assertInstanceOf(Expr.BinOp.class, minus.left()).op());
        assertInstanceOf(Statement.Assign.class, file.get(4));
    }

    @Test
    void arithmeticHasPythonsPrecedence() throws PythonSyntaxException {
        Expr e = Parser.parseExpression("-a * b + c / 2 @ d");
        Expr.BinOp plus = assertInstanceOf(Expr.BinOp.class, e);
        assertEquals('+', plus.op());
        Expr.BinOp times = assertInstanceOf(Expr.BinOp.class, plus.left());
        assertInstanceOf(Expr.Unary.class, times.left());
        Expr.BinOp matmul = assertInstanceOf(Expr.BinOp.class, plus.right());
        assertEquals('@', matmul.op());
        assertEquals('/', assertInstanceOf(Expr.BinOp.class, matmul.left()).op());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "class Net(nn.Module):\\nx = 1|2|1|expected an indented block after 'class' statement on line 1",
        "import torch\\n  import numpy|2|3|unexpected indent",
        "def f(self):\\n        a = 1\\n    b = 2|3|5|unindent does not match any outer indentation level",
        "if x:\\n    pass|1|1|'if' statements are not supported in a network file (it is read, never run)",
        "x += 1|1|3|augmented assignment '+=' is not supported: write x = x + ...",
        "x = (1, 2|1|5|'(' was never closed",
        "x = 1; y = 2|1|6|';' between statements is not supported: put each statement on its own line",
        "f(x) = 2|1|1|cannot assign to this expression: only to a name (x = ...) or an attribute (self.hidden = ...)",
        "x = 2 ** 3|1|7|the operator '**' is not supported",
        "def f(self, a=1, b):\\n    pass|1|18|parameter without a default follows parameter with a default",
        "from torch import *|1|19|'from ... import *' is not supported: name what you import",
        "s = '''never closed|1|5|unterminated triple-quoted string literal",
    })
    void refusesWithLineAndColumn(String source, int line, int column, String reason) {
        PythonSyntaxException e = assertThrows(PythonSyntaxException.class,
                () -> FileParser.parse(source.replace("\\n", "\n")));
        assertEquals(reason, e.reason());
        assertEquals(new Position(line, column), e.position());
    }
}
