namespace Verkostot.Core.Questions.Inflection;

/// <summary>
/// Generates the case forms people use of a proper name (nominative, genitive, partitive, the six local cases,
/// essive, translative) with a compact rule set for the stem types that occur in Finnish place and person names.
/// Over-generation is harmless (forms are only matched), so doubtful forms are produced both ways.
/// </summary>
public static class FinnishNameInflector
{
    /// <summary>Old e-stem words whose case forms rules cannot guess; the key inflects as the last part of a compound.</summary>
    private static readonly Dictionary<string, string[]> Heads = new(StringComparer.Ordinal)
    {
        ["joki"] = ["joen", "jokea", "joessa", "joesta", "jokeen", "joella", "joelta", "joelle", "jokena", "joeksi"],
        ["järvi"] = ["järven", "järveä", "järvessä", "järvestä", "järveen", "järvellä", "järveltä", "järvelle", "järvenä", "järveksi"],
        ["suomi"] = ["suomen", "suomea", "suomessa", "suomesta", "suomeen", "suomella", "suomelta", "suomelle", "suomena", "suomeksi"],
        ["lahti"] = ["lahden", "lahtea", "lahdessa", "lahdesta", "lahteen", "lahdella", "lahdelta", "lahdelle", "lahtena", "lahdeksi"],
        ["niemi"] = ["niemen", "niemeä", "nientä", "niemessä", "niemestä", "niemeen", "niemellä", "niemeltä", "niemelle", "niemenä", "niemeksi"],
        ["saari"] = ["saaren", "saarta", "saaressa", "saaresta", "saareen", "saarella", "saarelta", "saarelle", "saarena", "saareksi"],
        ["lampi"] = ["lammen", "lampea", "lammessa", "lammesta", "lampeen", "lammella", "lammelta", "lammelle", "lampena", "lammeksi"],
        ["koski"] = ["kosken", "koskea", "koskessa", "koskesta", "koskeen", "koskella", "koskelta", "koskelle", "koskena", "koskeksi"],
        ["mäki"] = ["mäen", "mäkeä", "mäessä", "mäestä", "mäkeen", "mäellä", "mäeltä", "mäelle", "mäkenä", "mäeksi"],
        ["vesi"] = ["veden", "vettä", "vedessä", "vedestä", "veteen", "vedellä", "vedeltä", "vedelle", "vetenä", "vedeksi"],
        ["salmi"] = ["salmen", "salmea", "salmessa", "salmesta", "salmeen", "salmella", "salmelta", "salmelle", "salmena", "salmeksi"],
        ["kangas"] = ["kankaan", "kangasta", "kankaassa", "kankaasta", "kankaaseen", "kankaalla", "kankaalta", "kankaalle", "kankaana", "kankaaksi"],
        ["kaupunki"] = ["kaupungin", "kaupunkia", "kaupungissa", "kaupungista", "kaupunkiin", "kaupungilla", "kaupungilta", "kaupungille", "kaupunkina", "kaupungiksi"],
        ["uusimaa"] = ["uudenmaan", "uuttamaata", "uudessamaassa", "uudestamaasta", "uuteenmaahan", "uudellamaalla", "uudeltamaalta", "uudellemaalle", "uutenamaana", "uudeksimaaksi", "uusimaan", "uudenmaalla"],
        ["maa"] = ["maan", "maata", "maassa", "maasta", "maahan", "maalla", "maalta", "maalle", "maana", "maaksi"],
    };

