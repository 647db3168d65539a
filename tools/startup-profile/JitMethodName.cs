namespace Verkostot.StartupProfile;

/// <summary>
/// A method as the JIT names it in its summary (<c>DOTNET_JitDisasmSummary</c>):
/// <c>Owner`1[Arg]:Name[MethodArg](Param1,Param2)</c>, nested types joined with <c>+</c>, shared generic code over
/// <c>System.__Canon</c>. The parameter types are not parsed: overloads are told apart by their count only, and every
/// overload with that count is taken (a few methods too many cost a little space, not a wrong answer).
/// </summary>
internal sealed record JitMethodName(string Owner, string Name, IReadOnlyList<string> MethodArguments, int ParameterCount)
{
    public static JitMethodName? Parse(string text)
    {
        var colon = TopLevelIndexOf(text, ':');
        if (colon <= 0)
        {
            return null;
        }
        var rest = text[(colon + 1)..];
        var nameEnd = rest.IndexOfAny(['[', '(']);
        if (nameEnd <= 0)
        {
            return null;
        }
        IReadOnlyList<string> methodArguments = [];
        var at = nameEnd;
        if (rest[at] == '[')
        {
            var close = Closing(rest, at);
            if (close < 0)
            {
                return null;
            }
            methodArguments = SplitArguments(rest[(at + 1)..close]);
            at = close + 1;
        }
        if (at >= rest.Length || rest[at] != '(')
        {
            return null;
        }
        var end = Closing(rest, at);
        return end < 0 ? null : new JitMethodName(text[..colon], rest[..nameEnd], methodArguments, SplitArguments(rest[(at + 1)..end]).Count);
    }

    /// <summary>"a,b[c,d],e" → a, b[c,d], e.</summary>
    public static IReadOnlyList<string> SplitArguments(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(': depth++; break;
                case ']' or ')': depth--; break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (text.Length > 0)
        {
            parts.Add(text[start..]);
        }
        return parts;
    }

    private static int TopLevelIndexOf(string text, char wanted)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']')
            {
                depth--;
            }
            else if (text[i] == wanted && depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '[' or '(')
            {
                depth++;
            }
            else if (text[i] is ']' or ')' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
