using System.Globalization;
using System.Text;

namespace Verkostot.Core.Roster;

/// <summary>Person ids for people a sync adds, in the style of the data files ("juha-herrala"), unique among <paramref name="taken"/>.</summary>
public static class PersonSlug
{
    public static string Create(string name, string objectId, ISet<string> taken)
    {
        var slug = Slugify(name);
        if (slug.Length == 0)
        {
            slug = "entra-" + objectId.ToLowerInvariant();
        }
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    /// <summary>"Herrala Juha" → "herrala-juha", "Jääskeläinen" → "jaaskelainen"; empty when nothing of it is a letter or digit.</summary>
    public static string Slugify(string name)
    {
        var decomposed = name.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-');
    }
}
