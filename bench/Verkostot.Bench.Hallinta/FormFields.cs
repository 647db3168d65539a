using System.Net;
using System.Text.RegularExpressions;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// What a browser would post for a form of a page as rendered: each input's value (check boxes only when checked),
/// each text area's text and each select's chosen option. The bench changes a field or two and posts it back.
/// </summary>
internal static partial class FormFields
{
    /// <summary>The fields of the first post form on the page that has a field named <paramref name="having"/>.</summary>
    public static Dictionary<string, string> Of(string html, string having)
    {
        foreach (Match form in PostForm().Matches(html))
        {
            var fields = Fields(form.Groups[1].Value);
            if (fields.ContainsKey(having)) return fields;
        }
        throw new InvalidOperationException($"No post form with the field {having}");
    }

    private static Dictionary<string, string> Fields(string form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match field in Field().Matches(form))
        {
            var attributes = Attributes(field.Groups["attributes"].Value);
            if (!attributes.TryGetValue("name", out var name)) continue;
            switch (field.Groups["tag"].Value)
            {
                case "input" when attributes.GetValueOrDefault("type") is "checkbox" or "radio" && !attributes.ContainsKey("checked"):
                case "input" when attributes.GetValueOrDefault("type") is "file" or "submit":
                    break;
                case "input":
                    fields[name] = attributes.GetValueOrDefault("value") ?? "";
                    break;
                case "textarea":
                    fields[name] = WebUtility.HtmlDecode(field.Groups["content"].Value);
                    break;
                default:
                    var options = Option().Matches(field.Groups["content"].Value).Select(o => Attributes(o.Groups[1].Value)).ToList();
                    var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                    fields[name] = chosen?.GetValueOrDefault("value") ?? "";
                    break;
            }
        }
        return fields;
    }

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).DistinctBy(a => a.Groups[1].Value)
            .ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex("<form method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();

    [GeneratedRegex("<(?<tag>input)\\b(?<attributes>[^>]*)>|<(?<tag>textarea|select)\\b(?<attributes>[^>]*)>(?<content>.*?)</(?:textarea|select)>", RegexOptions.Singleline)]
    private static partial Regex Field();

    [GeneratedRegex("<option\\b([^>]*)>")]
    private static partial Regex Option();

    [GeneratedRegex("([a-zA-Z][\\w-]*)(?:=\"([^\"]*)\")?")]
    private static partial Regex Attribute();
}