    /// <summary>
    /// All forms of a normalised (lower-case, space-separated) name. The last word inflects; an adjective in -nen before
    /// it agrees with it (kaupunkipoliittinen työryhmä → kaupunkipoliittista työryhmää), other words stay as they are
    /// (pienten kuntien verkosto → pienten kuntien verkostossa).
    /// </summary>
    public static IReadOnlySet<string> Forms(string normalizedName)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(normalizedName))
        {
            return forms;
        }

        var words = normalizedName.Split(' ');
        IEnumerable<string> combined = [string.Empty];
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            IReadOnlyCollection<string> variants = i == words.Length - 1 || word.EndsWith("nen", StringComparison.Ordinal)
                ? WordForms(word)
                : [word];
            combined = combined.SelectMany(prefix => variants.Select(v => prefix.Length == 0 ? v : prefix + " " + v)).ToList();
        }

        forms.UnionWith(combined);
        return forms;
    }

    /// <summary>Case forms of one word, nominative included.</summary>
    public static IReadOnlySet<string> WordForms(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < 2 || word.Any(char.IsDigit))
        {
            return forms;
        }

        var head = Heads.Keys.Where(k => word.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
        if (head is not null)
        {
            var prefix = word[..^head.Length];
            forms.UnionWith(Heads[head].Select(f => prefix + f));
            return forms;
        }

        var back = HasBackHarmony(word);
        var a = back ? "a" : "ä";
        var last = word[^1];

        if (word.EndsWith("nen", StringComparison.Ordinal))
        {
            var s = word[..^3] + "s";
            AddCases(forms, s + "e", a, partitive: s + "t" + a, illative: s + "een", essive: s + "en" + a);
        }
        else if (word.Length > 3 && (word.EndsWith("as", StringComparison.Ordinal) || word.EndsWith("äs", StringComparison.Ordinal)))
        {
            var baseStem = word[..^2];
            foreach (var stem in new[] { ConsonantGradation.Strengthen(baseStem), baseStem }.Distinct())
            {
                var vv = stem + a + a;
                AddCases(forms, vv, a, partitive: word + "t" + a, illative: vv + "seen", essive: vv + "n" + a);
            }
        }
        else if (word.Length > 3 && (word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("ys", StringComparison.Ordinal) || word.EndsWith("os", StringComparison.Ordinal) || word.EndsWith("ös", StringComparison.Ordinal)))
        {
            var kse = word[..^1] + "kse";
            AddCases(forms, kse, a, partitive: word + "t" + a, illative: kse + "en", essive: kse + "n" + a);
        }
        else if (last == 'e')
        {
            // Keitele → Keiteleen/Keiteleellä; surnames also inflect the short way (Väre → Väreltä).
            var ee = word + "e";
            AddCases(forms, ee, a, partitive: word + "tt" + a, illative: ee + "seen", essive: ee + "n" + a);
            AddCases(forms, word, a, partitive: word + "tt" + a, illative: word + "en", essive: word + "n" + a);
        }
        else if (ConsonantGradation.IsVowel(last) && word.Length >= 2 && word[^2] == last)
        {
            // Long final vowel: Kainuu → Kainuun, Kainuuta, Kainuuseen.
            var illative = word + "h" + last + "n";
            AddCases(forms, word, a, partitive: word + "t" + a, illative: illative, essive: word + "n" + a);
            forms.Add(word + "seen");
        }
        else if (ConsonantGradation.IsVowel(last))
        {
            var stemConsonants = word[..^1];
            var weak = ConsonantGradation.Weaken(stemConsonants) + last;
            foreach (var closed in new[] { weak, word }.Distinct())
            {
                AddCases(forms, closed, a, partitive: word + a, illative: word + last + "n", essive: word + "n" + a);
            }
        }
        else
        {
            // Foreign consonant ending: Marjut → Marjutin, Marjutilla.
            var i = word + "i";
            AddCases(forms, i, a, partitive: i + a, illative: i + "in", essive: i + "n" + a);
        }

        return forms;
    }

    /// <summary>
    /// The genitive of a display name, keeping its capitals: "Itä-Suomi" → "Itä-Suomen", "Pienten kuntien verkosto" →
    /// "Pienten kuntien verkoston", "Satakunta" → "Satakunnan". For answer text about places, bodies and networks.
    /// </summary>
    public static string Genitive(string displayName)
    {
        var start = Math.Max(displayName.LastIndexOf(' '), displayName.LastIndexOf('-')) + 1;
        var word = displayName[start..];
        if (word.Length < 2 || !word.All(char.IsLetter))
        {
            return displayName;
        }

        var genitive = GenitiveOfWord(word.ToLowerInvariant());
        if (char.IsUpper(word[0]))
        {
            genitive = char.ToUpperInvariant(genitive[0]) + genitive[1..];
        }

        return displayName[..start] + genitive;
    }

    /// <summary>
    /// The illative of a name ending in a short vowel, as network names do: "Pienten kuntien verkosto" →
    /// "Pienten kuntien verkostoon". Other names are returned as they are.
    /// </summary>
    public static string Illative(string displayName)
    {
        var last = displayName.Length > 1 ? displayName[^1] : ' ';
        return ConsonantGradation.IsVowel(last) && displayName[^2] != last ? displayName + last + "n" : displayName;
    }

    private static string GenitiveOfWord(string word)
    {
        var head = Heads.Keys.Where(k => word.EndsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
        if (head is not null)
        {
            return word[..^head.Length] + Heads[head][0];
        }

        var last = word[^1];
        var a = HasBackHarmony(word) ? "a" : "ä";
        if (word.EndsWith("nen", StringComparison.Ordinal))
        {
            return word[..^3] + "sen";
        }

        if (word.Length > 3 && (word.EndsWith("as", StringComparison.Ordinal) || word.EndsWith("äs", StringComparison.Ordinal)))
        {
            return ConsonantGradation.Strengthen(word[..^2]) + a + a + "n";
        }

        if (word.Length > 3 && (word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("ys", StringComparison.Ordinal) || word.EndsWith("os", StringComparison.Ordinal) || word.EndsWith("ös", StringComparison.Ordinal)))
        {
            return word[..^1] + "ksen";
        }

        if (last == 'e')
        {
            return word + "en";
        }

        if (ConsonantGradation.IsVowel(last))
        {
            return word[^2] == last ? word + "n" : ConsonantGradation.Weaken(word[..^1]) + last + "n";
        }

        return word + "in";
    }

    /// <summary>Vowel harmony follows the last harmonic vowel, so a compound takes its last part's harmony (Lapinjärvi → -ä).</summary>
    public static bool HasBackHarmony(string word)
    {
        for (var i = word.Length - 1; i >= 0; i--)
        {
            switch (word[i])
            {
                case 'a' or 'o' or 'u':
                    return true;
                case 'ä' or 'ö' or 'y':
                    return false;
            }
        }

        return false;
    }

    private static void AddCases(HashSet<string> forms, string closed, string a, string partitive, string illative, string essive)
    {
        forms.Add(closed + "n");
        forms.Add(partitive);
        forms.Add(closed + "ss" + a);
        forms.Add(closed + "st" + a);
        forms.Add(illative);
        forms.Add(closed + "ll" + a);
        forms.Add(closed + "lt" + a);
        forms.Add(closed + "lle");
        forms.Add(essive);
        forms.Add(closed + "ksi");
    }
}
