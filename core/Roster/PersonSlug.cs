using System.Globalization;
using System.Text;

namespace Verkostot.Core.Roster;

/// <summary>Person ids for people a sync adds, in the style of the data files ("juha-herrala"), unique among <paramref name="taken"/>.</summary>
public static class PersonSlug
{
    public static string Create(string name, string objectId, ISet<string> taken)
    {
        var slug = Stem(name, objectId);
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    /// <summary>
    /// The id <see cref="Create"/> starts from, before any "-2": the name's slug, or "entra-{object id}" for a name
    /// with no letter or digit. Only ids equal to it or starting with it and "-" can be taken.
    /// </summary>
    public static string Stem(string name, string objectId)
    {
        var slug = Slugify(name);
        return slug.Length == 0 ? "entra-" + objectId.ToLowerInvariant() : slug;
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
