namespace Verkostot.Core.Questions.Inflection;

/// <summary>
/// Finnish consonant gradation at the end of a stem: the weak grade appears in closed syllables
/// (Satakunta → Satakunnan, Jarkko → Jarkon, Satu → Sadun), the strong grade returns in -as words
/// (Ahokas → Ahokkaan). Names do not always follow it, so callers also keep the ungraded form.
/// </summary>
public static class ConsonantGradation
{
    private static readonly (string Strong, string Weak)[] Pairs =
    [
        ("kk", "k"), ("pp", "p"), ("tt", "t"),
        ("nt", "nn"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("rt", "rr"), ("ht", "hd"), ("rk", "r"),
    ];

    /// <summary>Weakens the consonants before the stem's final vowel; <paramref name="stem"/> ends in a consonant.</summary>
    public static string Weaken(string stem)
    {
        foreach (var (strong, weak) in Pairs)
        {
            if (stem.EndsWith(strong, StringComparison.Ordinal))
            {
                return stem[..^strong.Length] + weak;
            }
        }

        if (stem.Length >= 2 && IsVowel(stem[^2]))
        {
            return stem[^1] switch
            {
                't' => stem[..^1] + "d",
                'k' => stem[..^1],
                'p' => stem[..^1] + "v",
                _ => stem,
            };
        }

        return stem;
    }

    /// <summary>Strengthens the consonants before an -as/-äs ending; <paramref name="stem"/> ends in a consonant.</summary>
    public static string Strengthen(string stem)
    {
        foreach (var (strong, weak) in Pairs)
        {
            if (weak.Length == 2 && stem.EndsWith(weak, StringComparison.Ordinal))
            {
                return stem[..^weak.Length] + strong;
            }
        }

        if (stem.Length >= 2 && IsVowel(stem[^2]))
        {
            return stem[^1] switch
            {
                'k' => stem + "k",
                'p' => stem + "p",
                't' => stem + "t",
                'd' => stem[..^1] + "t",
                'v' => stem[..^1] + "p",
                _ => stem,
            };
        }

        return stem;
    }

    public static bool IsVowel(char c) => "aeiouyäöå".Contains(c);
}
