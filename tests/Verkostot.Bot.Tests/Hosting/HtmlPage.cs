using System.Net;
using System.Text.RegularExpressions;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// What a test reads from a server-rendered page without a browser: its heading, and a form's fields as the browser
/// would send them (inputs, checked boxes, the selected option, text areas, the antiforgery token included).
/// </summary>
public static partial class HtmlPage
{
    /// <summary>The text of the page's first h1, tags left out.</summary>
    public static string Heading(string html) =>
        FirstHeading().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(Tag().Replace(match.Groups[1].Value, "")).Trim()
            : throw new InvalidOperationException($"The page has no h1:\n{html[..Math.Min(html.Length, 2000)]}");

    /// <summary>The fields of the first form whose opening tag is exactly <paramref name="openingTag"/>.</summary>
    public static List<KeyValuePair<string, string>> FormFields(string html, string openingTag = "<form method=\"post\">")
    {
        var start = html.IndexOf(openingTag, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"The page has no {openingTag}.");
        }
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match control in Control().Matches(form))
        {
            var attributes = Attributes(control.Groups["open"].Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }
            switch (control.Groups["tag"].Value)
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text");
                    if (type is "submit" or "file" or "button" || (type is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
                    {
                        continue;
                    }
                    fields.Add(new(name, attributes.GetValueOrDefault("value", type is "checkbox" ? "on" : "")));
                    break;
                case "select":
                    var options = OptionTag().Matches(control.Groups["body"].Value).Select(o => Attributes(o.Value)).ToList();
                    var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                    fields.Add(new(name, chosen?.GetValueOrDefault("value") ?? ""));
                    break;
                default:
                    fields.Add(new(name, WebUtility.HtmlDecode(control.Groups["body"].Value)));
                    break;
            }
        }
        return fields;
    }

    /// <summary>The value of the first hidden antiforgery field on the page.</summary>
    public static string AntiforgeryToken(string html) =>
        AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Value), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<open><(?<tag>input)\b[^>]*>)|(?<open><(?<tag>select|textarea)\b[^>]*>)(?<body>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex(@"<option\b[^>]*>")]
    private static partial Regex OptionTag();

    // A boolean attribute (checked, selected) has no value; it counts as present.
    [GeneratedRegex(@"([\w:-]+)(?:=""([^""]*)"")?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex AntiforgeryField();
}
