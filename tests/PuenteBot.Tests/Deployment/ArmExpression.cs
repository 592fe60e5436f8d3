namespace PuenteBot.Tests.Deployment;

/// <summary>
/// Just enough of an ARM template expression (<c>[union(createObject('A', parameters('b')), …)]</c>) to read it as a
/// tree: string literals, function calls with their arguments, property access and indexers. Lets the tests see the
/// app setting keys and where each parameter goes as ARM sees them, and evaluate them (<see cref="ArmEvaluator"/>).
/// </summary>
public abstract record ArmExpression
{
    public sealed record Call(string Name, IReadOnlyList<ArmExpression> Arguments) : ArmExpression;

    public sealed record Text(string Value) : ArmExpression;

    /// <summary>A bare token: a number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public sealed record Other(string Token) : ArmExpression;

    /// <summary><c>base.name</c>.</summary>
    public sealed record Property(ArmExpression Base, string Name) : ArmExpression;

    /// <summary><c>base[index]</c>.</summary>
    public sealed record Index(ArmExpression Base, ArmExpression Key) : ArmExpression;

    /// <summary>Parses a template string that is an expression (<c>[…]</c>); any other string is a <see cref="Text"/>.</summary>
    public static ArmExpression Parse(string value)
    {
        if (!(value.StartsWith('[') && value.EndsWith(']')) || value.StartsWith("[[", StringComparison.Ordinal))
        {
            return new Text(value);
        }

        var parser = new Parser(value[1..^1]);
        var expression = parser.Expression();
        parser.End();
        return expression;
    }

    /// <summary>This node and every node below it, depth first, with the calls it sits in (innermost last).</summary>
    public IEnumerable<(ArmExpression Node, IReadOnlyList<Call> Within)> Walk() => Walk([]);

    private IEnumerable<(ArmExpression Node, IReadOnlyList<Call> Within)> Walk(IReadOnlyList<Call> within)
    {
        yield return (this, within);
        IEnumerable<(ArmExpression, IReadOnlyList<Call>)> below = this switch
        {
            Call call => call.Arguments.SelectMany(argument => argument.Walk([.. within, call])),
            Property property => property.Base.Walk(within),
            Index index => index.Base.Walk(within).Concat(index.Key.Walk(within)),
            _ => [],
        };
        foreach (var found in below)
        {
            yield return found;
        }
    }

    private sealed class Parser(string text)
    {
        private int position;

        public ArmExpression Expression()
        {
            var expression = Primary();
            while (true)
            {
                SkipSpaces();
                if (Peek('.'))
                {
                    position++;
                    expression = new Property(expression, Identifier());
                }
                else if (Peek('['))
                {
                    position++;
                    expression = new Index(expression, Expression());
                    Expect(']');
                }
                else
                {
                    return expression;
                }
            }
        }

        public void End()
        {
            SkipSpaces();
            if (position != text.Length)
            {
                throw new FormatException($"Unexpected '{text[position..]}' in the expression.");
            }
        }

        private ArmExpression Primary()
        {
            SkipSpaces();
            if (Peek('\''))
            {
                return new Text(StringLiteral());
            }

            var name = Identifier();
            SkipSpaces();
            if (!Peek('('))
            {
                return new Other(name);
            }

            position++;
            var arguments = new List<ArmExpression>();
            SkipSpaces();
            while (!Peek(')'))
            {
                arguments.Add(Expression());
                SkipSpaces();
                if (Peek(','))
                {
                    position++;
                }
            }

            position++;
            return new Call(name, arguments);
        }

        private string StringLiteral()
        {
            var value = new System.Text.StringBuilder();
            position++;
            while (true)
            {
                var end = text.IndexOf('\'', position);
                if (end < 0)
                {
                    throw new FormatException("Unterminated string in the expression.");
                }

                value.Append(text, position, end - position);
                position = end + 1;
                if (!Peek('\''))
                {
                    return value.ToString();
                }

                value.Append('\'');
                position++;
            }
        }

        private string Identifier()
        {
            SkipSpaces();
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_' || IsNamespaceDot(start)))
            {
                position++;
            }

            if (position == start)
            {
                throw new FormatException($"Unexpected '{text[position..]}' in the expression.");
            }

            return text[start..position];
        }

        /// <summary>A user-defined function's namespace (<c>__bicep.secretSetting</c>) is part of the call's name.</summary>
        private bool IsNamespaceDot(int start) => text[position] == '.' && text.AsSpan(start, position - start).StartsWith("__");

        private void Expect(char expected)
        {
            SkipSpaces();
            if (!Peek(expected))
            {
                throw new FormatException($"Expected '{expected}' at '{text[position..]}'.");
            }

            position++;
        }

        private bool Peek(char expected) => position < text.Length && text[position] == expected;

        private void SkipSpaces()
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }
    }
}
