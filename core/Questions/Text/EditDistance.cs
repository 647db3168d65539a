namespace Verkostot.Core.Questions.Text;

/// <summary>Optimal-string-alignment Damerau–Levenshtein distance, for typos such as "herrla" or "ahkoas".</summary>
public static class EditDistance
{
    /// <summary>Typos allowed for a word of this length: none for short words, where a typo makes another word.</summary>
    public static int Allowed(int length) => length switch
    {
        < 5 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// Typos allowed in a name: one until ten letters, because Finnish place names differ by little ("Seinäjoen" is two
    /// edits from "Siikajoen") and a name taken for another answers about the wrong person.
    /// </summary>
    public static int AllowedInName(int length) => length switch
    {
        < 5 => 0,
        <= 9 => 1,
        _ => 2,
    };

    public static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Rows on the stack: this runs for every word of a question against many names, and must not allocate.
        var length = b.Length + 1;
        Span<int> rows = length <= 64 ? stackalloc int[length * 3] : new int[length * 3];
        var previous2 = rows[..length];
        var previous = rows.Slice(length, length);
        var current = rows.Slice(length * 2, length);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
